"""From a processed spaCy ``Doc`` to the JSON-ready :class:`Article` record."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..facts import Amount, Article, DateFact, OkvedCode, SectorCount
from ..grammars.dates import DateValue
from ..grammars.relative_dates import RelativeDate, parse_anchor


def doc_dates(doc: Doc, published: object = None) -> tuple[DateFact, ...]:
    """Dates of the doc; relative ones ("вчера") are resolved against ``published``
    (an ISO date) and left out where there is none."""
    if "dates" not in doc.spans:
        return ()
    anchor = parse_anchor(published)
    facts = []
    for span in doc.spans["dates"]:
        v = span._.rufacts_date
        if isinstance(v, RelativeDate):
            if anchor is None:
                continue
            year, month, day = v.resolve(anchor)
            value = DateValue(v.start, v.stop, v.text, year, month, day).value
            facts.append(DateFact(v.start, v.stop, v.text, value, year, month, day))
        else:
            facts.append(DateFact(v.start, v.stop, v.text, v.value, v.year, v.month, v.day))
    return tuple(facts)


def doc_amounts(doc: Doc) -> tuple[Amount, ...]:
    if "amounts" not in doc.spans:
        return ()
    return tuple(Amount(v.start, v.stop, v.text, v.kind, v.value, v.unit, v.qualifier,
                        v.value_min, v.value_max)
                 for v in (span._.rufacts_amount for span in doc.spans["amounts"]))


def doc_sector_counts(doc: Doc) -> tuple[SectorCount, ...]:
    if "sector_counts" not in doc.spans:
        return ()
    return tuple(SectorCount(v.start, v.stop, v.text, v.count, v.object, v.sector, v.total,
                             tuple(OkvedCode(o.code, o.name, o.section) for o in v.okved),
                             v.qualifier)
                 for v in (span._.rufacts_sector_count for span in doc.spans["sector_counts"]))


def doc_to_article(doc: Doc, id: str = "", meta: dict[str, Any] | None = None) -> Article:
    return Article(
        id=id,
        text=doc.text,
        meta=dict(meta or {}),
        persons=tuple(doc._.rufacts_persons or ()),
        organizations=tuple(doc._.rufacts_organizations or ()),
        locations=tuple(doc._.rufacts_locations or ()),
        dates=doc_dates(doc, (meta or {}).get("published")),
        amounts=doc_amounts(doc),
        sector_counts=doc_sector_counts(doc),
    )
