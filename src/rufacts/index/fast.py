"""The fast path of ``rufacts index``: a block of JSONL lines parsed by Arrow's JSON reader
(C++, threads) against the record schema, and flattened into the index tables with Arrow
compute, no Python loop per fact.

It gives exactly the rows :class:`rufacts.index.rows.Rows` gives (tests compare both).
Keys and mention forms are computed by the same Python functions, once per distinct value.
A block it cannot take as a whole returns None and goes through ``Rows`` line by line: a
broken or truncated line, a field of another type, a record without an id, an id twice in the
block. Fields of facts it does not know (schema 1.1 and later) go to ``extra`` as there.
"""
from __future__ import annotations

import io
import json
from typing import Any, Callable, Optional

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pj

from .keys import (LOC, ORG, PER, loc_key, loc_needs_text, org_key, org_name,
                   org_needs_context, person_key)
from .rows import KNOWN, SCHEMAS, mention_form, okved_section

S, I, F = pa.string(), pa.int64(), pa.float64()
_MENTION = pa.struct([("start", I), ("stop", I), ("text", S)])
_ROLE = pa.struct([("title", S), ("of", S), ("text", S), ("start", I), ("stop", I)])
_OKVED = pa.struct([("code", S), ("name", S), ("section", S)])
RECORD = pa.schema([
    ("id", S), ("schema_version", S),
    ("meta", pa.struct([("title", S), ("published", S), ("url", S), ("source", S)])),
    ("text", S),
    ("persons", pa.list_(pa.struct([("name", S), ("first", S), ("middle", S), ("last", S),
                                    ("roles", pa.list_(_ROLE)),
                                    ("mentions", pa.list_(_MENTION))]))),
    ("organizations", pa.list_(pa.struct([("name", S), ("kind", S),
                                          ("mentions", pa.list_(_MENTION))]))),
    ("locations", pa.list_(pa.struct([("name", S), ("mentions", pa.list_(_MENTION))]))),
    ("dates", pa.list_(pa.struct([("start", I), ("stop", I), ("text", S), ("value", S),
                                  ("year", I), ("month", I), ("day", I), ("kind", S),
                                  ("begin", S), ("end", S), ("precision", S), ("part", S),
                                  ("anchor", S)]))),
    ("amounts", pa.list_(pa.struct([("start", I), ("stop", I), ("text", S), ("kind", S),
                                    ("value", F), ("unit", S), ("qualifier", S),
                                    ("value_min", F), ("value_max", F), ("duration", S)]))),
    ("sector_counts", pa.list_(pa.struct([("start", I), ("stop", I), ("text", S), ("count", I),
                                          ("object", S), ("sector", S), ("total", I),
                                          ("okved", pa.list_(_OKVED))]))),
    ("error", pa.struct([("kind", S), ("message", S)])),
])
_NULL = "\x00"


def _compatible(actual: pa.DataType, expected: pa.DataType) -> bool:
    """``actual`` has every field of ``expected`` with its type (and may have more)."""
    if pa.types.is_struct(expected):
        if not pa.types.is_struct(actual):
            return False
        fields = {actual.field(i).name: actual.field(i).type for i in range(actual.num_fields)}
        return all(f.name in fields and _compatible(fields[f.name], f.type) for f in expected)
    if pa.types.is_list(expected):
        return pa.types.is_list(actual) and _compatible(actual.value_type, expected.value_type)
    return actual.equals(expected)


def _takes(schema: pa.Schema) -> bool:
    """Whether the fast path gives the rows of records parsed to ``schema``: every known
    field with its type; fields it does not know anywhere but in ``meta``, entities and the
    top level (which no path keeps) only in dates, amounts and sector counts (-> ``extra``),
    and ОКВЭД items with nothing but a code, a name and a section."""
    for f in RECORD:
        if f.name != "meta" and not _compatible(schema.field(f.name).type, f.type):
            return False
    okved = schema.field("sector_counts").type.value_type.field("okved").type.value_type
    return {okved.field(i).name for i in range(okved.num_fields)} <= {"code", "name", "section"}


