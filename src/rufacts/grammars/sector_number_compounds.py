"""Compound numbers that open with a scale word (issue 11, number expressions family, round
13): "тысяча сто", "около тысячи девятисот", "до тысячи двадцати", "тысячей двумястами". With
no number before it, the tagger takes "тысячи" for a noun, so the tree read the scale alone
("около тысячи девятисот отелей" 1000) or, after "до", no figure at all.

:func:`scale_opens_number` tells a scale word of ``numerals.tsv`` ("тысяча", "миллион", any
case form) that is the first part of such a number: a cardinal right after it in a case the
scale word can share ("тысячи | девятисот": both genitive). "из тысячи двадцать закрылись"
(a part of a whole, the cases differ) and "тысячи компаний" stay as they are."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .numbers import numeral, numerals

# the roles of numerals.tsv that follow a scale word inside one number
_AFTER = frozenset({"unit", "teen", "ten", "hundred"})


@lru_cache(maxsize=4096)
def _cases(morph, word: str) -> frozenset[str]:
    """The cases of ``word`` read as a number word of ``numerals.tsv``."""
    table = numerals()
    return frozenset(p.tag.case for p in morph.parse(word.lower())
                     if p.normal_form.replace("ё", "е") in table and p.tag.case)


def scale_opens_number(morph, word: str, after: Optional[str],
                       before: Optional[str] = None) -> bool:
    """"тысячи" of "тысячи девятисот", "тысяча" of "тысяча сто": a scale word followed by a
    cardinal that agrees with it in case (a scale after a number, "две тысячи сто", agrees
    with the number before it instead, so any cardinal after it is read)."""
    if not word.isalpha() or after is None or not after.isalpha():
        return False
    found = numeral(morph, word)
    if found is None or found[1] != "scale":
        return False
    follow = numeral(morph, after)
    if follow is None or follow[1] not in _AFTER:
        return False
    if before is not None and before.isalpha() and numeral(morph, before) is not None:
        return True  # "две тысячи сто", "двух тысяч пятисот"
    return bool(_cases(morph, word) & _cases(morph, after))


__all__ = ["scale_opens_number"]
