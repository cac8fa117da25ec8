"""A dump as a database: batch outputs (JSONL records) indexed into DuckDB or Parquet tables,
with the same person, organization or place recognized across articles.

    rufacts index OUT.jsonl... -o facts.duckdb       (or --parquet DIR)
    rufacts batch ... -o OUT.jsonl --index facts.duckdb

Modules: ``rows`` (one record -> rows of every table, column-wise, Arrow batches: the
line-by-line path), ``sql`` (a whole file, or chunks of lines, read by DuckDB and inserted
by SQL: the default route) and ``sqltext`` (its SQL and line checks), ``fast`` (blocks of lines
parsed by Arrow's JSON reader into the same rows: where DuckDB cannot take a file), ``keys`` (the linking keys of entities), ``store`` (the DuckDB store: idempotent
inserts, linking across articles in SQL, views), ``parquet`` (the same tables as Parquet
folders), ``parts`` (rows written as Parquet parts by Dask workers), ``run`` (indexing files
with per-record messages, the summary), ``command`` (the ``rufacts index`` subcommand and
``batch --index``; imports nothing heavy), ``linkeval`` (linking scored against hand-judged
pairs).

May import: ``io`` (reading outputs), ``facts``, ``lexicons`` (legal forms) and the package
root; never spaCy, ``components``, ``grammars``, ``pipeline`` or ``batch``: indexing runs
without loading a pipeline. Needs duckdb and pyarrow.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["IndexSummary", "Indexer", "index_files", "open_store"]


def __getattr__(name: str) -> Any:  # lazy (PEP 562): the CLI loads without pyarrow/duckdb
    if name in __all__:
        value = getattr(import_module(f"{__name__}.run"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
