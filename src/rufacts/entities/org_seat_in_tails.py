"""A body whose official name ends in "в" + its region (orgextent45).

The Rospotrebnadzor centres are named "Центр гигиены и эпидемиологии в Новосибирской области"
(not "по"): the region after "в" is the name's, not the place of the event. A body span ending in a
word of ``lexicons/org_seat_in_tails.txt``, then "в" and a place span (LOC/GPE) right after it whose
first word is locative (the tagger or the analyzer), is one organization; the place keeps its span.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .doc_words import case_reading

PLACES = ("LOC", "GPE")


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    return load_list("org_seat_in_tails.txt")


def _locative(token) -> bool:
    return case_reading(token, "Loc", ("loct", "loc2"))


def seat_in_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each listed body grown over "в" + its region (see the module)."""
    endings = _endings()
    bodies = [s for s in spans if s.label_ == "ORG" and s[-1].lower_ in endings
              and s.end + 1 < len(doc) and doc[s.end].lower_ == "в"]
    if not bodies:
        return spans
    places = {s.start: s for s in spans if s.label_ in PLACES}
    grown = {}
    for body in bodies:
        place = places.get(body.end + 1)
        if place is None or not _locative(place[0]) or any(s.start <= body.end < s.end for s in spans):
            continue
        grown[(body.start, body.end)] = Span(doc, body.start, place.end, label="ORG")
    if not grown:
        return spans
    out = [grown.get((s.start, s.end), s) for s in spans]
    return sorted(out, key=lambda s: (s.start, -s.end))
