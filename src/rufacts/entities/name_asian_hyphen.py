"""A given name written with a hyphen after an East Asian family name: Taiwanese and Hong Kong
spelling ("Ван Цзинь-пин", "Ли Ка-шин"), Korean ("Сон Хын-мин", "Ким Мин-джэ").

The family name comes first and stays first (docs/gold-conventions.md: ``last`` the family name,
``first`` the rest); each part of the given name is one syllable of an inventory
(name_asian_syllables), and only the last part declines, where it ends in a consonant, like the last
syllable of a joined given name ("Сон Хын-мина", "Ли Кан-ину", "Ся Ли-янем" -> Хын-мин, Кан-ин,
Ли-янь). A last part that stays a syllable only as written is not declined: a woman's name or one
ending in a vowel ("Сяо Мэй-цинь", "Ким Ён-а", "Кэ Вэнь-чжэ"). A hyphenated word of other parts
("Ли Жан-Пьер") is no such name. Used by :func:`rufacts.entities.names_asian.asian_name`.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from .name_asian_syllables import is_syllable


def hyphen_given(words: Sequence[str], nominative: Callable[[str], str]) -> Optional[str]:
    """The given name in the nominative of a two-word name whose second word is hyphenated
    syllables ("Хын-мина" -> "Хын-мин"), else None; ``nominative`` reads a joined given name in the
    nominative (names_asian.given_nominative). The family name is checked by the caller."""
    if len(words) != 2 or words[1].count("-") != 1:
        return None
    head, tail = words[1].split("-")
    if not (head[:1].isupper() and head.isalpha() and tail.isalpha() and len(tail) > 0) or not is_syllable(head):
        return None
    joined = nominative(head + tail.lower())
    declined = joined[len(head):] if joined[:len(head)].lower() == head.lower() else ""
    if declined and declined != tail.lower() and is_syllable(declined):
        return f"{head}-{tail[:1]}{declined[1:]}"  # "Хын-мина" -> "Хын-мин" (a capital after the hyphen kept)
    return words[1] if is_syllable(tail) else None
