"""Indexing runs: batch outputs read line by line into a store, in bounded batches.

Every line of an output becomes an ``articles`` row, so nothing is lost: a record is indexed
with its facts; an error record (``error`` set) with its error kind; a line that is no JSON
record (a truncated last line, a broken line, no ``id``) as an article of error kind
``bad_line`` or ``bad_record`` (id read off the line where possible, else ``FILE:LINE``),
with a message naming file and line. Records of any schema version are read (``1`` and
``1.1`` alike; an unknown version gets a message). The :class:`IndexSummary` counts all.
"""
from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

from ..io.encoding import open_binary
from .rows import Rows

BATCH = 2000  # records per Arrow batch: the memory bound of a run
BLOCK_BYTES = 8 << 20  # and at most this many bytes of JSON lines per batch
SCHEMAS_READ = ("1", "1.1")
BAD_LINE, BAD_RECORD = "bad_line", "bad_record"
MAX_MESSAGES = 10_000  # messages kept in a summary (memory stays bounded on any dump)
_ID = re.compile(rb'^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")')


@dataclass
class IndexSummary:
    """What an indexing run did: lines read, articles indexed and replaced, problems."""

    read: int = 0
    indexed: int = 0
    replaced: int = 0
    errors: Counter = field(default_factory=Counter)    # error kind -> records
    schemas: Counter = field(default_factory=Counter)   # schema_version -> records
    messages: list[str] = field(default_factory=list)   # one per problem record (the first
    more_messages: int = 0                               # MAX_MESSAGES; the rest counted here)
    seconds: float = 0.0
    articles: int = 0   # in the index after the run
    entities: int = 0

    def note(self, message: str) -> None:
        """A problem record's message (kept up to :data:`MAX_MESSAGES`, then only counted)."""
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append(message)
        else:
            self.more_messages += 1

    def lines(self, max_messages: int = 20) -> list[str]:
        rate = self.read / self.seconds if self.seconds else 0.0
        out = [f"{line}" for line in self.messages[:max_messages]]
        more = len(self.messages) - max_messages + self.more_messages
        if more > 0:
            out.append(f"... and {more} more problem records")
        out.append(f"read {self.read}, indexed {self.indexed} ({self.replaced} replaced "
                   f"earlier copies), errors {sum(self.errors.values())}, "
                   f"{self.seconds:.1f} s ({rate:.0f} records/s)")
        out += [f"  error {kind}: {n}" for kind, n in sorted(self.errors.items())]
        out.append("  schema " + ", ".join(f"{v}: {n}" for v, n in sorted(self.schemas.items())))
        out.append(f"index: {self.articles} articles, {self.entities} entities")
        return out


def open_store(path: Optional[Union[str, Path]] = None, parquet: Optional[Union[str, Path]] = None,
               **options: Any):
    """The store of a DuckDB file ``path`` or of a Parquet directory ``parquet``."""
    if parquet is not None:
        from .parquet import ParquetStore

        return ParquetStore(parquet, **options)
    from .store import DuckStore

    return DuckStore(path if path is not None else "facts.duckdb", **options)


