"""The SQL route of ``rufacts index``: a chunk of JSONL lines read by DuckDB's JSON reader
(C, no Arrow and no Python objects per fact) and put into the tables by ``INSERT ... SELECT``
with ``unnest``, keys and forms joined from small tables of distinct values computed by the
same Python functions as the other paths (:mod:`rufacts.index.keys`, ``rows``).
Opt-in (``index_files(..., sql=True)``): on 100,000 records it took ~66 CPU-seconds against
~51 on the Arrow path, mostly in its chunk-by-chunk inserts (see the README's speed table).

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
import re
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Optional

import pyarrow as pa

from .keys import (LOC, ORG, PER, loc_key, loc_needs_text, org_key, org_name,
                   org_needs_context, person_key)
from .rows import KNOWN, _extra, _okved, mention_form

_ID = re.compile(rb'^\s*\{\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"')
_BOOL = re.compile(rb'[:\[,]\s*(?:true|false)\s*[,}\]]')
_NEVER = "\x00never a mention\x00"
#: DuckDB's memory limit while it reads a whole file (the rows of the file spill to disk
#: past it; 128 MB is too little for the JSON reader's buffers on two threads)
FILE_MEMORY = "256MB"
# integers are read as DOUBLE and cast by _int, which refuses a fraction (the other paths
# would take 1.5 as 1, DuckDB's own cast as 2)
_MENTION = "STRUCT(start DOUBLE, stop DOUBLE, text VARCHAR)[]"
COLUMNS = {
    "id": "VARCHAR", "schema_version": "VARCHAR",
    "meta": "STRUCT(title VARCHAR, published VARCHAR, url VARCHAR, source VARCHAR)",
    "text": "VARCHAR",
    "persons": "STRUCT(name VARCHAR, first VARCHAR, middle VARCHAR, last VARCHAR, roles "
               "STRUCT(title VARCHAR, \"of\" VARCHAR, text VARCHAR, start DOUBLE, stop DOUBLE)[], "
               f"mentions {_MENTION})[]",
    "organizations": f"STRUCT(name VARCHAR, kind VARCHAR, mentions {_MENTION})[]",
    "locations": f"STRUCT(name VARCHAR, mentions {_MENTION})[]",
    "dates": "JSON[]", "amounts": "JSON[]", "sector_counts": "JSON[]",
    "error": "STRUCT(kind VARCHAR, message VARCHAR)",
}
_ITEM = {  # the known fields of each fact, as DuckDB reads them from its JSON
    "dates": '{"start": "DOUBLE", "stop": "DOUBLE", "text": "VARCHAR", "value": "VARCHAR", '
             '"year": "DOUBLE", "month": "DOUBLE", "day": "DOUBLE", "kind": "VARCHAR", '
             '"begin": "VARCHAR", "end": "VARCHAR", "precision": "VARCHAR", '
             '"part": "VARCHAR", "anchor": "VARCHAR"}',
    "amount_rows": '{"start": "DOUBLE", "stop": "DOUBLE", "text": "VARCHAR", "kind": "VARCHAR", '
                   '"value": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR", '
                   '"value_min": "DOUBLE", "value_max": "DOUBLE", "duration": "VARCHAR"}',
    "sector_counts": '{"start": "DOUBLE", "stop": "DOUBLE", "text": "VARCHAR", '
                     '"count": "DOUBLE", "object": "VARCHAR", "sector": "VARCHAR", '
                     '"total": "DOUBLE"}',
}
_FACTS = (("dates", "dates", "date_no"), ("amounts", "amount_rows", "amount_no"),
          ("sector_counts", "sector_counts", "count_no"))
_SAME = "a.{0} IS NOT DISTINCT FROM b.{0}"
S = pa.string()


def _columns_sql() -> str:
    return "{" + ", ".join(f"'{k}': '{v}'" for k, v in COLUMNS.items()) + "}"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ids(chunk: bytes, first: int) -> Optional[tuple[list[str], list[int]]]:
    """(ids, line numbers) of the non-blank lines, or None when the chunk is not for SQL."""
    ids, lines = [], []
    for i, line in enumerate(chunk.split(b"\n")[:-1]):
        if not line.strip():
            continue
        match = _ID.match(line)
        if match is None:
            return None
        raw = match[1]
        ids.append(json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8"))
        lines.append(first + i)
    if len(set(ids)) != len(ids):
        return None
    return ids, lines


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
        limit = con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
        con.execute(f"SET memory_limit = '{FILE_MEMORY}'")  # DuckDB's JSON reader's buffers
        try:
            taken = self._load(path, found[0], found[1], source, "duckdb")
        finally:
            con.execute(f"SET memory_limit = '{limit}'")
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
        keyed: dict[str, list] = {"article_id": [], "no": [], "key": []}
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
                keyed["article_id"].append(aid)
                keyed["no"].append(no)
                keyed["key"].append(loc_key({"name": name, "mentions": mentions}, aid,
                                            text=texts.get(aid), places=places)[0])
        con.register("_k_loctext", pa.table({"article_id": pa.array(keyed["article_id"], S),
                                              "no": pa.array(keyed["no"], pa.int64()),
                                              "key": pa.array(keyed["key"], S)}))
        return "_k_loctext"

    def _orgs_in_context(self, con: Any) -> str:
        """Keys of kindless organizations of several bodies (:func:`keys.org_needs_context`)
        as their article's places and organizations give them: (article, entity number) ->
        key, for those only."""
        names = [n for (n,) in con.execute("SELECT DISTINCT name FROM _k_org").fetchall()
                 if org_needs_context(n)]
        keyed: dict[str, list] = {"article_id": [], "no": [], "key": []}
        if names:
            rows = con.execute(
                "SELECT e.id, e.no, e.o.name, e.o.kind, e.context FROM (SELECT id, "
                "unnest(organizations) AS o, unnest(range(len(organizations))) AS no, "
                "list_concat(coalesce([x.name FOR x IN locations], []), "
                "[x.name FOR x IN organizations]) AS context FROM _blk) e "
                "WHERE list_contains(?, e.o.name)", [names]).fetchall()
            for aid, no, name, kind, context in rows:
                keyed["article_id"].append(aid)
                keyed["no"].append(no)
                keyed["key"].append(org_key({"name": name, "kind": kind}, aid,
                                            context=context)[0])
        con.register("_k_orgctx", pa.table({"article_id": pa.array(keyed["article_id"], S),
                                             "no": pa.array(keyed["no"], pa.int64()),
                                             "key": pa.array(keyed["key"], S)}))
        return "_k_orgctx"

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


_ID_AT = re.compile(rb'[ \t]*\{\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"')  # _ID, at a line's start
_READ = 16 << 20  # bytes read at a time by _file_ids


def _file_ids(path: str) -> Optional[tuple[list[str], list[int]]]:
    """(ids, line numbers) of the non-blank lines of an uncompressed JSONL file, or None when
    a line is not for the whole-file route: no ``{"id": "..."`` first, not ending with ``}``
    (a truncated line), a JSON boolean, an id twice. Those files go chunk by chunk. Read in
    blocks, each line found by its newline (no copy of the line)."""
    ids: list[str] = []
    lines: list[int] = []
    number, rest = 1, b""
    try:
        with open(path, "rb") as stream:
            while True:
                more = stream.read(_READ)
                data = rest + more if rest else more
                if not data:
                    break
                cut = data.rfind(b"\n") if more else len(data) - 1
                if cut < 0:
                    rest = data
                    continue
                number = _block_ids(data, cut + 1, number, ids, lines)
                if number < 0:
                    return None
                rest = data[cut + 1:]
                if not more:
                    break
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if len(set(ids)) != len(ids):
        return None
    return ids, lines


def _block_ids(data: bytes, end: int, number: int, ids: list[str], lines: list[int]) -> int:
    """The ids of the lines of ``data[:end]`` (whole lines; the first is line ``number``);
    returns the number of the next line, or -1 when a line is not for the whole-file route."""
    if (data.find(b"true", 0, end) >= 0 or data.find(b"false", 0, end) >= 0) and \
            _BOOL.search(data, 0, end):
        return -1
    start = 0
    while start < end:
        stop = data.find(b"\n", start, end)
        stop = end if stop < 0 else stop
        match = _ID_AT.match(data, start, stop)
        if match is None:
            if data[start:stop].strip():
                return -1
        else:
            last = stop - 1
            while last > start and data[last] in b" \t\r":
                last -= 1
            if data[last] != 0x7D:  # "}": else a truncated line
                return -1
            raw = match[1]
            ids.append(json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8"))
            lines.append(number)
        number += 1
        start = stop + 1
    return number


def _item_values(item: str, known: set) -> tuple[Optional[str], Optional[list], Optional[list]]:
    """(extra, okved codes, okved sections) of a fact, from its JSON as the other paths do."""
    value = json.loads(item)
    codes, sections = _okved(value.get("okved"))
    return _extra(value, known), codes, sections


TABLES_ALL = ("articles", "article_entities", "mention_rows", "role_rows", "dates",
              "amount_rows", "sector_counts")


def _inserts(source: Optional[str]) -> list[str]:
    src = "NULL" if source is None else _quote(source)
    out = [f"""INSERT INTO articles SELECT b.id, b.schema_version, b.meta.title,
        CAST(try_strptime(left(b.meta.published, 10), '%Y-%m-%d') AS DATE), b.meta.url,
        b.meta.source, {src}, l.line, b.chars, b.error.kind, b.error.message
        FROM _blk b JOIN _blk_lines l ON l.article_id = b.id"""]
    for label, group, keys, join in (
            (PER, "persons", "_k_per", " AND ".join(_SAME.format(c).replace("a.", "k.").replace(
                "b.", "e.p.") for c in ("name", "first", "middle", "last"))),
            (ORG, "organizations", "_k_org", " AND ".join(_SAME.format(c).replace(
                "a.", "k.").replace("b.", "e.p.") for c in ("name", "kind"))),
            (LOC, "locations", "_k_loc", "k.name IS NOT DISTINCT FROM e.p.name")):
        kind = "e.p.kind" if label == ORG else "NULL"
        person = "e.p.first, e.p.middle, e.p.last" if label == PER else "NULL, NULL, NULL"
        ents = (f"(SELECT id AS article_id, unnest({group}) AS p, "
                f"unnest(range(len({group}))) AS no FROM _blk) e")
        key, in_text = "replace(k.key, chr(29), e.article_id)", ""
        if label == LOC:  # places of several: the key their article's text gives them
            key = f"coalesce(x.key, {key})"
            in_text = " LEFT JOIN _k_loctext x ON x.article_id = e.article_id AND x.no = e.no"
        if label == ORG:  # kindless bodies of several: the key their article's context gives
            key = f"coalesce(x.key, {key})"
            in_text = " LEFT JOIN _k_orgctx x ON x.article_id = e.article_id AND x.no = e.no"
        out.append(f"""INSERT INTO article_entities SELECT e.article_id, '{label}', e.no,
            e.p.name, {kind}, {person}, {key}, k.resolve,
            k.match, coalesce(len(e.p.mentions), 0)
            FROM {ents} JOIN {keys} k ON {join}{in_text}""")
        same = "q.m.text IS NOT DISTINCT FROM q.p.name"
        if label == PER:
            form = f"CASE WHEN {same} THEN 'name' ELSE f.form END"
            forms = ("LEFT JOIN _k_form f ON f.text IS NOT DISTINCT FROM q.m.text "
                     f"AND f.last IS NOT DISTINCT FROM q.p.last AND NOT ({same})")
        else:
            form = f"CASE WHEN {same} THEN 'name' ELSE 'other' END"
            forms = ""
        out.append(f"""INSERT INTO mention_rows SELECT q.article_id, '{label}', q.no,
            {_int("q.m.start")}, {_int("q.m.stop")}, q.m.text, {form}
            FROM (SELECT e.article_id, e.no, e.p, unnest(e.p.mentions) AS m FROM {ents}) q
            {forms}""")
        if label == PER:
            out.append(f"""INSERT INTO role_rows SELECT q.article_id, q.no, q.r.title, q.r.of,
                o.of_match, q.r.text, {_int("q.r.start")}, {_int("q.r.stop")}
                FROM (SELECT e.article_id, e.no, unnest(e.p.roles) AS r FROM {ents}) q
                LEFT JOIN _k_of o ON o.of IS NOT DISTINCT FROM q.r.of""")
    for group, table, no in _FACTS:
        fields = [f for f in json.loads(_ITEM[table])]
        cols = ", ".join(_int(f"f.v.{_ident(c)}") if c in _INTS else f"f.v.{_ident(c)}"
                         for c in fields)
        okved = ", x.okved, x.okved_sections" if table == "sector_counts" else ""
        out.append(f"""INSERT INTO {table} SELECT f.article_id, f.no, {cols}{okved}, x.extra
            FROM (SELECT article_id, no, item, from_json(item, '{_ITEM[table]}') AS v
                  FROM (SELECT id AS article_id, unnest({group}) AS item,
                               unnest(range(len({group}))) AS no FROM _blk)) f
            LEFT JOIN _k_{table} x ON x.item = f.item""")
    return out


_INTS = {"start", "stop", "year", "month", "day", "count", "total"}


def _int(expr: str) -> str:
    """A DOUBLE read from JSON as BIGINT; a fraction fails the chunk's transaction."""
    return (f"CASE WHEN {expr} IS NULL THEN NULL WHEN {expr} = trunc({expr}) "
            f"THEN CAST({expr} AS BIGINT) ELSE error('not an integer') END")


def _ident(name: str) -> str:
    return f'"{name}"'
