"""The index as Parquet tables: one folder per table under a directory, for pandas, Polars,
Dask, Spark or DuckDB users.

    DIR/articles/part-0.parquet, DIR/entities/..., DIR/mentions/..., DIR/roles/...,
    DIR/dates/..., DIR/amounts/..., DIR/sector_counts/..., DIR/co_occurrence/...
    DIR/_internal/*.parquet     the rows the tables are built from (to add to the index later)

A run works in a DuckDB file inside DIR (the same store as ``rufacts index -o``, so
re-indexed ids replace their rows and memory stays bounded), loads what DIR already holds
first, and writes every table out when it closes; the working file is then removed.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Union

from .rows import SCHEMAS, TABLES
from .store import PUBLIC, DuckStore

PARTS = "_parts"  # rows written by many processes (rufacts.index.parts), taken in on open

WORKFILE = ".rufacts-index.duckdb"
#: stored tables read back from a Parquet index before adding to it
RELOAD = {"articles": "articles", "dates": "dates", "sector_counts": "sector_counts",
          "article_entities": "_internal/article_entities", "mention_rows": "_internal/mention_rows",
          "role_rows": "_internal/role_rows", "amount_rows": "_internal/amount_rows",
          "entity_keys": "_internal/entity_keys"}


def _files(folder: Path) -> str:
    return (folder / "*.parquet").as_posix().replace("'", "''")


class ParquetStore(DuckStore):
    """A :class:`DuckStore` whose tables are written to Parquet folders when it closes."""

    def __init__(self, directory: Union[str, Path], **options: Any) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        work = self.directory / WORKFILE
        for leftover in (work, work.with_name(WORKFILE + ".wal")):
            leftover.unlink(missing_ok=True)
        super().__init__(work, **options)
        for table, folder in RELOAD.items():
            if any((self.directory / folder).glob("*.parquet")):
                self.con.execute(f"INSERT INTO {table} SELECT * FROM "
                                 f"read_parquet('{_files(self.directory / folder)}')")
        self.parts = self._take_parts()
        self._fresh = set() if self.count("articles") == 0 else None

    def _take_parts(self) -> int:
        """Rows written as parts (:mod:`rufacts.index.parts`): an article id in a part replaces
        its rows (of two parts holding one id, the part last in name order wins)."""
        parts = self.directory / PARTS
        if not any((parts / "articles").glob("*.parquet")):
            return 0
        self.con.execute(f"""CREATE TEMP TABLE part_pick AS
            SELECT article_id, max(regexp_extract(filename, '[^/]+$')) AS part
            FROM read_parquet('{_files(parts / "articles")}', filename = true)
            GROUP BY article_id""")
        for table in TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN "
                             "(SELECT article_id FROM part_pick)")
            if not any((parts / table).glob("*.parquet")):
                continue
            columns = ", ".join(f'p."{f.name}"' for f in SCHEMAS[table])
            self.con.execute(f"""INSERT INTO {table} SELECT {columns}
                FROM read_parquet('{_files(parts / table)}', filename = true) p
                JOIN part_pick k ON k.article_id = p.article_id
                 AND k.part = regexp_extract(p.filename, '[^/]+$')""")
        return self.count("part_pick")

    def close(self) -> None:
        try:
            self.flush()
            tables = {name: name for name in PUBLIC}
            tables.update({name: folder for name, folder in RELOAD.items() if "/" in folder})
            for table, folder in tables.items():
                target = self.directory / folder
                if target.exists():
                    shutil.rmtree(target)
                target.mkdir(parents=True)
                path = (target / "part-0.parquet").as_posix().replace("'", "''")
                self.con.execute(f"COPY (SELECT * FROM {table}) TO '{path}' (FORMAT parquet)")
        finally:
            super().close()
            if self.parts:
                shutil.rmtree(self.directory / PARTS, ignore_errors=True)
            work = self.directory / WORKFILE
            for leftover in (work, work.with_name(WORKFILE + ".wal")):
                leftover.unlink(missing_ok=True)
