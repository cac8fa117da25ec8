"""JSON records -> rows of the index tables, collected column-wise into Arrow record batches.

Records of schema "1" and "1.1" are read the same way: every field is read with ``.get``
(a missing field is null), fields this module does not know are kept as JSON in an
``extra`` column of their table, so nothing a newer record carries is lost.
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Mapping, Optional

import pyarrow as pa

from .keys import LOC, ORG, PER, loc_key, org_key, org_name, person_key

S, I, F, D = pa.string(), pa.int64(), pa.float64(), pa.date32()
SL = pa.list_(pa.string())

#: Stored tables and their columns (``article_id`` first in each). ``mention_rows``,
#: ``role_rows`` and ``amount_rows`` become the ``mentions``, ``roles`` and ``amounts`` views,
#: with dump-wide entity ids, once entities are linked.
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", S), ("schema_version", S), ("title", S), ("published", D), ("url", S),
        ("source", S), ("source_file", S), ("line", I), ("chars", I), ("error_kind", S),
        ("error_message", S)]),
    "article_entities": pa.schema([
        ("article_id", S), ("type", S), ("entity_no", I), ("name", S), ("kind", S),
        ("first", S), ("middle", S), ("last", S), ("key", S), ("resolve", S), ("match", S),
        ("mentions", I)]),
    "mention_rows": pa.schema([
        ("article_id", S), ("type", S), ("entity_no", I), ("start", I), ("stop", I),
        ("text", S), ("form", S)]),
    "role_rows": pa.schema([
        ("article_id", S), ("entity_no", I), ("title", S), ("of", S), ("of_match", S),
        ("text", S), ("start", I), ("stop", I)]),
    "dates": pa.schema([
        ("article_id", S), ("date_no", I), ("start", I), ("stop", I), ("text", S), ("value", S),
        ("year", I), ("month", I), ("day", I), ("kind", S), ("begin", S), ("end", S),
        ("precision", S), ("part", S), ("anchor", S), ("extra", S)]),
    "amount_rows": pa.schema([
        ("article_id", S), ("amount_no", I), ("start", I), ("stop", I), ("text", S),
        ("kind", S), ("value", F), ("unit", S), ("qualifier", S), ("value_min", F),
        ("value_max", F), ("duration", S), ("extra", S)]),
    "sector_counts": pa.schema([
        ("article_id", S), ("count_no", I), ("start", I), ("stop", I), ("text", S),
        ("count", I), ("object", S), ("sector", S), ("total", I), ("okved", SL),
        ("okved_sections", SL), ("extra", S)]),
}
TABLES = tuple(SCHEMAS)

KNOWN = {
    "dates": {"start", "stop", "text", "value", "year", "month", "day", "kind", "begin", "end",
              "precision", "part", "anchor"},
    "amount_rows": {"start", "stop", "text", "kind", "value", "unit", "qualifier", "value_min",
                "value_max", "duration"},
    "sector_counts": {"start", "stop", "text", "count", "object", "sector", "total", "okved"},
}
# ОКВЭД 2 divisions (two digits) -> section letter
_SECTIONS = [(1, 3, "A"), (5, 9, "B"), (10, 33, "C"), (35, 35, "D"), (36, 39, "E"),
             (41, 43, "F"), (45, 47, "G"), (49, 53, "H"), (55, 56, "I"), (58, 63, "J"),
             (64, 66, "K"), (68, 68, "L"), (69, 75, "M"), (77, 82, "N"), (84, 84, "O"),
             (85, 85, "P"), (86, 88, "Q"), (90, 93, "R"), (94, 96, "S"), (97, 98, "T"),
             (99, 99, "U")]


def okved_section(code: Any) -> Optional[str]:
    """The ОКВЭД 2 section of a code: ``26.11`` -> ``C``, ``C`` -> ``C``; else None.

    >>> okved_section("26.11"), okved_section("62"), okved_section("C"), okved_section("x")
    ('C', 'J', 'C', None)
    """
    code = str(code or "").strip()
    if len(code) == 1 and code.upper() in "ABCDEFGHIJKLMNOPQRSTU":
        return code.upper()
    head = code.split(".", 1)[0]
    if not head.isdigit():
        return None
    division = int(head)
    return next((s for lo, hi, s in _SECTIONS if lo <= division <= hi), None)


def mention_form(label: str, text: Optional[str], name: Optional[str],
                 last: Optional[str]) -> str:
    """How a mention names its entity: ``name`` (as the normal name), ``surname`` (a person's
    surname alone, in any case form), ``other``.

    >>> mention_form("PER", "Собянина", "Сергей Собянин", "Собянин")
    'surname'
    """
    if text == name:
        return "name"
    if (label == PER and text and last and " " not in text.strip(". ")
            and text.lower().startswith(last.lower()[:max(3, len(last) - 3)])):
        return "surname"
    return "other"


def _okved(items: Any) -> tuple[Optional[list[str]], Optional[list[str]]]:
    if not items:
        return None, None
    codes, sections = [], []
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, Mapping):
            code = item.get("code") or item.get("division") or item.get("section")
            section = item.get("section") or okved_section(code)
        else:
            code, section = item, okved_section(item)
        if code is not None:
            codes.append(str(code))
        if section and section not in sections:
            sections.append(str(section))
    return codes, sections


def _date(value: Any) -> Optional[_dt.date]:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _int(value: Any) -> Optional[int]:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _str(value: Any) -> Optional[str]:
    return None if value is None else value if isinstance(value, str) else str(value)


def _extra(item: Mapping[str, Any], known: set[str]) -> Optional[str]:
    rest = {k: v for k, v in item.items() if k not in known and v is not None}
    return json.dumps(rest, ensure_ascii=False) if rest else None


def _list(record: Mapping[str, Any], name: str) -> list:
    value = record.get(name)
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


class Rows:
    """Rows of every table for a batch of records, column by column."""

    def __init__(self) -> None:
        self.cols = {name: {f.name: [] for f in schema} for name, schema in SCHEMAS.items()}
        self.ids: list[str] = []

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, record: Mapping[str, Any], source_file: Optional[str] = None,
            line: Optional[int] = None) -> None:
        """The rows of one record (a dict as read from JSONL)."""
        aid = str(record.get("id"))
        self.ids.append(aid)
        meta = record.get("meta") if isinstance(record.get("meta"), Mapping) else {}
        error = record.get("error") if isinstance(record.get("error"), Mapping) else {}
        text = record.get("text") if isinstance(record.get("text"), str) else None
        a = self.cols["articles"]
        for key, value in (
                ("article_id", aid), ("schema_version", _str(record.get("schema_version"))),
                ("title", _str(meta.get("title"))), ("published", _date(meta.get("published"))),
                ("url", _str(meta.get("url"))), ("source", _str(meta.get("source"))),
                ("source_file", source_file), ("line", line),
                ("chars", len(text) if text is not None else None),
                ("error_kind", _str(error.get("kind"))),
                ("error_message", _str(error.get("message")))):
            a[key].append(value)
        self._entities(aid, record, text)
        self._facts(aid, record)

    def _entities(self, aid: str, record: Mapping[str, Any], text: Optional[str]) -> None:
        e, m, r = self.cols["article_entities"], self.cols["mention_rows"], self.cols["role_rows"]
        places = [_str(x.get("name")) for x in _list(record, "locations")]
        context = places + [_str(x.get("name")) for x in _list(record, "organizations")]
        for label, group, keyer in ((PER, "persons", None), (ORG, "organizations", org_key),
                                    (LOC, "locations", loc_key)):
            for no, entity in enumerate(_list(record, group)):
                key, resolve, match = (
                    loc_key(entity, aid, text=text, places=places) if label == LOC
                    else org_key(entity, aid, context=context) if label == ORG
                    else person_key(entity, aid))
                mentions = [x for x in entity.get("mentions") or () if isinstance(x, Mapping)]
                name = _str(entity.get("name"))
                for col, value in (("article_id", aid), ("type", label), ("entity_no", no),
                                   ("name", name), ("kind", _str(entity.get("kind"))),
                                   ("first", _str(entity.get("first"))),
                                   ("middle", _str(entity.get("middle"))),
                                   ("last", _str(entity.get("last"))), ("key", key),
                                   ("resolve", resolve), ("match", match),
                                   ("mentions", len(mentions))):
                    e[col].append(value)
                last = _str(entity.get("last"))
                for mention in mentions:
                    said = _str(mention.get("text"))
                    m["article_id"].append(aid)
                    m["type"].append(label)
                    m["entity_no"].append(no)
                    m["start"].append(_int(mention.get("start")))
                    m["stop"].append(_int(mention.get("stop")))
                    m["text"].append(said)
                    m["form"].append(mention_form(label, said, name, last))
                for role in _list(entity, "roles"):
                    for col, value in (("article_id", aid), ("entity_no", no),
                                       ("title", _str(role.get("title"))),
                                       ("of", _str(role.get("of"))),
                                       ("of_match", org_name(_str(role.get("of"))) or None),
                                       ("text", _str(role.get("text"))),
                                       ("start", _int(role.get("start"))),
                                       ("stop", _int(role.get("stop")))):
                        r[col].append(value)

    def _facts(self, aid: str, record: Mapping[str, Any]) -> None:
        d = self.cols["dates"]
        for no, item in enumerate(_list(record, "dates")):
            for col, value in (("article_id", aid), ("date_no", no),
                               ("start", _int(item.get("start"))), ("stop", _int(item.get("stop"))),
                               ("text", _str(item.get("text"))), ("value", _str(item.get("value"))),
                               ("year", _int(item.get("year"))), ("month", _int(item.get("month"))),
                               ("day", _int(item.get("day"))), ("kind", _str(item.get("kind"))),
                               ("begin", _str(item.get("begin"))), ("end", _str(item.get("end"))),
                               ("precision", _str(item.get("precision"))),
                               ("part", _str(item.get("part"))),
                               ("anchor", _str(item.get("anchor"))),
                               ("extra", _extra(item, KNOWN["dates"]))):
                d[col].append(value)
        am = self.cols["amount_rows"]
        for no, item in enumerate(_list(record, "amounts")):
            for col, value in (("article_id", aid), ("amount_no", no),
                               ("start", _int(item.get("start"))), ("stop", _int(item.get("stop"))),
                               ("text", _str(item.get("text"))), ("kind", _str(item.get("kind"))),
                               ("value", _float(item.get("value"))), ("unit", _str(item.get("unit"))),
                               ("qualifier", _str(item.get("qualifier"))),
                               ("value_min", _float(item.get("value_min"))),
                               ("value_max", _float(item.get("value_max"))),
                               ("duration", _str(item.get("duration"))),
                               ("extra", _extra(item, KNOWN["amount_rows"]))):
                am[col].append(value)
        sc = self.cols["sector_counts"]
        for no, item in enumerate(_list(record, "sector_counts")):
            codes, sections = _okved(item.get("okved"))
            for col, value in (("article_id", aid), ("count_no", no),
                               ("start", _int(item.get("start"))), ("stop", _int(item.get("stop"))),
                               ("text", _str(item.get("text"))), ("count", _int(item.get("count"))),
                               ("object", _str(item.get("object"))),
                               ("sector", _str(item.get("sector"))),
                               ("total", _int(item.get("total"))), ("okved", codes),
                               ("okved_sections", sections),
                               ("extra", _extra(item, KNOWN["sector_counts"]))):
                sc[col].append(value)

    def batches(self) -> dict[str, pa.RecordBatch]:
        """The collected rows as one Arrow record batch per table."""
        return {name: pa.RecordBatch.from_pydict(self.cols[name], schema=SCHEMAS[name])
                for name in TABLES}
