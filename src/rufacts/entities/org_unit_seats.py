"""A lower-case unit named by its remit or field takes the district or see after it (orgextent45).

"представлявший в суде комитет по управлению муниципальным имуществом Ковровского района",
"руководитель отдела социального служения Сарапульской епархии": the unit's span (its head a
lower-case noun of ``lexicons/org_unit_seat_heads.txt``, with words after the head) stops where the
tagger's span of the district (LOC) or the diocese (ORG) begins. The convention
(docs/gold-conventions.md, "отдел опеки Кировского района") writes the district the unit serves
into its name: a place or body span right after the unit, in the genitive (the tagger's case or
the analyzer's reading of its first word), ending in a noun of ``lexicons/org_unit_seat_kinds.txt``
("района", "епархии"), joins it. A place keeps its own span; a diocese the tagger typed as a body
is inside the unit's name and no second body.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import case_reading

LABELS = ("LOC", "GPE", "ORG")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_list("org_unit_seat_heads.txt")


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return load_list("org_unit_seat_kinds.txt")


def _genitive(span: Span) -> bool:
    return case_reading(span[0], "Gen", ("gent",))


def _unit(span: Span) -> bool:
    head = span[0]
    return span.label_ == "ORG" and len(span) > 1 and head.is_lower and head.pos_ == "NOUN" \
        and folded_lemma(head) in _heads() and not any(folded_lemma(t) in _kinds() for t in span)


def unit_seats(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each lower-case unit grown over the district or see after it (see the module)."""
    units = [s for s in spans if _unit(s)]
    if not units:
        return spans
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    grown, dropped = {}, set()
    for unit in units:
        seat = max((s for s in starts.get(unit.end, ()) if s.label_ in LABELS), key=len, default=None)
        if seat is None or not seat[0].is_title or folded_lemma(seat[-1]) not in _kinds() \
                or not _genitive(seat) or any(s.start < unit.end < s.end for s in spans):
            continue
        grown[(unit.start, unit.end)] = Span(doc, unit.start, seat.end, label="ORG")
        if seat.label_ == "ORG":
            dropped.add((seat.start, seat.end))
    if not grown:
        return spans
    out = [grown.get((s.start, s.end), s) for s in spans if (s.start, s.end) not in dropped or s.label_ != "ORG"]
    return sorted(out, key=lambda s: (s.start, -s.end))
