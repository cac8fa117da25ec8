"""A ministry named in lower case by its remit and its country: "прошли в министерстве торговли,
промышленности и конкуренции ЮАР", "представители министерства сельского хозяйства, рыболовства и
водных ресурсов Омана". The tagger finds "министерстве торговли и промышленности ЮАР" but loses the
name where commas list the remit's fields; the head (``lexicons/listed_remit_heads.txt``), the
lower-case genitive run after it (commas and "и" between its nouns:
:func:`rufacts.entities.org_country_ministries.genitive_run_end`) and a place span right after it
(the state whose ministry it is: docs/gold-conventions.md, the place it represents is part of the
name) are one organization. Only where no organization span touches the head or the remit (a
span of the tagger's stands), and not after a capitalized word (a country's adjective is
:mod:`.org_country_ministries`'). The place keeps its own span. Read by
:mod:`rufacts.entities.span_passes` after :mod:`.org_country_ministries`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_words
from .geo import lemma_positions
from .org_country_ministries import genitive_run_end

PLACE_LABELS = ("LOC", "GPE")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_words("listed_remit_heads.txt")


def listed_remits(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each lower-case ministry, its remit and its country."""
    hits = lemma_positions(doc, _heads().__contains__)
    if not hits:
        return spans
    found = []
    for i in hits:
        head = doc[i]
        if not head.is_lower or head.pos_ != "NOUN" or head.morph.get("Number") == ["Plur"]:
            continue
        end = genitive_run_end(doc, i)
        if end == i + 1 or end >= len(doc):
            continue
        place = next((s for s in spans if s.start == end and s.label_ in PLACE_LABELS), None)
        if place is None or not doc[end].text[:1].isupper():
            continue
        if any(s.label_ == "ORG" and s.start < place.end and i < s.end for s in spans) \
                or any(s.label_ not in PLACE_LABELS and s.start < end and i <= s.start for s in spans):
            continue
        found.append(Span(doc, i, place.end, label="ORG"))
    if not found:
        return spans
    return sorted(spans + found, key=lambda s: (s.start, -s.end))
