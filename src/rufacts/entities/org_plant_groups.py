"""A group of power plants run as one company: "Каскадом Вилюйских ГЭС за год выработано",
"на Каскаде Кубанских ГЭС", "Каскад Верхневолжских ГЭС увеличил выработку". A capitalized head of
``lexicons/plant_group_heads.txt`` (каскад), the plants' place adjectives in the genitive plural
and their acronym (``lexicons/plant_group_members.txt``: ГЭС, ГРЭС) are one organization; the
tagger misses the head in an oblique case, reads it as a place ("Каскаде") or leaves it out
("Кубанских ГЭС"). Spans inside the phrase give way; a span that starts before it stands.
Read by :mod:`rufacts.entities.span_passes` with the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list, load_words
from .doc_words import morph_values
from .geo import lemma_positions

MAX_ADJECTIVES = 3  # "Нижне-Свирской и Верхне-Свирской" is beyond this rule: one or two adjectives


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_words("plant_group_heads.txt")


@lru_cache(maxsize=1)
def _members() -> frozenset[str]:
    return frozenset(load_list("plant_group_members.txt"))


def _plural_genitive_adjective(token) -> bool:
    return token.is_alpha and token.pos_ == "ADJ" and "Gen" in morph_values(token, "Case") \
        and "Plur" in morph_values(token, "Number")


def plant_groups(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each group of plants as one ORG span, the spans inside it given way."""
    hits = lemma_positions(doc, _heads().__contains__)
    if not hits:
        return spans
    found = []
    for i in hits:
        if not doc[i].is_title or doc[i].pos_ not in ("NOUN", "PROPN"):
            continue
        j = i + 1
        while j < len(doc) and j - i <= MAX_ADJECTIVES and _plural_genitive_adjective(doc[j]):
            j += 1
        if j == i + 1 or j >= len(doc) or doc[j].text.lower() not in _members() or not doc[j].text.isupper() or not doc[i + 1].text[:1].isupper():
            continue
        end = j + 1
        if any(s.start < i < s.end or s.start < end < s.end for s in spans):
            continue  # a span across the phrase's edge stands
        found.append(Span(doc, i, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
