"""A region's body named by a long field and the region: "Фонд капитального ремонта
многоквартирных домов Тверской области объявил торги", "в Фонде капитального ремонта общего
имущества многоквартирных домов Курской области". The tagger keeps such a name while the field is
short ("Фонд капитального ремонта Тверской области") and loses it, or stops at the field
(:mod:`.org_capital_heads` takes four genitive words), where the field runs longer. A capitalized
head of ``lexicons/region_field_heads.txt`` (singular; at a sentence's opening too), the
lower-case genitive run of its field (commas and "и" between its nouns; a genitive by the
tagger or the dictionary) and a place span right after it
whose words are in the genitive are one organization (docs/gold-conventions.md: the place a body
serves is part of its name); the place keeps its own span. Not after a capitalized adjective
(the tagger's name goes on there) and not where a span other than the head's ORG spans covers the
field or crosses the phrase's edge. Read by :mod:`rufacts.entities.span_passes` with the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_words
from .doc_words import case_reading, morph_values
from .geo import lemma_positions

MAX_FIELD = 10  # "капитального ремонта общего имущества многоквартирных домов"
PLACE_LABELS = ("LOC", "GPE")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_words("region_field_heads.txt")


def _genitive(token) -> bool:
    """A genitive by the tagger or, where the tagger read another case, by the dictionary (the
    tagger reads "многоквартирных" of "многоквартирных домов" as a locative)."""
    return case_reading(token, "Gen", ("gent",))


def _field_end(doc: Doc, i: int) -> int:
    """End of the lower-case genitive words after the head at ``i``, ending in a noun, "и" or a
    comma between a noun and another genitive word."""
    stop, end = i + 1, i + 1
    while stop < len(doc) and stop - i <= MAX_FIELD:
        token = doc[stop]
        if token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ") and _genitive(token):
            stop += 1
            if token.pos_ == "NOUN":
                end = stop
        elif token.text in (",", "и") and doc[stop - 1].pos_ == "NOUN" and stop + 1 < len(doc) \
                and doc[stop + 1].is_lower and doc[stop + 1].is_alpha and _genitive(doc[stop + 1]):
            stop += 1
        else:
            break
    return end


def region_fields(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each region's body named by a long field and the region."""
    hits = lemma_positions(doc, _heads().__contains__)
    if not hits:
        return spans
    found = []
    for i in hits:
        head = doc[i]
        if not head.is_title or head.pos_ not in ("NOUN", "PROPN") or "Sing" not in morph_values(head, "Number") \
                or i and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ in ("ADJ", "PROPN") and not head.is_sent_start:
            continue
        end = _field_end(doc, i)
        if end == i + 1 or end >= len(doc):
            continue
        place = next((s for s in spans if s.start == end and s.label_ in PLACE_LABELS), None)
        if place is None or not all(t.is_alpha and _genitive(t) for t in place) \
                or not doc[end].text[:1].isupper():
            continue
        inner = [s for s in spans if s.start < place.end and i < s.end and s is not place]
        if any(s.label_ != "ORG" or s.start != i or s.end > end for s in inner):
            continue  # a person or a place in the field, or a span of the tagger's across the edge
        if any(s.label_ == "ORG" and s.start == i and s.end == place.end for s in spans):
            continue  # the tagger's name as it is
        found.append((Span(doc, i, place.end, label="ORG"), inner))
    if not found:
        return spans
    dropped = {(s.start, s.end, s.label_) for _, inner in found for s in inner}
    kept = [s for s in spans if (s.start, s.end, s.label_) not in dropped]
    return sorted(kept + [span for span, _ in found], key=lambda s: (s.start, -s.end))
