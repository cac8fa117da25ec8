"""From a processed spaCy ``Doc`` to the JSON-ready :class:`Article` record."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from dataclasses import fields, replace

from .doc_text import OFFSETS, SOURCE, doc_text
from ..facts import Amount, Article, DateFact, OkvedCode, Record, SectorCount
from ..grammars.date_resolve import resolve
from ..grammars.relative_dates import parse_anchor


def _parts(value: str | None) -> tuple:
    """(year, month, day) of an ISO point ("2015-12-11", "2015", "--12-11")."""
    if not value or "W" in value:
        return (None, None, None)
    value = value.split("T")[0]  # "2015-12-11T14:05"
    if value.startswith("--"):
        items = [int(x) for x in value[2:].split("-")]
        return (None, items[0], items[1] if len(items) > 1 else None)
    items = [int(x) for x in value.split("-")]
    return tuple(items + [None] * (3 - len(items)))


def doc_dates(doc: Doc, published: object = None) -> tuple[DateFact, ...]:
    """Dates of the doc. A relative one ("вчера") is resolved against ``published`` (an
    ISO date) and kept as kind "relative" without a value where there is none; a missing
    year comes from the nearest earlier date of the text, else from ``published``."""
    if "dates" not in doc.spans:
        return ()
    anchor = parse_anchor(published)
    facts = []
    previous = None  # (year, month, day) of the latest date written with its year
    for span in doc.spans["dates"]:
        v = span._.rufacts_date
        r = resolve(v, anchor, previous)
        ymd = _parts(r.begin) if r.kind == "point" else (None, None, None)
        facts.append(DateFact(v.start, v.stop, v.text, r.value, *ymd, kind=r.kind,
                              begin=r.begin, end=r.end, precision=r.precision, part=v.part,
                              anchor=r.anchor))
        explicit = v.shift is None and r.anchor is None and r.kind != "frequency"  # the year is in the text
        point = _parts(r.begin or r.end) if explicit else (None, None, None)
        if point[0] is not None:
            previous = point
    return tuple(facts)


_ISO_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "TH", "minute": "TM"}


def iso_duration(value, unit: str | None) -> str | None:
    """ISO 8601 duration of a value in a unit: 3 year -> "P3Y", 40 minute -> "PT40M"."""
    code = _ISO_UNIT.get(unit or "")
    if value is None or code is None:
        return None
    number = format(value.normalize(), "f") if hasattr(value, "normalize") else str(value)
    return f"PT{number}{code[1]}" if code.startswith("T") else f"P{number}{code}"


def doc_amounts(doc: Doc) -> tuple[Amount, ...]:
    if "amounts" not in doc.spans:
        return ()
    return tuple(Amount(v.start, v.stop, v.text, v.kind, v.value, v.unit, v.qualifier,
                        v.value_min, v.value_max,
                        iso_duration(v.value, v.unit) if v.kind == "duration" else None)
                 for v in (span._.rufacts_amount for span in doc.spans["amounts"]))


def doc_sector_counts(doc: Doc) -> tuple[SectorCount, ...]:
    if "sector_counts" not in doc.spans:
        return ()
    return tuple(SectorCount(v.start, v.stop, v.text, v.count, v.object, v.sector, v.total,
                             tuple(OkvedCode(o.code, o.name, o.section) for o in v.okved),
                             v.qualifier)
                 for v in (span._.rufacts_sector_count for span in doc.spans["sector_counts"]))


def _as_written(record: Record, source: str, text: str, offsets: list[int] | None) -> Record:
    """``record`` with every fact's ``start``/``stop`` moved to the input (``offsets``: the input
    offset of each character of the doc's ``text``, where the doc read some spaces as one) and
    its ``text``, where it is ``text[start:stop]``, sliced from ``source`` (the input the doc
    read with plain single spaces: a no-break space stays in a mention's text)."""
    changes = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, tuple) and value and isinstance(value[0], Record):
            changes[f.name] = tuple(_as_written(v, source, text, offsets) for v in value)
    start, stop = getattr(record, "start", None), getattr(record, "stop", None)
    if isinstance(start, int) and isinstance(stop, int) and 0 <= start <= stop <= len(text):
        begin, end = (offsets[start], offsets[stop - 1] + 1 if stop > start else offsets[start]) \
            if offsets else (start, stop)
        if getattr(record, "text", None) == text[start:stop]:
            changes["text"] = source[begin:end]
        if offsets:
            changes.update(start=begin, stop=end)
    return replace(record, **changes) if changes else record


def doc_to_article(doc: Doc, id: str = "", meta: dict[str, Any] | None = None) -> Article:
    source = doc.user_data.get(SOURCE)
    article = _article(doc, id, meta)
    if not source:
        return article
    return replace(_as_written(article, source, doc_text(doc), doc.user_data.get(OFFSETS)), text=source)


def _article(doc: Doc, id: str, meta: dict[str, Any] | None) -> Article:
    return Article(
        id=id,
        text=doc_text(doc),
        meta=dict(meta or {}),
        persons=tuple(doc._.rufacts_persons or ()),
        organizations=tuple(doc._.rufacts_organizations or ()),
        locations=tuple(doc._.rufacts_locations or ()),
        dates=doc_dates(doc, (meta or {}).get("published")),
        amounts=doc_amounts(doc),
        sector_counts=doc_sector_counts(doc),
    )
