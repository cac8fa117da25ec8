"""A one-word name in Latin letters right after a country's or a city's adjective is a company,
not a person: "Южноафриканской Sasol грозит штраф", "с норвежской Equinor". The press writes a
foreign company's own name in Latin letters after the adjective of its country (the noun
"компания" understood, as the adjective's gender shows); a foreign person's name it transliterates
("американский актёр Джон Смит"). The tagger's one-word person there becomes an organization.
(NEREL train and factRuEval dev: every such word after a place's adjective is an organization.)

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .geo import place_of


def latin_after_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each such one-word person an ORG span."""
    changed = False
    out = []
    for s in spans:
        word = s[0]
        if s.label_ == "PER" and len(s) == 1 and s.start > 0 and word.is_alpha and word.text.isascii() \
                and word.text[:1].isupper() and place_of(doc[s.start - 1]) \
                and not (s.end < len(doc) and doc[s.end].text[:1].isupper() and doc[s.end].is_alpha):
            s = Span(doc, s.start, s.end, label="ORG")
            changed = True
        out.append(s)
    return out if changed else spans
