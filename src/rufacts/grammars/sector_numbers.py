"""Number forms of sector counts that neither the grammar's counts nor the tree's read
whole (issue 11, list and number families):

* a scale after "с лишним" / "с небольшим" / "с половиной": "две с лишним тысячи фирм" is
  2000, "полторы с лишним сотни" stays out (no such phrase), "три с половиной тысячи" 3500;
* a range "15–20 компаний": the gold writer counts the number next to the noun (20), the
  lower end is no count of its own (:func:`range_end`).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Sequence

# the word after "с" that makes "N с <word> <scale>" one number
ABOVE = frozenset({"лишним", "небольшим", "половиной", "гаком",
                   "чем-то"})  # "сорок с чем-то" (spoken register, w162)


def without_above(words: Sequence[str]) -> tuple[list[str], Decimal]:
    """The number words without "с лишним" and what it adds to the number before the scale:
    ("две", "с", "половиной", "тысячи") -> (["две", "тысячи"], 0.5)."""
    out: list[str] = []
    extra = Decimal(0)
    skip = False
    for k, word in enumerate(words):
        if skip:
            skip = False
            continue
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if word.lower() == "с" and after in ABOVE and out:
            extra = Decimal("0.5") if after == "половиной" else Decimal(0)
            skip = True
            continue
        out.append(word)
    return out, extra


_RANGE_IN = re.compile(r"(?<![\d,])(\d+)[ \u00a0]?[-–—][ \u00a0]?(\d+)(?![\d,])")


def range_end(text: str, count: int) -> int:
    """The upper end of the range in ``text`` whose lower end is ``count`` ("15–20 компаний"
    counted as 15 -> 20), else ``count``."""
    for m in _RANGE_IN.finditer(text):
        if int(m.group(1)) == count and int(m.group(2)) > count:
            return int(m.group(2))
    return count


_RANGE_BEFORE = re.compile(r"(?<![\d,.])\d+[–—-]$")


def with_range_start(text: str, value):
    """A count read from the upper end of a range written close ("15–20 клиник" read from
    "20") spans the whole range, so a reading of the range's lower end there is the same
    count (``value`` has ``start`` and ``text``; a dataclass, replaced)."""
    from dataclasses import replace

    m = _RANGE_BEFORE.search(text, max(0, value.start - 12), value.start)
    if m is None or m.end() != value.start:
        return value
    return replace(value, start=m.start(), text=text[m.start():value.stop])


def scale_first(morph, words: Sequence[str]) -> list[str]:
    """The colloquial order "десятка два", "десятка полтора", "сотни три" (a scale noun of
    ``scales.tsv`` in the genitive singular, then number words) set back as "два десятка"
    (20), "полтора десятка" (15); other words unchanged."""
    from .numbers import parse_number_words

    if len(words) < 2 or not is_scale_genitive(morph, words[0]) \
            or parse_number_words(morph, list(words[1:])) is None:
        return list(words)
    return list(words[1:]) + [words[0]]


def is_scale_genitive(morph, word: str) -> bool:
    """"десятка", "сотни", "дюжины": a scale noun (``scales.tsv`` scale-word rows) in the
    genitive singular, the first word of "десятка два"."""
    from .sector_number_tokens import scale_words

    return word.isalpha() and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
        and p.normal_form in scale_words() for p in morph.parse(word.lower()))
