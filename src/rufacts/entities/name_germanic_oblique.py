"""A German, Scandinavian or Dutch surname of a compound ending (-берг, -ман, -штейн, -фельд ...:
``lexicons/name_germanic_surname_ends.txt``, without the bare -ер) in an oblique case ("Нюбергу",
"Хенгстбергом", "Линдеманом") is the case of that consonant stem: no Portuguese surname in -у stood as
written, and no surname whose nominative the first name's people could not have. A first name that
several peoples share (Лукас, Эрик, Фабиан: Portuguese too) says nothing against it, so the surname's
own ending decides: "Благодаря Эрику Нюбергу" is Эрик Нюберг, "созданный Лукасом Хенгстбергом" Лукас
Хенгстберг. Read by :func:`rufacts.entities.name_lusophone.keep_u` and
:func:`rufacts.entities.name_origins.origin_readings`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list

CASE_ENDS = ("а", "у", "ом", "е")  # the oblique endings of a man's consonant stem
MIN_STEM = 5  # letters of the nominative: "Нюберг", not a short word ("Берга" of a Берг alone stays)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    ends = sorted((e for e in load_list("name_germanic_surname_ends.txt") if len(e) >= 3), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(ends)})(?:{'|'.join(CASE_ENDS)})$")


def germanic_oblique(word: str) -> bool:
    """``word`` reads as an oblique case of a Germanic compound surname ("Нюбергу", "Хенгстбергом")."""
    low = word.lower().replace("ё", "е")
    if _pattern().search(low) is None:
        return False
    stem = next(low[:-len(end)] for end in CASE_ENDS if low.endswith(end))
    return len(stem) >= MIN_STEM
