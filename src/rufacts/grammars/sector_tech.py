"""Tech-sector loanwords of sector counts: "медтех", "агротех", "EdTech", "MedTech" name an
industry by their ending (``sector_tech.tsv``), as nouns ("9 стартапов в агротехе", "пять
— в EdTech", "в сегменте MedTech") and as hyphenated prefixes of a counted noun
("Медтех-компаний" -> компания, sector медтех; "Edtech-стартапов" -> стартап, sector
Edtech). :func:`prefix_sector` is the one reading of a hyphenated compound's prefix: a
``prefix-`` row of ``sector_adjectives.tsv`` ("IT-", "телеком-", "хостинг-"), else a tech
word kept as written.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicons import load_rows


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    rows = load_rows("sector_tech.tsv")
    return (tuple(r[0].lower() for r in rows if r[1] == "ending"),
            frozenset(r[0].lower() for r in rows if r[1] == "not"),
            frozenset(r[0].lower() for r in rows if r[1] == "word"))


def _latin(word: str) -> bool:
    return word.isascii() and word.isalpha()


@lru_cache(maxsize=20_000)
def tech_word(word: str) -> bool:
    """Whether a word (a lemma or as written) is a tech-sector loanword: a tech ending
    after a stem of 3+ Cyrillic or 2+ Latin letters ("агротех", "EdTech"), not a listed
    word ("политех")."""
    endings, others, words = _rows()
    low = word.lower().replace("ё", "е")
    if not low.isalpha() or low in others:
        return False
    if low in words:
        return True
    for ending in endings:
        stem = low[:-len(ending)]
        if low.endswith(ending) and stem.isalpha() and (
                len(stem) >= 2 if _latin(low) else len(stem) >= 3 and not _latin(stem)):
            return True
    return False


_CASE_ENDINGS = re.compile(r"(.+?)(ами|ам|ах|ов|ом|а|у|е|и)?")


@lru_cache(maxsize=20_000)
def tech_form(word: str) -> Optional[str]:
    """The sector a form of a tech word names ("агротехе", "медтеха", "финтехом" ->
    агротех, медтех, финтех; "EdTech" as written; pymorphy3 reads "агротехе" as a form
    of "агротеха"), or None for any other word."""
    if _latin(word):
        return word if tech_word(word) else None
    low = word.lower().replace("ё", "е")
    if tech_word(low):
        return low
    match = _CASE_ENDINGS.fullmatch(low)
    stem = match.group(1) if match and match.group(2) else None
    return stem if stem and tech_word(stem) else None


def tech_name(written: str, lemma: Optional[str] = None) -> str:
    """The sector a tech word names: Latin as written ("EdTech", "Edtech"), Cyrillic in
    the nominative, lower case ("агротехе" -> агротех, "Медтех" -> медтех)."""
    if _latin(written):
        return written
    return (lemma or written).lower()


def prefix_sector(prefix: str, table: dict, obj: Optional[str] = None,
                  kinds: Optional[dict] = None) -> Optional[str]:
    """The sector of a hyphenated compound's first part as written ("IT", "телеком",
    "Медтех", "Edtech"): its ``prefix-`` row of ``sector_adjectives.tsv`` (unless that
    row's third column says the prefix only classifies ``obj``: "интернет-магазинов"),
    else a tech word's own name; None otherwise."""
    key = prefix.lower() + "-"
    if key in table:
        if obj and kinds and obj in kinds.get(key, ()):
            return None
        return table[key]
    return tech_name(prefix) if tech_word(prefix) else None


__all__ = ["prefix_sector", "tech_form", "tech_name", "tech_word"]
