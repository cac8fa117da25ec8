"""A part of a whole named as the owner of something: "у N" with no counted noun (w126,
the family "partitive parts of a total"; docs/gold-conventions.md, ``total``: a part of a
whole with an industry of its own that names none is a count with the whole's object,
sector and number as total).

"Извозом занимаются 40 фирм, но собственные автобусы есть лишь у девяти", "из 18 пекарен
... своей доставки нет у пяти": after a whole in the same sentence, a clause with a word of
having (``sector_possession_words.txt``) and "у" + a number with no noun after it counts
that many of the whole. What they own is no industry; nothing counted may stand between the
whole and the number, and the number must be smaller than the whole's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list
from .sector_context import count_value
from .sector_number_tokens import is_count_number
from .sector_qualifier import qualifier_phrases
from .sector_scan import sentences
from .sector_words import tokenize

_CLAUSE = re.compile(r"[,;:()—–]|\.(?=\s|$)")


@lru_cache(maxsize=1)
def _owner() -> re.Pattern:
    """"у" + [a qualifier of ``qualifiers.tsv``] + a number closing its clause or before
    "есть"/"нет"/"имеется"."""
    qualifiers = "|".join(r"\s+".join(map(re.escape, phrase.split()))
                          for phrase in qualifier_phrases())
    return re.compile(rf"(?<![\w-])у\s+(?:(?:{qualifiers})\s+)?"
                      r"([\dа-яё]+)(?=\s*(?:[,.;:!?)»]|$|\s+(?:есть|нет|имеется|имеются)\b))",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _having() -> frozenset[str]:
    return load_list("sector_possession_words.txt")


def _clause(text: str, at: int, start: int, stop: int) -> str:
    """The clause of the sentence ``text[start:stop]`` around offset ``at``."""
    left = max([m.end() for m in _CLAUSE.finditer(text, start, at)], default=start)
    right = _CLAUSE.search(text, at, stop)
    return text[left:right.start() if right else stop]


def possessor_parts(morph, text: str, values: list) -> list:
    """New parts "у N" of the wholes in ``values`` (module docstring)."""
    if not values or not _owner().search(text):
        return []
    out = []
    for start, stop in sentences(text):
        for m in _owner().finditer(text, start, stop):
            before = [v for v in values if start <= v.start and v.stop <= m.start()]
            if not before or any(v.start <= m.start(1) < v.stop for v in values):
                continue
            whole = max(before, key=lambda v: v.stop)
            if whole.total is not None or not whole.sector:
                continue
            words = re.findall(r"[а-яё]+", _clause(text, m.start(), start, stop).lower())
            if not _having() & set(words):
                continue
            tokens = tokenize(morph, text, *m.span(1))
            if len(tokens) != 1 or not is_count_number(tokens[0]):
                continue
            count = count_value(morph, tokens)
            if count is None or not 1 < count < whole.count:
                continue
            out.append(replace_value(whole, m.start(1), m.end(1), text, count))
    return out


def replace_value(whole, start: int, stop: int, text: str, count: int):
    from .sectors import SectorValue

    return SectorValue(start, stop, text[start:stop], count, whole.object, whole.sector,
                       whole.count, via="part")


__all__ = ["possessor_parts"]
