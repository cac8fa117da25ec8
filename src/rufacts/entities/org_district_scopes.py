"""A body's district after "по" is part of its name: "Окружного суда США" + "по Южному округу Флориды",
"Федерального окружного суда" + "по Южному округу Нью-Йорка", "Окружного суда" + "по округу Колумбия".
Courts, prosecutors and electoral bodies are named by the district they serve; the tagger stops
before the "по" where the name is in an oblique case.

An organization's span that ends right before "по", then up to two adjectives in the dative, the
noun "округу" and a capitalized place (a span of its own, or one capitalized word the tagger passed
by: "Колумбия"), grows to the place's end; the place inside gives way to it. Candidates are found by
the doc's word index ("округу"). Read by :func:`rufacts.entities.org_open_tails.open_tails`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_words import lower_positions

DISTRICT = "округу"
MAX_ADJECTIVES = 2  # "по Южному округу", "по Северному избирательному округу"


def _place_end(doc: Doc, k: int, starts: dict[int, Span]) -> int | None:
    """End of the capitalized place at ``doc[k]``, or None."""
    if k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].text.replace("-", "").isalpha():
        return None
    place = starts.get(k)
    if place is not None:
        return place.end if place.label_ == "LOC" else None
    return k + 1


def district_scopes(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization name closed before its "по ... округу <place>" grown over it."""
    positions = lower_positions(doc, (DISTRICT,))
    if not positions:
        return spans
    ends = {s.end: s for s in spans if s.label_ == "ORG"}
    starts = {s.start: s for s in spans}
    grown: dict[int, int] = {}  # the span's start -> its new end
    for p in positions:
        q = p
        while q > 0 and p - q < MAX_ADJECTIVES and doc[q - 1].pos_ == "ADJ" and "Dat" in doc[q - 1].morph.get("Case"):
            q -= 1
        if q < 2 or doc[q - 1].lower_ != "по" or (org := ends.get(q - 1)) is None:
            continue
        end = _place_end(doc, p + 1, starts)
        if end is not None:
            grown[org.start] = end
    if not grown:
        return spans
    out = []
    for s in spans:
        if s.label_ == "ORG" and s.start in grown and grown[s.start] > s.end:
            out.append(Span(doc, s.start, grown[s.start], label="ORG"))
        elif not any(start < s.start and s.end <= end for start, end in grown.items()):
            out.append(s)  # (a place inside the grown name gives way)
    return sorted(out, key=lambda s: (s.start, -s.end))
