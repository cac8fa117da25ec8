"""Number words the tagger misreads in sector counts (issue 11, numbers family): "сто" of
"сто двенадцать предприятий" is tagged a noun, so the tree read only "двенадцать" (12).

:func:`numeral_pos` gives a word that is a cardinal numeral (``numerals.tsv``, any case form)
and is attached as a number ("nummod") or stands before another number word the part of
speech ``NUM``, so the tree reads the whole number ("сто двенадцать" 112)."""
from __future__ import annotations

from typing import Optional

from .numbers import numeral

# the roles of numerals.tsv that are whole numbers of their own ("тысяча" is a scale noun)
_CARDINAL = frozenset({"unit", "teen", "ten", "hundred"})


def is_cardinal(morph, word: str) -> bool:
    """"сто", "ста", "трёхсот", "двенадцать": a cardinal numeral below a thousand."""
    if not word.isalpha():
        return False
    found = numeral(morph, word)
    return found is not None and found[1] in _CARDINAL


def numeral_pos(morph, token, pos: str, after: Optional[str]) -> str:
    """``NUM`` for a cardinal numeral tagged otherwise that counts something: attached as a
    number ("nummod", "nummod:gov") or followed by another cardinal ("сто | сорок");
    else ``pos`` unchanged. ``after`` is the next word of the sentence (None at its end).
    "одна компания" keeps its tag (an adjective of "один")."""
    if pos == "NUM" or pos not in ("NOUN", "ADJ", "PROPN", "X", "ADV"):
        return pos
    lower = token.text.lower()
    if lower.startswith("од"):  # "один/одна": adjectives, read by their own rules
        return pos
    if not is_cardinal(morph, token.text):
        return pos
    if token.dep_.startswith("nummod"):
        return "NUM"
    if after is not None and is_cardinal(morph, after):
        return "NUM"
    return pos
