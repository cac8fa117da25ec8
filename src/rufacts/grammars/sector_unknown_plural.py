"""The nominative plural of a counted product pymorphy3 does not know (issue 11, ninth
session, w87): "производителей пеллет" -> "пеллеты", "поставщиков снеков" -> "снеки".

pymorphy3 guesses an unknown word from a known word's ending, which can be another lexeme
altogether ("пеллет" as the genitive plural of "пелгод", like "лет" of "год"; "снеков" as a
possessive adjective). In a genitive sector phrase an unknown lower-case noun that ends in
"-ов"/"-ев" or in a hard consonant is read as a genitive plural of the first or second
declension, and its nominative plural is built by the spelling rule (-ы, -и after к, г, х,
ж, ш, ч, щ). Words the dictionary knows keep pymorphy3's reading.

A plural adjective standing alone for its noun is read the same way: "выращивают
осетровых" -> "осетровые", "занимаются масличными" -> "масличные" (:func:`adjective_plural`).
"""
from __future__ import annotations

import re
from typing import Optional

from .letters import CONSONANTS, VELARS_AND_HUSHING

_WORD = re.compile(r"^[а-яё]{5,}$")


def unknown_plural(morph, word: str, case: Optional[str]) -> Optional[str]:
    """The nominative plural of ``word`` (a genitive plural head of a sector phrase) when
    pymorphy3 does not know the word; None where the rule does not apply."""
    if case != "gent" or not _WORD.match(word) or morph.is_known(word):
        return None
    if not any(p.tag.POS == "NOUN" and "plur" in p.tag for p in morph.parse(word)) and \
            not word.endswith(("ов", "ев")):
        return None
    stem = word[:-2] if word.endswith(("ов", "ев")) else word
    if stem[-1] not in CONSONANTS:
        return None
    return stem + ("и" if stem[-1] in VELARS_AND_HUSHING else "ы")


def adjective_plural(morph, word: str, case: Optional[str]) -> Optional[str]:
    """The nominative plural of a lone lower-case plural adjective in ``case`` that has no
    noun reading ("осетровых" -> "осетровые"); None otherwise."""
    if not case or case == "nomn" or not word.isalpha() or not word.islower():
        return None
    parses = morph.parse(word)
    if any(p.tag.POS == "NOUN" for p in parses):
        return None
    adjective = next((p for p in parses if p.tag.POS == "ADJF" and "plur" in p.tag
                      and p.tag.case == case), None)
    if adjective is None:
        return None
    form = adjective.inflect({"plur", "nomn"})
    return form.word if form else None


__all__ = ["adjective_plural", "unknown_plural"]
