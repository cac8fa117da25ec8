"""Ranks are no counts (issue 11, ninth session, w87): an ordinal before a round collective
noun ("в первую десятку стран", "во второй сотне") names a place in a ranking. A sector
count whose span begins with such a noun, with an ordinal (pymorphy3's ``Anum``) right
before it, is dropped. The nouns: lexicons/sector_rank_nouns.tsv."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_rows

_WORD_BEFORE = re.compile(r"([а-яё]+)\s*$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"^\s*([а-яё]+)", re.IGNORECASE)


@lru_cache(maxsize=1)
def rank_nouns() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in load_rows("sector_rank_nouns.tsv")}


def is_rank(morph, text: str, value) -> bool:
    """True for "первую десятку стран": the count's span starts with a rank noun of its
    value and an ordinal stands right before it."""
    first = _FIRST_WORD.match(value.text)
    before = _WORD_BEFORE.search(text[max(0, value.start - 40):value.start])
    if not first or not before:
        return False
    nouns = rank_nouns()
    noun = next((p.normal_form for p in morph.parse(first.group(1).lower())
                 if p.tag.POS == "NOUN" and p.normal_form in nouns), None)
    if noun is None or nouns[noun] != value.count:
        return False
    return any(p.tag.POS == "ADJF" and "Anum" in p.tag for p in morph.parse(
        before.group(1).lower()))


def without_ranks(morph, text: str, values: list) -> list:
    return [v for v in values if not is_rank(morph, text, v)]


__all__ = ["is_rank", "without_ranks"]
