"""Past one machine: index rows written as Parquet parts by many processes (Dask workers),
linked into a Parquet index by one.

    from rufacts.batch.dask_engine import extract_bag
    from rufacts.index.parts import index_bag
    lines = extract_bag(records, RecordOptions())        # a bag of JSON lines, on the workers
    index_bag(lines, "facts/")                           # each partition -> DIR/_parts/, then linked

:func:`write_part` turns JSON lines into the rows of every table (the same rows as
``rufacts index``, bad lines included) and writes them as ``DIR/_parts/<table>/<part>.parquet``
from wherever it runs. Opening ``DIR`` as a Parquet index (``rufacts index --parquet DIR``,
:func:`consolidate`) takes the parts in, an article id in a part replacing its earlier rows,
links entities across all articles and writes the tables.

From the command line, ``rufacts batch INPUT... -o OUT.jsonl --engine dask --parquet DIR``
runs :class:`PartWriter` on the workers (each partition of records written as parts where it
was computed; the client only writes OUT.jsonl) and consolidates at the end of the run.
"""
from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any, Iterable, Optional, Union

import pyarrow.parquet as pq

from .rows import SCHEMAS, TABLES
from .run import IndexSummary, Indexer

PARTS = "_parts"


class _PartStore:
    """A store that writes each batch as one Parquet part per table."""

    def __init__(self, directory: Path, name: str) -> None:
        self.directory, self.name, self.n = directory, name, 0

    def write(self, batches: dict) -> int:
        for table in TABLES:
            folder = self.directory / PARTS / table
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(_table(batches[table], table), folder / f"{self.name}-{self.n}.parquet")
        self.n += 1
        return 0

    def link(self) -> None:
        pass

    def count(self, table: str) -> int:
        return 0

    def close(self) -> None:
        pass


def _table(batch: Any, name: str) -> Any:
    import pyarrow as pa

    return pa.Table.from_batches([batch], schema=SCHEMAS[name])


def write_part(lines: Iterable[Union[str, bytes]], directory: Union[str, Path],
               name: Optional[str] = None, source: Optional[str] = None) -> IndexSummary:
    """Index rows of JSON lines written as parts under ``directory`` (no linking)."""
    name = name or f"{time.time_ns():x}-{uuid.uuid4().hex[:8]}"
    indexer = Indexer(_PartStore(Path(directory), name))
    for n, line in enumerate(lines, 1):
        if line and str(line).strip():
            indexer.add_line(line, source or f"part {name}", n)
    return indexer.close(link=False)


class PartWriter:
    """A picklable ``on_lines`` hook for the dask engine: each partition's JSON lines written
    as parts under ``directory`` (a path the workers can write to) where they were computed."""

    def __init__(self, directory: Union[str, Path]) -> None:
        self.directory = str(directory)

    def __call__(self, lines: list[str]) -> None:
        write_part(lines, self.directory)


def consolidate(directory: Union[str, Path]) -> IndexSummary:
    """Take the parts of ``directory`` into its Parquet index, link, write the tables."""
    from .run import index_files

    return index_files([], parquet=directory)


def index_bag(lines: Any, directory: Union[str, Path]) -> IndexSummary:
    """A Dask bag of JSON lines (``extract_bag``'s output) indexed into ``directory``: each
    partition written as parts where it is computed, then consolidated here."""
    directory = str(directory)
    parts = lines.map_partitions(lambda part: [write_part(part, directory)]).compute()
    summary = consolidate(directory)
    for part in parts:  # what the workers read, and the problems they met
        summary.read += part.read
        summary.errors.update(part.errors)
        summary.schemas.update(part.schemas)
        for message in part.messages:
            summary.note(message)
        summary.more_messages += part.more_messages
    return summary
