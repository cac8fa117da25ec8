"""Numbers as written in Russian news: digits ("1 844 036 360,12", "1,5") and
number words ("двадцать три", "два миллиарда", "полтора"), as exact Decimals.

Number words come from ``lexicons/numerals.tsv``; their case forms are
recognized through pymorphy3 lemmas ("трёх", "двумястами" -> три, двести).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

from .morph import Morph

# digits with optional thousands separators (space, NBSP, thin spaces, dot before 3 digits)
# and an optional decimal comma or dot
DIGITS = re.compile(r"^\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$")
GROUP_SEPARATORS = " \u00a0\u2009\u202f"


@lru_cache(maxsize=1)
def numerals() -> dict[str, tuple[Decimal, str]]:
    """lemma -> (value, role) from ``lexicons/numerals.tsv``."""
    text = (resources.files("rufacts") / "lexicons" / "numerals.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lemma, value, role = line.split("\t")
            table[lemma] = (Decimal(value), role)
    return table


def parse_digits(text: str) -> Optional[Decimal]:
    """'1 844 036 360,12' -> Decimal('1844036360.12'); '1,5' -> 1.5; None if not a number.

    >>> parse_digits("1 844 036 360,12"), parse_digits("1,14"), parse_digits("12")
    (Decimal('1844036360.12'), Decimal('1.14'), Decimal('12'))
    """
    text = text.strip()
    if not DIGITS.match(text):
        return None
    for sep in GROUP_SEPARATORS:
        text = text.replace(sep, "")
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


@lru_cache(maxsize=16_384)  # a word's reading: called on every word by the sector rules
def numeral(morph: Morph, word: str) -> Optional[tuple[Decimal, str]]:
    """(value, role) of one number word in any case form, else None."""
    table = numerals()
    lower = word.lower().replace("ё", "е")
    if lower in table:
        return table[lower]
    for parse in morph.parse(word):
        if parse.tag.POS in ("NUMR", "NOUN", "ADJF") or parse.tag.POS is None:
            lemma = parse.normal_form.replace("ё", "е")
            # "одна/одну" are tagged as adjectives of "один"; scale words as nouns
            if lemma in table and (parse.tag.POS == "NUMR" or lemma == "один"
                                   or table[lemma][1] in ("scale", "fraction")):
                return table[lemma]
    return None


def parse_number_words(morph: Morph, words: Sequence[str]) -> Optional[Decimal]:
    """The value of a run of number words, or None if they do not form one number.

    >>> from rufacts.morph import get_morph
    >>> m = get_morph()
    >>> parse_number_words(m, ["двадцать", "три"]), parse_number_words(m, ["двух", "тысяч", "пятисот"])
    (Decimal('23'), Decimal('2500'))
    >>> parse_number_words(m, ["полтора", "миллиона"]), parse_number_words(m, ["два", "три"])
    (Decimal('1500000'), None)
    """
    total = Decimal(0)   # completed scale groups
    group = Decimal(0)   # the group being built (below 1000)
    last_role = None
    order = {"hundred": 3, "ten": 2, "teen": 1, "unit": 0, "fraction": 0}
    for word in words:
        found = numeral(morph, word)
        if found is None:
            return None
        value, role = found
        if role == "scale":
            if last_role in (None, "scale"):
                group = group or Decimal(1)  # "тысяча" alone is 1000
            total += (group or Decimal(1)) * value
            group = Decimal(0)
        else:
            # within a group, parts come in falling order: сто двадцать три
            if last_role not in (None, "scale") and order[role] >= order[last_role]:
                return None
            if last_role == "teen" or (last_role == "ten" and role not in ("unit",)):
                return None
            group += value
        last_role = role
    if last_role is None:
        return None
    return tidy(total + group)


def tidy(value: Decimal) -> Decimal:
    """Drop a zero fraction: Decimal('1500000.0') -> Decimal('1500000')."""
    return value.to_integral_value() if value == value.to_integral_value() else value


def is_number_word(morph: Morph, word: str) -> bool:
    return numeral(morph, word) is not None


def is_number(morph: Morph, word: str) -> bool:
    """A number word, "одна"/"одну" (pymorphy3: ADJF,Anum of один) included."""
    return numeral(morph, word) is not None or number_value(morph, word) is not None


def number_value(morph: Morph, word: str):
    """The value of a one-word number read as an ordinal-like adjective: "одна" -> 1."""
    table = numerals()
    for parse in morph.parse(word):
        if "Anum" in parse.tag.grammemes and parse.normal_form in table:
            return table[parse.normal_form][0]
    return None
