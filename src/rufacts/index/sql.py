"""The DuckDB routes of ``rufacts index``: JSONL read by DuckDB's JSON reader (C++, no Arrow
and no Python objects per fact) and put into the tables by ``INSERT ... SELECT`` with
``unnest``, keys and forms joined from small tables of distinct values computed by the same
Python functions as the other paths (:mod:`rufacts.index.keys`, ``rows``).

:meth:`SqlRoute.take_file` reads a whole input file at once: the default route
(``index_files(route="duckdb")``), ~42 CPU-seconds per 100,000 records against ~51 on the Arrow
route (see the README's speed table). :meth:`SqlRoute.take` reads a chunk of lines
(``route="sql"``, slower: a statement per table per chunk).

It gives the rows :class:`rufacts.index.rows.Rows` gives (tests compare the paths). A chunk it
cannot take returns False and goes the Arrow way (:mod:`rufacts.index.fast`), then line by
line; it is detected cheaply, before anything is written, or by an error inside the chunk's
transaction (rolled back):

- a line without ``{"id": ...`` first, an id twice (found by a regular expression per line);
- a JSON ``true``/``false`` anywhere (DuckDB would read it into a string field as ``true``);
- DuckDB cannot read a line against the record's types (a broken or truncated line, a list
  where a string should be, ...), or reads another number of records than there are lines;
- a date, amount or sector count that is no JSON object.

Fields of dates, amounts and sector counts the index does not know, and ОКВЭД lists, are
computed in Python per distinct item (``rows._extra``, ``rows._okved``), like the rest.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Optional

import pyarrow as pa

from .keys import (PER, loc_key, loc_needs_text, org_key, org_name,
                   org_needs_context, person_key)
from .rows import KNOWN, _extra, _okved, mention_form
from .sqltext import (_BOOL, _FACTS, TABLES_ALL, _columns_sql, _file_ids, _ids,
                      _inserts, _quote)

_NEVER = "\x00never a mention\x00"
#: DuckDB's memory limit and threads while it reads a whole file: the file's rows spill to
#: disk past the limit (200,000 records staged in ~335 MB RSS), but each thread's JSON buffers
#: need room (192 MB failed on two threads; a file refused goes the Arrow way)
FILE_MEMORY = "256MB"
FILE_THREADS = 2
S = pa.string()


class SqlRoute:
    """Takes chunks of lines into a :class:`rufacts.index.store.DuckStore` by SQL."""

    def __init__(self, indexer: Any) -> None:
        self.indexer, self.store = indexer, indexer.store
        shm = Path("/dev/shm")
        self._dir = tempfile.TemporaryDirectory(
            prefix="rufacts-index-", dir=str(shm) if shm.is_dir() and os.access(shm, os.W_OK)
            else None)
        self._path = str(Path(self._dir.name) / "chunk.jsonl")
        self._memos: dict[str, dict] = {}
        #: CPU seconds (all threads) and wall seconds by phase: parse, keys, insert, check
        self.cpu: Counter = Counter()
        self.wall: Counter = Counter()
        self.taken = self.refused = 0

    def _clock(self, phase: str, since: tuple[float, float]) -> tuple[float, float]:
        now = time.process_time(), time.perf_counter()
        self.cpu[phase] += now[0] - since[0]
        self.wall[phase] += now[1] - since[1]
        return now

    def close(self) -> None:
        self._dir.cleanup()

    def take(self, chunk: bytes, first: int, source: Optional[str]) -> bool:
        """Index a chunk of whole lines; False (nothing written) when it needs another path."""
        if self._take(chunk, first, source):
            self.taken += 1
            return True
        self.refused += 1
        return False

    def take_file(self, path: str, source: Optional[str]) -> bool:
        """Index a whole file read by DuckDB at once (one statement per table for the file,
        not per chunk); False (nothing written) when it needs the chunk routes: it is
        compressed, a line fails the checks of :func:`_file_ids`, or DuckDB cannot take it."""
        t = time.process_time(), time.perf_counter()
        found = _file_ids(path)
        self._clock("check", t)
        if found is None or not found[0]:
            self.refused += 1
            return False
        self.indexer.flush()  # records pending on another path go in first
        con = self.store.con
        limit, threads = con.execute("SELECT current_setting('memory_limit'), "
                                     "current_setting('threads')").fetchall()[0]
        con.execute(f"SET memory_limit = '{FILE_MEMORY}'")  # DuckDB's JSON reader's buffers
        con.execute(f"SET threads = {min(int(threads), FILE_THREADS)}")
        try:
            taken = self._load(path, found[0], found[1], source, "duckdb")
        finally:
            con.execute(f"SET memory_limit = '{limit}'")
            con.execute(f"SET threads = {int(threads)}")
        if taken:
            self.taken += 1
            return True
        self.refused += 1
        return False

    def _take(self, chunk: bytes, first: int, source: Optional[str]) -> bool:
        t = time.process_time(), time.perf_counter()
        found = _ids(chunk, first)
        if found is None or not found[0] or (
                (b"true" in chunk or b"false" in chunk) and _BOOL.search(chunk)):
            return False
        with open(self._path, "wb") as out:
            out.write(chunk)
        self._clock("check", t)
        return self._load(self._path, found[0], found[1], source, "sql")

    def _load(self, path: str, ids: list[str], lines: list[int], source: Optional[str],
              label: str) -> bool:
        """The records of JSONL ``path`` (ids and line numbers known) into the tables."""
        import duckdb

        t = time.process_time(), time.perf_counter()
        con = self.store.con
        self._src = path
        try:
            try:
                con.execute(f"""CREATE OR REPLACE TEMP TABLE _blk AS
                    SELECT id, schema_version, meta, length(text) AS chars, persons,
                           organizations, locations, dates, amounts, sector_counts, error
                    FROM read_json({_quote(path)}, format = 'newline_delimited',
                                   columns = {_columns_sql()})""")
                t = self._clock("parse", t)
                con.register("_blk_lines", pa.table({"article_id": pa.array(ids, pa.string()),
                                                     "line": pa.array(lines, pa.int64())}))
                n, joined, odd = con.execute("""SELECT
                    (SELECT count(*) FROM _blk),
                    (SELECT count(*) FROM _blk JOIN _blk_lines ON id = article_id),
                    (SELECT count(*) FROM _blk WHERE
                        len(list_filter(dates, lambda x: json_type(x) <> 'OBJECT')) > 0
                        OR len(list_filter(amounts, lambda x: json_type(x) <> 'OBJECT')) > 0
                        OR len(list_filter(sector_counts, lambda x: json_type(x) <> 'OBJECT'))
                           > 0)""").fetchall()[0]
            except duckdb.Error:
                return False
            if n != len(ids) or joined != n or odd:
                return False
            t = self._clock("check", t)
            try:
                tables = self._lookups(con)
            except duckdb.Error:
                return False
            t = self._clock("keys", t)
            self.store.flush()  # rows the Arrow or line-by-line path holds go in first
            replaced = self.store.replaced(ids)
            con.execute("BEGIN TRANSACTION")
            try:
                if replaced:
                    for name in TABLES_ALL:
                        con.execute(f"DELETE FROM {name} WHERE article_id IN "
                                    "(SELECT article_id FROM _blk_lines)")
                for sql in _inserts(source):
                    con.execute(sql)
                con.execute("COMMIT")
            except duckdb.Error:
                con.execute("ROLLBACK")
                return False
            finally:
                for name in tables:
                    con.unregister(name)
            self.store.wrote(ids)
            t = self._clock("insert", t)
            self._summary(con, source, len(ids), replaced, label)
            self._clock("check", t)
            return True
        finally:
            try:
                con.unregister("_blk_lines")
            except duckdb.Error:
                pass
            con.execute("DROP TABLE IF EXISTS _blk")

    # ---- distinct values -> Python -> small tables joined in SQL ----

    def _map(self, con: Any, name: str, query: str, columns: list[str],
             func: Callable[..., tuple], out: list[tuple[str, pa.DataType]]) -> str:
        memo = self._memos.setdefault(name, {})
        if len(memo) > 100_000:
            memo.clear()
        rows = con.execute(query).fetchall()
        values = []
        for row in rows:
            got = memo.get(row, memo)
            if got is memo:
                got = memo[row] = func(*row)
            values.append(got)
        data = {c: pa.array([r[i] for r in rows], type=pa.string())
                for i, c in enumerate(columns)}
        for i, (c, t) in enumerate(out):
            data[c] = pa.array([v[i] for v in values], type=t)
        table = "_k_" + name
        con.register(table, pa.table(data))
        return table

    def _lookups(self, con: Any) -> list[str]:
        S, SL = pa.string(), pa.list_(pa.string())
        keyed = [("key", S), ("resolve", S), ("match", S)]
        tables = [
            self._map(con, "per", "SELECT DISTINCT p.name, p.first, p.middle, p.last FROM "
                      "(SELECT unnest(persons) p FROM _blk)", ["name", "first", "middle", "last"],
                      lambda n, f, m, la: person_key(
                          {"name": n, "first": f, "middle": m, "last": la}, "\x1d"), keyed),
            self._map(con, "org", "SELECT DISTINCT o.name, o.kind FROM "
                      "(SELECT unnest(organizations) o FROM _blk)", ["name", "kind"],
                      lambda n, k: org_key({"name": n, "kind": k}, "\x1d"), keyed),
            self._map(con, "loc", "SELECT DISTINCT l.name FROM "
                      "(SELECT unnest(locations) l FROM _blk)", ["name"],
                      lambda n: loc_key({"name": n}, "\x1d"), keyed),
            self._map(con, "form", "SELECT DISTINCT m.text, p.last FROM (SELECT p, "
                      "unnest(p.mentions) m FROM (SELECT unnest(persons) p FROM _blk)) "
                      "WHERE m.text IS DISTINCT FROM p.name", ["text", "last"],
                      lambda t, la: (mention_form(PER, t, _NEVER, la),), [("form", S)]),
            self._map(con, "of", "SELECT DISTINCT r.of FROM (SELECT unnest(p.roles) r FROM "
                      "(SELECT unnest(persons) p FROM _blk))", ["of"],
                      lambda o: (org_name(o) or None,), [("of_match", S)]),
        ]
        tables.append(self._places_in_text(con))
        tables.append(self._orgs_in_context(con))
        for group, table, _ in _FACTS:
            known = "[" + ", ".join(_quote(k) for k in sorted(KNOWN[table])) + "]"
            okved = " OR json_exists(x, '$.okved')" if table == "sector_counts" else ""
            tables.append(self._map(
                con, table, f"SELECT DISTINCT x FROM (SELECT unnest({group}) x FROM _blk) "
                f"WHERE NOT list_has_all({known}, json_keys(x)){okved}", ["item"],
                lambda item, known=KNOWN[table]: _item_values(item, known),
                [("extra", S), ("okved", SL), ("okved_sections", SL)]))
        return tables

    def _places_in_text(self, con: Any) -> str:
        """Keys of places of several (:func:`keys.loc_needs_text`) as their article's text
        gives them: (article, entity number) -> key, for those places only."""
        names = [n for (n,) in con.execute("SELECT name FROM _k_loc").fetchall()
                 if loc_needs_text(n)]
        keyed: list[tuple] = []  # (article id, entity number, key)
        if names:
            rows = con.execute(
                "SELECT e.id, e.no, e.l.name, [m.start FOR m IN coalesce(e.l.mentions, [])], "
                "[m.text FOR m IN coalesce(e.l.mentions, [])], "
                "e.places FROM (SELECT id, unnest(locations) AS l, "
                "unnest(range(len(locations))) AS no, [x.name FOR x IN locations] AS places "
                "FROM _blk) e WHERE list_contains(?, e.l.name)", [names]).fetchall()
            texts = dict(con.execute(
                f"SELECT id, text FROM read_json({_quote(self._src)}, format = "
                "'newline_delimited', columns = {'id': 'VARCHAR', 'text': 'VARCHAR'}) "
                "WHERE list_contains(?, id)", [sorted({r[0] for r in rows})]).fetchall())
            for aid, no, name, starts, said, places in rows:
                mentions = [{"start": int(x) if x is not None and x == int(x) else x,
                             "text": t} for x, t in zip(starts, said)]
                keyed.append((aid, no, loc_key({"name": name, "mentions": mentions}, aid,
                                               text=texts.get(aid), places=places)[0]))
        return _register_keys(con, "_k_loctext", keyed)

    def _orgs_in_context(self, con: Any) -> str:
        """Keys of kindless organizations of several bodies (:func:`keys.org_needs_context`)
        as their article's places and organizations give them: (article, entity number) ->
        key, for those only."""
        names = [n for (n,) in con.execute("SELECT DISTINCT name FROM _k_org").fetchall()
                 if org_needs_context(n)]
        keyed: list[tuple] = []  # (article id, entity number, key)
        if names:
            rows = con.execute(
                "SELECT e.id, e.no, e.o.name, e.o.kind, e.context FROM (SELECT id, "
                "unnest(organizations) AS o, unnest(range(len(organizations))) AS no, "
                "list_concat(coalesce([x.name FOR x IN locations], []), "
                "[x.name FOR x IN organizations]) AS context FROM _blk) e "
                "WHERE list_contains(?, e.o.name)", [names]).fetchall()
            for aid, no, name, kind, context in rows:
                keyed.append((aid, no, org_key({"name": name, "kind": kind}, aid,
                                               context=context)[0]))
        return _register_keys(con, "_k_orgctx", keyed)

    def _summary(self, con: Any, source: Optional[str], n: int, replaced: int,
                 label: str) -> None:
        from .run import SCHEMAS_READ

        s = self.indexer.summary
        s.read += n
        s.paths[label] += n
        s.indexed += n
        s.replaced += replaced
        for version, count in con.execute(
                "SELECT schema_version, count(*) FROM _blk GROUP BY ALL").fetchall():
            s.schemas[str(version)] += count
        known = ", ".join(_quote(v) for v in SCHEMAS_READ)
        for rid, line, version, kind, message, has_error in con.execute(f"""
                SELECT b.id, l.line, b.schema_version, b.error.kind, b.error.message,
                       b.error IS NOT NULL
                FROM _blk b JOIN _blk_lines l ON l.article_id = b.id
                WHERE b.error IS NOT NULL OR b.schema_version IS NULL
                   OR b.schema_version NOT IN ({known}) ORDER BY l.line""").fetchall():
            where = f"{source}:{line}" if source else f"record {line}"
            if str(version) not in SCHEMAS_READ:
                s.note(f"{where}: {rid}: schema_version {version!r} is not one "
                       f"of {', '.join(SCHEMAS_READ)}; its known fields are indexed")
            if has_error:
                kind = str(kind or "error")
                s.errors[kind] += 1
                s.note(f"{where}: {rid}: error record ({kind}: {message})")


def _item_values(item: str, known: set) -> tuple[Optional[str], Optional[list], Optional[list]]:
    """(extra, okved codes, okved sections) of a fact, from its JSON as the other paths do."""
    value = json.loads(item)
    codes, sections = _okved(value.get("okved"))
    return _extra(value, known), codes, sections


def _register_keys(con: Any, name: str, keyed: list[tuple]) -> str:
    """Register ``(article id, entity number, key)`` rows as the table ``name``; its name."""
    article_ids, numbers, keys = zip(*keyed) if keyed else ((), (), ())
    con.register(name, pa.table({"article_id": pa.array(article_ids, S),
                                 "no": pa.array(numbers, pa.int64()),
                                 "key": pa.array(keys, S)}))
    return name
