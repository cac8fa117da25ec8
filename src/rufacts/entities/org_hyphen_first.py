"""A hyphenated name whose first part alone declines: "«Асканией-Нова»" -> "Аскания-Нова",
"Марией-Луизой" is no such name (both parts decline together, left to the other readers).

The first part is a dictionary noun with singular readings in oblique cases only (no nominative:
"Асканией"), and the rest has no noun or full adjective reading in any of those cases ("Нова", a
short adjective; not "Банку" after "Альфа", which also reads as a nominative): the first part goes to
its nominative singular, the rest stands as written.

Read by :func:`rufacts.entities.normal.normalize_words`.
"""
from __future__ import annotations

from ..grammars.morph import Morph, restore_case


def declined_first(morph: Morph, word: str) -> str | None:
    """``word`` with its first part in the nominative; None where the rule does not hold."""
    first, _, rest = word.partition("-")
    if not rest or "-" in rest or not first.isalpha() or not rest.isalpha() or not first[:1].isupper() \
            or morph.is_known(word.lower()) or not morph.is_known(first.lower()):
        return None
    parses = [p for p in morph.parse(first) if p.tag.POS == "NOUN"]
    if not parses or any(p.tag.case == "nomn" or p.tag.number != "sing" for p in parses):
        return None
    cases = {p.tag.case for p in parses}
    if any(p.tag.POS in ("NOUN", "ADJF") and p.tag.case in cases for p in morph.parse(rest)):
        return None
    nominative = parses[0].inflect({"nomn", "sing"})
    return restore_case(first, nominative.word) + "-" + rest if nominative else None
