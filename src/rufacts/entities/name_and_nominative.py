"""A name after a plural verb and before "и" and a noun for a person that can only be a nominative is
the nominative too: "Протокол подписали А. В. Сорокина и представитель министерства", "Акт подписали
Е. Н. Лаптева и глава сельсовета". The two are the verb's subject together (a plural verb), so a
woman's surname in -а (Сорокина) is her nominative, not a man's accusative, which would have the
noun after "и" in the accusative too ("представителя", "главу"). The noun counts where every reading
the dictionary has of it as an animate singular noun is the nominative; adjectives may stand before
it ("и главный инженер"). Read by :func:`rufacts.entities.name_list_nominative.listed_with_nominative`.
"""
from __future__ import annotations

from .doc_words import morph_values

NOMINATIVE = frozenset({"nomn"})
MAX_ADJECTIVES = 2


def _initial_dot(doc, i: int) -> bool:
    return 0 < i < len(doc) and doc[i].text == "." and len(doc[i - 1].text) == 1 and doc[i - 1].text.isupper()


def nominative_noun_after(span, morph) -> frozenset[str]:
    """{"nomn"} for a name between a plural verb and "и" + a nominative-only animate noun; empty else."""
    doc = span.doc
    if span.start == 0:
        return frozenset()
    before = doc[span.start - 1]
    if before.pos_ not in ("VERB", "AUX") or "Plur" not in morph_values(before, "Number"):
        return frozenset()
    i = span.end + _initial_dot(doc, span.end)
    if i >= len(doc) or doc[i].lower_ != "и":
        return frozenset()
    j = i + 1
    while j < len(doc) and j - i <= MAX_ADJECTIVES and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    if j >= len(doc) or doc[j].pos_ != "NOUN" or not doc[j].is_lower:
        return frozenset()
    nouns = [p for p in morph.parse(doc[j].text) if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes
             and "sing" in p.tag.grammemes]
    if not nouns or any(p.tag.case != "nomn" for p in nouns):
        return frozenset()
    return NOMINATIVE
