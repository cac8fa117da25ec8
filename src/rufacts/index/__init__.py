"""A dump as a database: batch outputs (JSONL records) indexed into DuckDB or Parquet tables,
with the same person, organization or place recognized across articles.

    rufacts index OUT.jsonl... -o facts.duckdb       (or --parquet DIR)
    rufacts batch ... -o OUT.jsonl --index facts.duckdb

Modules: ``rows`` (one record -> rows of every table, Arrow batches), ``keys`` (the linking
keys of entities), ``store`` (the DuckDB store: idempotent inserts, linking across articles,
views), ``parquet`` (the same tables as Parquet file sets), ``reader`` (JSONL outputs read
line by line with per-record messages), ``run`` (indexing files, the summary).

May import: ``io`` (reading outputs), ``facts``, ``lexicons`` (legal forms) and the package
root; never spaCy, ``components``, ``grammars``, ``pipeline`` or ``batch``: indexing runs
without loading a pipeline. Needs duckdb and pyarrow.
"""
from .run import IndexSummary, Indexer, index_files, open_store

__all__ = ["IndexSummary", "Indexer", "index_files", "open_store"]
