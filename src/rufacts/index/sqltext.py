"""The SQL text and the line checks of the DuckDB routes (:mod:`rufacts.index.sql`): the
record's columns as DuckDB reads them, the ``INSERT ... SELECT`` of each table, the ids and
line numbers of a chunk or a file (None where a line is not for these routes)."""
from __future__ import annotations

import json
import re
from typing import Optional

from .keys import LOC, ORG, PER

_ID = re.compile(rb'^\s*\{\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"')
_BOOL = re.compile(rb'[:\[,]\s*(?:true|false)\s*[,}\]]')
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


def _columns_sql() -> str:
    return "{" + ", ".join(f"'{k}': '{v}'" for k, v in COLUMNS.items()) + "}"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _decode_id(raw: bytes) -> str:
    """The text of a JSON string's body as the line holds it (escapes read by ``json``)."""
    return json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8")


def _ids(chunk: bytes, first: int) -> Optional[tuple[list[str], list[int]]]:
    """(ids, line numbers) of the non-blank lines, or None when the chunk is not for SQL."""
    ids, lines = [], []
    for i, line in enumerate(chunk.split(b"\n")[:-1]):
        if not line.strip():
            continue
        match = _ID.match(line)
        if match is None:
            return None
        ids.append(_decode_id(match[1]))
        lines.append(first + i)
    if len(set(ids)) != len(ids):
        return None
    return ids, lines


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
            ids.append(_decode_id(match[1]))
            lines.append(number)
        number += 1
        start = stop + 1
    return number


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