class Indexer:
    """Feeds records to a store in batches of :data:`BATCH`; :meth:`close` links entities.

    ``add`` takes a record (dict) or a JSON line; a record whose id is already in the
    pending batch flushes the batch first, so the later copy replaces the earlier one.
    """

    def __init__(self, store: Any, batch_size: int = BATCH,
                 summary: Optional[IndexSummary] = None) -> None:
        self.store = store
        self.batch_size = batch_size
        self.summary = summary or IndexSummary()
        self.rows = Rows()
        self._pending: set[str] = set()
        self._start = time.monotonic()

    def add(self, record: Mapping[str, Any], source_file: Optional[str] = None,
            line: Optional[int] = None, noted: bool = False) -> None:
        """One record; ``noted``: its problem already has a message."""
        s = self.summary
        s.read += 1
        where = f"{source_file}:{line}" if source_file else f"record {s.read}"
        rid = record.get("id")
        if rid is None or rid == "":
            s.note(f"{where}: a record without an id; indexed as {where!r}")
            record = {**record, "id": where,
                      "error": record.get("error") or {"kind": BAD_RECORD,
                                                       "message": "the record has no id"}}
            noted = True
        version = str(record.get("schema_version"))
        s.schemas[version] += 1
        if version not in SCHEMAS_READ and not noted:
            s.note(f"{where}: {record.get('id')}: schema_version {version!r} is not "
                              f"one of {', '.join(SCHEMAS_READ)}; its known fields are indexed")
        error = record.get("error")
        if isinstance(error, Mapping):
            kind = str(error.get("kind") or "error")
            s.errors[kind] += 1
            if not noted:
                s.note(f"{where}: {record.get('id')}: error record ({kind}: "
                                  f"{error.get('message')})")
        rid = str(record["id"])
        if rid in self._pending:
            self.flush()
        self._pending.add(rid)
        self.rows.add(record, source_file, line)
        if len(self.rows) >= self.batch_size:
            self.flush()

    def add_line(self, data: Union[str, bytes], source_file: Optional[str] = None,
                 line: Optional[int] = None, last: bool = False) -> None:
        """One JSONL line; a line that is no JSON object becomes an error article."""
        try:
            record = json.loads(data)
        except ValueError as exc:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            match = _ID.match(raw)
            rid = None
            if match:
                try:
                    rid = json.loads(match[1])
                except ValueError:
                    rid = None
            where = f"{source_file}:{line}"
            cut = last and not raw.rstrip(b"\r\n").endswith(b"}")
            why = ("truncated last line (the run writing it was cut off?)" if cut
                   else f"not a JSON record ({exc})")
            self.summary.note(f"{where}: {why}; indexed as an error article "
                                         f"{rid or where!r}")
            record = {"id": rid or where, "schema_version": None, "meta": {},
                      "error": {"kind": BAD_LINE, "message": f"{where}: {why}"}}
            self.add(record, source_file, line, noted=True)
            return
        if not isinstance(record, dict):
            where = f"{source_file}:{line}"
            self.summary.note(f"{where}: a JSON {type(record).__name__}, not a "
                                         f"record; indexed as an error article {where!r}")
            record = {"id": where, "meta": {}, "error": {
                "kind": BAD_RECORD, "message": f"{where}: not a JSON object"}}
            self.add(record, source_file, line, noted=True)
            return
        self.add(record, source_file, line)

    def add_table(self, table: Any, source_file: Optional[str], lines: list[int]) -> None:
        """A block of records parsed by Arrow (:func:`rufacts.index.fast.parse_block`)."""
        from .fast import table_rows

        self.flush()
        s = self.summary
        n = table.num_rows
        s.read += n
        versions = table.column("schema_version").to_pylist()
        s.schemas.update(str(v) for v in versions)
        errors = table.column("error").to_pylist()
        ids = table.column("id").to_pylist()
        for i, (version, error) in enumerate(zip(versions, errors)):
            where = f"{source_file}:{lines[i]}" if source_file else f"record {s.read - n + i + 1}"
            if str(version) not in SCHEMAS_READ:
                s.note(f"{where}: {ids[i]}: schema_version {version!r} is not one "
                                  f"of {', '.join(SCHEMAS_READ)}; its known fields are indexed")
            if error is not None:
                kind = str(error.get("kind") or "error")
                s.errors[kind] += 1
                s.note(f"{where}: {ids[i]}: error record ({kind}: "
                                  f"{error.get('message')})")
        s.replaced += self.store.write(table_rows(table, source_file, lines))
        s.indexed += n

    def flush(self) -> None:
        if len(self.rows):
            self.summary.replaced += self.store.write(self.rows.batches())
            self.summary.indexed += len(self.rows)
        self.rows = Rows()
        self._pending.clear()

    def close(self, link: bool = True) -> IndexSummary:
        """Write what is pending, link entities across articles, close the store."""
        self.flush()
        try:
            if link:
                self.store.link()
            self.summary.articles = self.store.count("articles")
            self.summary.entities = self.store.count("entities")
        finally:
            self.store.close()
        self.summary.seconds = time.monotonic() - self._start
        return self.summary


def read_lines(path: str) -> Iterable[tuple[int, bytes, bool]]:
    """(line number, line, is last) of each non-blank line of a JSONL file (compressed too)."""
    with open_binary(path) as stream:
        previous: Optional[tuple[int, bytes]] = None
        for lineno, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            if previous is not None:
                yield previous[0], previous[1], False
            previous = (lineno, raw)
        if previous is not None:
            yield previous[0], previous[1], True


def read_blocks(path: str, size: int = BATCH,
                max_bytes: int = BLOCK_BYTES) -> Iterable[list[tuple[int, bytes, bool]]]:
    """The lines of :func:`read_lines` in blocks of at most ``size`` lines / ``max_bytes``."""
    block: list[tuple[int, bytes, bool]] = []
    used = 0
    for item in read_lines(path):
        block.append(item)
        used += len(item[1])
        if len(block) >= size or used >= max_bytes:
            yield block
            block, used = [], 0
    if block:
        yield block


def index_files(paths: Iterable[Union[str, Path]], out: Optional[Union[str, Path]] = None, *,
                parquet: Optional[Union[str, Path]] = None, batch_size: int = BATCH,
                fast: bool = True, **options: Any) -> IndexSummary:
    """Index batch outputs (JSONL, compressed too) into ``out`` (DuckDB) or ``parquet``.

    ``fast``: blocks of lines are parsed by Arrow (:mod:`rufacts.index.fast`); a block it
    cannot take, and every block when False, is read line by line.
    """
    from .fast import parse_block

    indexer = Indexer(open_store(out, parquet, **options), batch_size)
    indexer.summary.indexed += getattr(indexer.store, "parts", 0)
    try:
        for path in paths:
            name = str(path)
            for block in read_blocks(name, batch_size):
                table = None
                if fast:
                    data = b"".join(raw if raw.endswith(b"\n") else raw + b"\n"
                                    for _, raw, _ in block)
                    table = parse_block(data, max(len(raw) for _, raw, _ in block))
                if table is not None:
                    indexer.add_table(table, name, [lineno for lineno, _, _ in block])
                    continue
                for lineno, raw, last in block:
                    indexer.add_line(raw, name, lineno, last)
    except BaseException:
        indexer.close(link=False)
        raise
    return indexer.close()