def _no_timestamps(type: pa.DataType) -> pa.DataType:
    """The type with strings where Arrow took ISO date strings for timestamps."""
    if pa.types.is_timestamp(type) or pa.types.is_date(type):
        return S
    if pa.types.is_struct(type):
        return pa.struct([pa.field(f.name, _no_timestamps(f.type)) for f in type])
    if pa.types.is_list(type):
        return pa.list_(_no_timestamps(type.value_type))
    return type


def _read(data: bytes, schema: pa.Schema) -> pa.Table:
    """Parsed in blocks of ~1/4 of the data on threads; where a line does not fit in one
    (Arrow refuses it), in one block."""
    try:
        return _read_blocks(data, schema, max(1 << 20, len(data) // 4))
    except pa.ArrowInvalid:
        return _read_blocks(data, schema, len(data) + 1)


def _read_blocks(data: bytes, schema: pa.Schema, size: int) -> pa.Table:
    return pj.read_json(io.BytesIO(data), read_options=pj.ReadOptions(
        block_size=size), parse_options=pj.ParseOptions(
        explicit_schema=schema, unexpected_field_behavior="infer"))


_LEARNED = [RECORD]  # the record schema with the new fields met so far, read as strings


def parse_block(data: bytes) -> Optional[pa.Table]:
    """The records of a block of whole JSONL lines, or None when the block needs the slow path."""
    try:
        table = _read(data, _LEARNED[0])
        strings = pa.schema([pa.field(f.name, _no_timestamps(f.type)) for f in table.schema])
        if not strings.equals(table.schema):  # a new field of ISO strings: read them as strings
            _LEARNED[0] = strings
            table = _read(data, strings)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if not _takes(table.schema):
        return None
    ids = table.column("id")
    if ids.null_count or pc.count_distinct(ids).as_py() != len(ids):
        return None
    return table


#: values computed per distinct input, kept across blocks (a dump repeats its names); each
#: memo is emptied when it holds this many (memory stays bounded)
MEMO_SIZE = 100_000
_MEMOS: dict[str, dict] = {}


def forget() -> None:
    """Empty the memos and give Arrow's unused memory back."""
    _MEMOS.clear()
    pa.default_memory_pool().release_unused()


def _map(name: str, func: Callable[..., Any], *columns: pa.Array,
         type: pa.DataType = S) -> pa.Array:
    """``func`` applied to each row of ``columns`` (strings), computed once per distinct row
    (remembered across blocks under ``name``)."""
    if len(columns[0]) == 0:
        return pa.array([], type=type)
    joined = pc.binary_join_element_wise(*[pc.fill_null(c, _NULL) for c in columns], "\x1f")
    encoded = pc.dictionary_encode(joined).combine_chunks() if isinstance(
        joined, pa.ChunkedArray) else pc.dictionary_encode(joined)
    memo = _MEMOS.setdefault(name, {})
    if len(memo) > MEMO_SIZE:
        memo.clear()
    values = []
    for value in encoded.dictionary.to_pylist():
        out = memo.get(value, memo)
        if out is memo:
            out = memo[value] = func(*[None if part == _NULL else part
                                       for part in value.split("\x1f")])
        values.append(out)
    return pa.array(values, type=type).take(encoded.indices)


def _forms(label: str, text: pa.Array, name: pa.Array, last: pa.Array) -> pa.Array:
    """:func:`mention_form` of each mention: equality in Arrow, a person's surname test in
    Python once per distinct (text, surname)."""
    same = pc.or_(pc.fill_null(pc.equal(text, name), False),
                  pc.and_(pc.is_null(text), pc.is_null(name)))
    if label != PER:
        other = _same(S, "other", len(text))
    else:
        other = _map("surname", lambda t, ls: mention_form(PER, t, _NEVER, ls), text, last)
    return pc.if_else(same, pa.scalar("name"), other)


_NEVER = "\x00never a mention\x00"


def _flat(lists: pa.Array, parents: pa.Array) -> tuple[pa.Array, pa.Array, pa.Array]:
    """(items, parent row of each item, position of each item in its list)."""
    items = pc.list_flatten(lists)
    index = pc.list_parent_indices(lists)
    offsets = lists.offsets
    position = pc.subtract(_positions(len(items)),
                           offsets.take(index).cast(pa.int64()))
    return items, parents.take(index), position


def _same(type: pa.DataType, value: Any, n: int) -> pa.Array:
    """``value`` ``n`` times (``pa.array([value] * n)`` costs ~0.25 µs an item)."""
    return pa.repeat(pa.scalar(value, type=type), n)


def _positions(n: int) -> pa.Array:
    """0, 1, ..., n - 1 as int64 (numpy's arange: ``pa.array(range(n))`` costs ~0.5 µs a
    number, ~3 CPU-seconds per 100,000 records)."""
    return pa.array(np.arange(n, dtype=np.int64))


def _field(struct: pa.Array, name: str) -> pa.Array:
    return pc.struct_field(struct, name)


def _batch(name: str, columns: dict[str, Any]) -> pa.RecordBatch:
    schema = SCHEMAS[name]
    n = len(next(iter(columns.values())))
    arrays = [columns[f.name] if f.name in columns else pa.nulls(n, f.type) for f in schema]
    return pa.RecordBatch.from_arrays([a.cast(f.type) for a, f in zip(arrays, schema)],
                                      schema=schema)


def table_rows(table: pa.Table, source_file: Optional[str], lines: list[int]) -> dict[str, pa.RecordBatch]:
    """The index rows of a parsed block (the records of lines ``lines`` of ``source_file``)."""
    t = table.combine_chunks()
    col = {name: t.column(name).chunk(0) if t.column(name).num_chunks else
           pa.array([], type=t.schema.field(name).type) for name in t.column_names}
    n = len(t)
    aid = col["id"]
    meta, error, text = col["meta"], col["error"], col["text"]
    published = pc.cast(pc.strptime(pc.utf8_slice_codeunits(_field(meta, "published"), 0, 10),
                                    format="%Y-%m-%d", unit="s", error_is_null=True), pa.date32())
    out = {"articles": _batch("articles", {
        "article_id": aid, "schema_version": col["schema_version"],
        "title": _field(meta, "title"), "published": published, "url": _field(meta, "url"),
        "source": _field(meta, "source"),
        "source_file": _same(S, source_file, n), "line": pa.array(lines, type=I),
        "chars": pc.utf8_length(text), "error_kind": _field(error, "kind"),
        "error_message": _field(error, "message")})}
    entities, mentions, roles = [], [], []
    for label, group in ((PER, "persons"), (ORG, "organizations"), (LOC, "locations")):
        items, parent, no = _flat(col[group], aid)
        name = _field(items, "name")
        last = _field(items, "last") if label == PER else pa.nulls(len(items), S)
        if label == PER:
            first, middle = _field(items, "first"), _field(items, "middle")
            parts = _map("person", lambda *p: "\x1e".join(str(x or "") for x in person_key(
                dict(zip(("name", "first", "middle", "last"), p)), "\x1d")),
                name, first, middle, last)
            kind = pa.nulls(len(items), S)
        else:
            first = middle = pa.nulls(len(items), S)
            kind = _field(items, "kind") if label == ORG else pa.nulls(len(items), S)
            keyer = org_key if label == ORG else loc_key
            parts = _map(label, lambda *p, keyer=keyer: "\x1e".join(
                str(x or "") for x in keyer(dict(zip(("name", "kind"), p)), "\x1d")), name, kind)
        split = pc.split_pattern(parts, "\x1e")
        key = pc.list_element(split, 0)
        key = _per_article(key, parent)  # a first name or a bare kind: keyed by its article
        if label == LOC:
            key = _in_text(key, items, parent, pc.list_parent_indices(col[group]), text,
                           col[group])
        else:
            key = _in_context(key, items, parent, pc.list_parent_indices(col[group]),
                              col["locations"], col[group]) if label == ORG else key
        resolve = pc.if_else(pc.equal(pc.list_element(split, 1), ""), pa.nulls(len(items), S),
                             pc.list_element(split, 1))
        item_mentions = _field(items, "mentions")
        entities.append(_batch("article_entities", {
            "article_id": parent, "type": _same(S, label, len(items)),
            "entity_no": no, "name": name, "kind": kind, "first": first, "middle": middle,
            "last": last, "key": key, "resolve": resolve,
            "match": pc.list_element(split, 2),
            "mentions": pc.fill_null(pc.list_value_length(item_mentions), 0)}))
        m_items, m_parent, _ = _flat(item_mentions, _positions(len(items)))
        m_text = _field(m_items, "text")
        mentions.append(_batch("mention_rows", {
            "article_id": parent.take(m_parent), "type": _same(S, label, len(m_items)),
            "entity_no": no.take(m_parent), "start": _field(m_items, "start"),
            "stop": _field(m_items, "stop"), "text": m_text,
            "form": _forms(label, m_text, name.take(m_parent), last.take(m_parent))}))
        if label == PER:
            r_items, r_parent, _ = _flat(_field(items, "roles"), _positions(len(items)))
            of = _field(r_items, "of")
            roles.append(_batch("role_rows", {
                "article_id": parent.take(r_parent), "entity_no": no.take(r_parent),
                "title": _field(r_items, "title"), "of": of,
                "of_match": _map("of", lambda o: org_name(o) or None, of),
                "text": _field(r_items, "text"),
                "start": _field(r_items, "start"), "stop": _field(r_items, "stop")}))
    out["article_entities"] = _concat("article_entities", entities)
    out["mention_rows"] = _concat("mention_rows", mentions)
    out["role_rows"] = _concat("role_rows", roles)
    for group, table_name, no_name in (("dates", "dates", "date_no"),
                                       ("amounts", "amount_rows", "amount_no"),
                                       ("sector_counts", "sector_counts", "count_no")):
        items, parent, no = _flat(col[group], aid)
        columns = {f.name: _field(items, f.name) for f in SCHEMAS[table_name]
                   if f.name in {c.name for c in items.type}}
        columns.update({"article_id": parent, no_name: no})
        unknown = [c.name for c in items.type if c.name not in KNOWN[table_name]]
        columns["extra"] = _extra(items, unknown)
        if group == "sector_counts":
            okved = _field(items, "okved")
            codes = _field(pc.list_flatten(okved), "code")
            columns["okved"] = pa.ListArray.from_arrays(okved.offsets, codes, mask=_empty(okved))
            columns["okved_sections"] = _sections(okved, codes)
        out[table_name] = _batch(table_name, columns)
    return out


def _in_text(key: pa.Array, items: pa.Array, aid: pa.Array, rows: pa.Array,
             text: pa.Array, locations: pa.Array) -> pa.Array:
    """Keys of places of several (:func:`keys.loc_needs_text`) as their article (its text and
    places) gives them, in Python for those places only."""
    if not len(items):
        return key
    names = _field(items, "name")
    needs = pc.equal(_map("loc?", lambda n: "1" if loc_needs_text(n) else "", names), "1")
    picked = pc.indices_nonzero(needs)
    if not len(picked):
        return key
    parents = rows.take(picked)
    keyed = [loc_key({"name": n, "mentions": m}, a, text=t, places=[
        place["name"] for place in p or () if place])[0] for n, m, a, t, p in zip(
        names.take(picked).to_pylist(), _field(items, "mentions").take(picked).to_pylist(),
        aid.take(picked).to_pylist(), text.take(parents).to_pylist(),
        locations.take(parents).to_pylist())]
    return pc.replace_with_mask(key, needs, pa.array(keyed, type=S))


def _in_context(key: pa.Array, items: pa.Array, aid: pa.Array, rows: pa.Array,
                locations: pa.Array, organizations: pa.Array) -> pa.Array:
    """Keys of kindless organizations of several bodies (:func:`keys.org_needs_context`) as
    their article's places and organizations give them, in Python for those only."""
    if not len(items):
        return key
    names, kinds = _field(items, "name"), _field(items, "kind")
    needs = pc.equal(_map("org?", lambda n: "1" if org_needs_context(n) else "", names), "1")
    picked = pc.indices_nonzero(needs)
    if not len(picked):
        return key
    parents = rows.take(picked)
    keyed = [org_key({"name": n, "kind": k}, a, context=[
        x["name"] for x in (p or []) + (o or []) if x])[0] for n, k, a, p, o in zip(
        names.take(picked).to_pylist(), kinds.take(picked).to_pylist(),
        aid.take(picked).to_pylist(), locations.take(parents).to_pylist(),
        organizations.take(parents).to_pylist())]
    return pc.replace_with_mask(key, needs, pa.array(keyed, type=S))


def _extra(items: pa.Array, unknown: list[str]) -> pa.Array:
    """Fields of facts this schema does not know, as JSON (as ``rows._extra`` gives them)."""
    if not unknown:
        return pa.nulls(len(items), S)
    values = pa.StructArray.from_arrays([_field(items, n) for n in unknown],
                                        names=unknown).to_pylist()
    out = []
    for value in values:
        kept = {k: v for k, v in value.items() if v is not None}
        out.append(json.dumps(kept, ensure_ascii=False) if kept else None)
    return pa.array(out, type=S)


def _empty(lists: pa.Array) -> pa.Array:
    """True where a list is null or empty (the slow path keeps no codes there: null)."""
    return pc.fill_null(pc.equal(pc.list_value_length(lists), 0), True)


def _sections(okved: pa.Array, codes: pa.Array) -> pa.Array:
    """The ОКВЭД sections of each count (as ``rows._okved`` gives them: an item's ``section``,
    else its code's; each once, in order; null where there are no items): the items' sections
    in Arrow, each distinct list of them made unique in Python once."""
    given = _field(pc.list_flatten(okved), "section")
    from_code = _map("okved", okved_section, codes)
    section = pc.fill_null(pc.if_else(pc.fill_null(pc.not_equal(given, ""), False), given,
                                      from_code), "")
    joined = pc.binary_join(pa.ListArray.from_arrays(okved.offsets, section), "\x1e")
    unique = _map("sections", _unique_sections, joined, type=pa.list_(S))
    return pc.if_else(_empty(okved), pa.nulls(len(okved), pa.list_(S)), unique)


def _unique_sections(joined: Optional[str]) -> list[str]:
    out: list[str] = []
    for section in (joined or "").split("\x1e"):
        if section and section not in out:
            out.append(section)
    return out


def _per_article(key: pa.Array, article: pa.Array) -> pa.Array:
    """Keys ``PER#:\\x1d:name`` (``ORG#:...``) made ``PER#:<article id>:name``."""
    marked = pc.match_substring(key, "\x1d")
    if not pc.any(marked).as_py():
        return key
    pieces = pc.split_pattern(key, "\x1d", max_splits=1)
    joined = pc.binary_join_element_wise(pc.list_element(pc.if_else(
        marked, pieces, _same(pieces.type, ["", ""], len(key))), 0),
        article, pc.list_element(pc.if_else(marked, pieces, _same(
            pieces.type, ["", ""], len(key))), 1), "")
    return pc.if_else(marked, joined, key)


def _concat(name: str, batches: list[pa.RecordBatch]) -> pa.RecordBatch:
    table = pa.Table.from_batches(batches, schema=SCHEMAS[name]).combine_chunks()
    return table.to_batches()[0] if table.num_rows else pa.RecordBatch.from_pylist(
        [], schema=SCHEMAS[name])
