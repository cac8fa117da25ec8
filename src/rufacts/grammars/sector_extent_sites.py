"""A building or premises after a work done on it, kept in the sector phrase (w139).

docs/gold-conventions.md (`sector`: the phrase as the sentence says it) and
``sector_kept_tails.tsv`` (``site_head`` / ``site`` rows, w127): "уборка помещений",
"ремонт и отделка помещений", "строительство складов". The tree keeps the genitive
(:func:`.sector_phrase_tails.kept_site`); the surface grammar ends a phrase before a
building noun (``sector_stopwords.txt``: "строят склады" is no sector), so a count read by it
("1 300 компаний в сфере ремонта и отделки помещений") loses it. Here a sector whose last word
is a work on buildings gets back the building noun written right after that word in the
genitive.
Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicons import load_rows
from .morph import word_lemmas

_NOUN = ("NOUN",)
_PAIR = re.compile(r"(?<![\w-])(\w[\w-]*)(?=\s+(\w+))")
_REACH = 80  # characters after the count's span the phrase may end in


@lru_cache(maxsize=1)
def _rows() -> tuple[frozenset[str], frozenset[str]]:
    rows = load_rows("sector_kept_tails.tsv")
    return (frozenset(r[1].replace("ё", "е") for r in rows if r[0] == "site_head"),
            frozenset(r[1].replace("ё", "е") for r in rows if r[0] == "site"))


def _site_genitive(morph, word: str, sites: frozenset[str]) -> bool:
    return word.islower() and any(
        p.tag.POS == "NOUN" and "gent" in p.tag and p.normal_form.replace("ё", "е") in sites
        for p in morph.parse(word))


def with_sites(morph, text: str, values: list) -> list:
    """``values`` whose sector ends in a work on buildings ("ремонт и отделка") followed in
    the text by a building noun in the genitive ("помещений"): that noun added."""
    heads, sites = _rows()
    out = []
    for value in values:
        words = value.sector.split() if value.sector else []
        last = words[-1] if words else ""
        if not last.isalpha() or not word_lemmas(morph, last, _NOUN) & heads:
            out.append(value)
            continue
        lo = min(value.start, max(0, value.stop - 200))
        window = text[lo:value.stop + _REACH]
        found = next((m for m in _PAIR.finditer(window)
                      if word_lemmas(morph, m.group(1), _NOUN) & word_lemmas(morph, last, _NOUN)
                      and _site_genitive(morph, m.group(2), sites)), None)
        out.append(replace(value, sector=f"{value.sector} {found.group(2)}")
                   if found else value)
    return out


__all__ = ["with_sites"]
