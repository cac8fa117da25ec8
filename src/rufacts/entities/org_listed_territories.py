"""A body's territory named by region adjectives listed with commas before one plural region noun
(orgunits47): "Управление Россельхознадзора по Ростовской, Волгоградской и Астраханской областям и
Республике Калмыкия". The remit grammar (:func:`.bodies.grow_complements`) reads "и" between like
words and the places' spans, and stops at the first comma, leaving "... по Ростовской"; the adjectives
coordinated before a plural region noun all belong to it, and the remit with them
(docs/gold-conventions.md: a unit keeps the territory it serves).

An ORG span ending in "по" and capitalized adjectives (the first of the territory's list), then ", "
and a capitalized adjective, any number of times, then "и", a capitalized adjective and a region's
noun in the dative plural (:data:`.bodies.TERRITORIES`: "областям", "краям", "районам"), is grown to
that noun; and over "и" and a place's span in the dative right after it ("и Республике Калмыкия",
"и Еврейской автономной области"). The places inside keep their spans. Read by :mod:`.span_passes`
among the last passes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from .bodies import TERRITORIES

PLACE_LABELS = ("LOC", "GPE")
MAX_ADJECTIVES = 3  # the words after "по" inside the span: "Северо-Кавказскому", "Ростовской"


def _adjective(token: Token) -> bool:
    return token.pos_ in ("ADJ", "PROPN") and token.text[:1].isupper() and token.text.replace("-", "").isalpha()


def _plural_territory(token: Token) -> bool:
    return token.is_lower and any(p.tag.case == "datv" and p.tag.number == "plur" and p.normal_form in TERRITORIES
                                  for p in get_morph().parse(token.lower_))


def _dative(token: Token) -> bool:
    return any(p.tag.case == "datv" for p in get_morph().parse(token.lower_))


def _listed_end(doc: Doc, span: Span, places: dict[int, Span]) -> int | None:
    """End of the listed territory after ``span``, or None."""
    e = span.end
    if e + 2 >= len(doc) or doc[e].text != "," or not _adjective(span[-1]):
        return None
    k = e - 1
    while k > span.start and e - k <= MAX_ADJECTIVES and _adjective(doc[k - 1]):
        k -= 1
    if doc[k - 1].lower_ != "по" or k - 1 < span.start:
        return None
    while e + 1 < len(doc) and doc[e].text == "," and _adjective(doc[e + 1]):
        e += 2
    if e + 2 >= len(doc) or doc[e].lower_ != "и" or not _adjective(doc[e + 1]) or not _plural_territory(doc[e + 2]):
        return None
    end = e + 3
    place = places.get(end + 1)
    if end < len(doc) and doc[end].lower_ == "и" and place is not None and _dative(place[0]):
        end = place.end  # "и Республике Калмыкия"
    return end


def listed_territories(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a body's territory grown over region adjectives listed before their plural noun."""
    if not any(t.text == "," for t in doc):
        return spans
    places = {s.start: s for s in spans if s.label_ in PLACE_LABELS}
    out, changed = [], False
    for s in spans:
        if s.label_ == "ORG" and len(s) >= 3:
            end = _listed_end(doc, s, places)
            if end is not None:
                s = Span(doc, s.start, end, label="ORG")
                changed = True
        out.append(s)
    return out if changed else spans
