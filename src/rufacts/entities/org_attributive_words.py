"""Names with an indeclinable attributive word written apart between an adjective and the head noun:
"«Национальной медиа группой»" -> Национальная медиа группа, "«Первой интернет компании»" -> Первая
интернет компания, "«Северное медиа агентство»" stays neuter. The word (``lexicons/org_attributive_words.txt``:
"медиа", "интернет", "бизнес", "шоу") is the first part of a compound written as two words; the
adjective before it agrees with the noun after it, so that noun is the head. Without the word the name
is normalized as usual, and the word is put back as written.

Read by :func:`rufacts.entities.normal.normalize_words`.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..grammars.morph import Morph
from ..lexicons import load_list

ADJ = {"ADJF", "PRTF"}


def _agree(morph: Morph, adjective: str, noun: str) -> bool:
    """``adjective`` has a reading agreeing with a noun reading of ``noun`` in case, number and gender."""
    nouns = [p.tag for p in morph.parse(noun) if p.tag.POS == "NOUN"]
    return any(a.tag.case == n.case and a.tag.number == n.number
               and (n.number == "plur" or a.tag.gender == n.gender or n.gender is None)
               for a in morph.parse(adjective) if a.tag.POS in ADJ for n in nouns)


def attributive_nominative(morph: Morph, words: Sequence[str],
                           normalize: Callable[[list[str]], list[str]]) -> list[str] | None:
    """``words`` normalized around their attributive word, or None where they have none."""
    attributive = load_list("org_attributive_words.txt")
    k = next((i for i in range(1, len(words) - 1) if words[i].lower() in attributive), None)
    if k is None or not words[k + 1].isalpha() or not words[k - 1].replace("-", "").isalpha():
        return None
    if words[k + 1].lower() in attributive or not _agree(morph, words[k - 1], words[k + 1]):
        return None  # (not "«Сбер медиа»", nor a noun of another gender: "Первый интернет-магазин")
    rest = normalize([*words[:k], *words[k + 1:]])
    if len(rest) != len(words) - 1:
        return None
    return [*rest[:k], words[k], *rest[k:]]
