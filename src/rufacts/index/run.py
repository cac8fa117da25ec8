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

import pyarrow as pa
import pyarrow.compute as pc

from ..io.compressed import open_binary
from .rows import Rows

BATCH = 2000  # records per Arrow batch: the memory bound of a run
BLOCK_BYTES = 4 << 20  # and at most this many bytes of JSON lines per batch
SQL_BLOCK_BYTES = 16 << 20  # per chunk read by DuckDB (rufacts.index.sql): fewer statements
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
    paths: Counter = field(default_factory=Counter)  # records read by: sql, arrow, lines

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
        s.paths["lines"] += 1
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
        s.paths["arrow"] += n
        version = table.column("schema_version")
        counts = pc.value_counts(version)
        s.schemas.update({str(v): c for v, c in zip(counts.field("values").to_pylist(),
                                                     counts.field("counts").to_pylist())})
        error = table.column("error")
        odd = pc.or_(pc.is_valid(error), pc.invert(pc.fill_null(
            pc.is_in(version, pa.array(SCHEMAS_READ)), False)))
        for i in pc.indices_nonzero(odd).to_pylist():  # only the rows with something to say
            where = f"{source_file}:{lines[i]}" if source_file else f"record {s.read - n + i + 1}"
            rid, v, err = (table.column(c)[i].as_py() for c in ("id", "schema_version", "error"))
            if str(v) not in SCHEMAS_READ:
                s.note(f"{where}: {rid}: schema_version {v!r} is not one "
                       f"of {', '.join(SCHEMAS_READ)}; its known fields are indexed")
            if err is not None:
                kind = str(err.get("kind") or "error")
                s.errors[kind] += 1
                s.note(f"{where}: {rid}: error record ({kind}: {err.get('message')})")
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
        from .fast import forget

        self.flush()
        forget()  # the memory of parsing goes back before DuckDB links
        try:
            if link:
                self.store.link()
            self.summary.articles = self.store.count("articles")
            self.summary.entities = self.store.count("entities")
        finally:
            self.store.close()
        self.summary.seconds = time.monotonic() - self._start
        return self.summary


def read_chunks(path: str, size: int = BATCH,
                max_bytes: int = BLOCK_BYTES) -> Iterable[tuple[int, bytes, bool, int]]:
    """(number of its first line, whole lines ending with a newline, is the end of the file,
    how many lines) of a JSONL file (compressed too), at most ``size`` lines / about ``max_bytes`` a chunk
    (a longer line makes a chunk of its own)."""
    with open_binary(path) as stream:
        lineno, rest, eof = 1, b"", False
        while rest or not eof:
            while not eof and (len(rest) < max_bytes or b"\n" not in rest):
                more = stream.read(max_bytes)
                eof = not more
                rest += more
            cut, count = -1, 0
            for _ in range(size):  # just past the size-th newline, or the last one
                found = rest.find(b"\n", cut + 1, max_bytes if cut >= 0 else len(rest))
                if found < 0:
                    break
                cut, count = found, count + 1
            if cut < 0:  # the last line, with no newline
                rest += b"\n"
                cut, count = len(rest) - 1, 1
            chunk, rest = rest[:cut + 1], rest[cut + 1:]
            if not rest and not eof:  # is this the end of the file?
                rest = stream.read(max_bytes)
                eof = not rest
            yield lineno, chunk, eof and not rest.strip(), count
            lineno += count  # the newlines found (no second pass over the chunk)


def chunk_lines(first: int, chunk: bytes, end: bool) -> list[tuple[int, bytes, bool]]:
    """(line number, line, is the last line of the file) of the non-blank lines of a chunk."""
    lines = [(first + i, line + b"\n") for i, line in enumerate(chunk.split(b"\n")[:-1])
             if line.strip()]
    return [(n, line, end and i == len(lines) - 1) for i, (n, line) in enumerate(lines)]


#: how ``rufacts index`` reads a file: ``duckdb`` (the whole file by DuckDB's JSON reader,
#: :meth:`rufacts.index.sql.SqlRoute.take_file`; a file it cannot take goes the ``arrow``
#: way), ``arrow`` (chunks parsed by Arrow, :mod:`rufacts.index.fast`), ``sql`` (chunks read
#: by DuckDB, then Arrow), ``lines`` (line by line). Every route falls back to the next,
#: line by line last, and gives the same tables.
ROUTES = ("duckdb", "arrow", "sql", "lines")


def index_files(paths: Iterable[Union[str, Path]], out: Optional[Union[str, Path]] = None, *,
                parquet: Optional[Union[str, Path]] = None, batch_size: int = BATCH,
                route: str = "duckdb", fast: bool = True, sql: bool = False,
                **options: Any) -> IndexSummary:
    """Index batch outputs (JSONL, compressed too) into ``out`` (DuckDB) or ``parquet``.

    ``route``: one of :data:`ROUTES`. ``fast=False`` is ``route="lines"``, ``sql=True`` is
    ``route="sql"`` (the older spellings). On 100,000 records the ``duckdb`` route takes the
    fewest CPU-seconds (see the README's speed table).
    """
    if sql:
        route = "sql"
    if not fast:
        route = "lines"
    if route not in ROUTES:
        raise ValueError(f"route must be one of {', '.join(ROUTES)}, not {route!r}")
    options["route"] = route
    # while indexing, Arrow allocates with malloc: its default pool (mimalloc) kept ~40 MB
    # more of a 100,000-record run (peak RSS ~500 MB against ~450)
    pool = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        return _index_files(paths, out, parquet, batch_size, options)
    finally:
        pa.set_memory_pool(pool)


def _index_files(paths: Iterable[Union[str, Path]], out: Optional[Union[str, Path]],
                 parquet: Optional[Union[str, Path]], batch_size: int,
                 options: dict) -> IndexSummary:
    from .fast import parse_block
    from .sql import SqlRoute

    how = options.pop("route")
    fast = how != "lines"
    indexer = Indexer(open_store(out, parquet, **options), batch_size)
    indexer.summary.indexed += getattr(indexer.store, "parts", 0)
    route = SqlRoute(indexer) if how in ("sql", "duckdb") else None
    chunks = route if how == "sql" else None
    try:
        for path in paths:
            name = str(path)
            if how == "duckdb" and route.take_file(name, name):
                continue
            for first, chunk, end, count in read_chunks(name, batch_size,
                                                 SQL_BLOCK_BYTES if chunks else BLOCK_BYTES):
                if chunks is not None and not indexer.rows.ids and chunks.take(chunk, first, name):
                    continue
                table = parse_block(chunk) if fast else None
                if table is not None:
                    if table.num_rows == count:  # no blank lines
                        numbers = list(range(first, first + table.num_rows))
                    else:
                        numbers = [n for n, _, _ in chunk_lines(first, chunk, end)]
                    if len(numbers) == table.num_rows:
                        indexer.add_table(table, name, numbers)
                        continue
                for lineno, raw, last in chunk_lines(first, chunk, end):
                    indexer.add_line(raw, name, lineno, last)
    except BaseException:
        indexer.close(link=False)
        raise
    finally:
        if route is not None:
            route.close()
    return indexer.close()
