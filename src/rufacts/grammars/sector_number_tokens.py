"""Token tests of numbers in the sector-count grammar (moved from ``sector_words``): digits,
number words, scales ("тыс", "тысячи") and scale nouns ("десяток", "сотни")."""
from __future__ import annotations

from functools import lru_cache

from .numbers import numerals
from .sector_words import INT, NUM, RU, Token, forms, lemmas, lexicon


def is_int(token: Token) -> bool:
    return token.type == INT


def is_number_word(token: Token) -> bool:
    return token.type == NUM


def is_count_number(token) -> bool:
    """Digits, or a cardinal number word ("шесть — в машиностроении", "и четыре — из ..."):
    the number of a list item or a part."""
    return token.type in ("INT", "NUM") or (
        token.type == "RU" and bool(forms(token)) and "NUMR" in forms(token)[0].grams.values)


@lru_cache(maxsize=1)
def _scale_words() -> frozenset[str]:
    return frozenset(lemma for lemma, (_, role) in numerals().items() if role == "scale")


def is_scale(token: Token) -> bool:
    """"тыс" (sector_cues.tsv) or a scale number word ("тысячи", numerals.tsv)."""
    return token.value.lower() in lexicon().scales or (
        token.type == NUM and bool(lemmas(token) & _scale_words()))


@lru_cache(maxsize=1)
def scale_words() -> dict[str, int]:
    """Nouns that multiply the number before them, lemma -> value (the ``scale-word``
    rows of ``scales.tsv``: "два десятка", "три сотни")."""
    from ..lexicons import load_rows

    return {row[0]: int(row[1]) for row in load_rows("scales.tsv")
            if len(row) > 2 and row[2] == "scale-word"}


# a scale word alone is one of it: "десяток компаний"; its genitive only after a
# qualifier ("около сотни компаний": "сотни компаний" alone is "hundreds")
LONE_SCALE = frozenset({"десяток", "сотню", "дюжина", "дюжину", "тысячу", "полсотни", "полусотни",
                        "полтысячи", "полутысячи", "полдюжины", "полудюжины"})
LONE_SCALE_AFTER = frozenset({"десятка", "сотни", "дюжины", "тысячи"})


def is_scale_word(token: Token) -> bool:
    return token.type == RU and bool(lemmas(token, frozenset({"NOUN"})) & scale_words().keys())


__all__ = ["LONE_SCALE", "LONE_SCALE_AFTER", "is_count_number", "is_int", "is_number_word",
           "is_scale", "is_scale_word", "scale_words"]
