"""Two steps around the ОКВЭД 2 synonym matching of :mod:`okved` (w128):

- :func:`umbrella`: a sector that is exactly an umbrella name spanning many sections
  (``lexicons/okved_umbrellas.txt``: "ЖКХ", "креативные индустрии") takes no codes;
- :func:`without_prefix`: a sector that no synonym matches is read again with the domain
  part cut off its compound words (``lexicons/okved_compound_prefixes.txt``):
  "сельхоздроны" are drones (30), "агродроны" too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list
from .morph import Morph

_WORD = re.compile(r"[\w-]+")


def _lemmas(morph: Morph, text: str) -> tuple[str, ...]:
    return tuple(w if w.isascii() else morph.parse(w)[0].normal_form.replace("ё", "е")
                 for w in _WORD.findall(text.lower().replace("ё", "е")))


@lru_cache(maxsize=None)
def _umbrellas(morph: Morph) -> frozenset[tuple[str, ...]]:
    return frozenset(_lemmas(morph, row) for row in load_list("okved_umbrellas.txt"))


def umbrella(morph: Morph, sector: str) -> bool:
    """Whether the sector is one of the umbrella names (by lemmas, whole)."""
    return _lemmas(morph, sector) in _umbrellas(morph)


@lru_cache(maxsize=1)
def _prefixes() -> tuple[str, ...]:
    """``okved_compound_prefixes.txt``, longest first."""
    return tuple(sorted(load_list("okved_compound_prefixes.txt"), key=len, reverse=True))


def without_prefix(sector: str) -> str | None:
    """The sector with the domain prefix cut off its compound words, or None if no word
    has one. The rest must be a word of its own (4 letters at least, a vowel)."""
    prefixes = _prefixes()
    out, changed = [], False
    for word in sector.split(" "):
        low = word.lower().replace("ё", "е")
        cut = next((p for p in prefixes if low.startswith(p) and len(low) - len(p) >= 4
                    and "-" not in low[:len(p) + 1]
                    and re.search("[аеиоуыэюя]", low[len(p):])), None)
        if cut:
            word, changed = word[len(cut):], True
        out.append(word)
    return " ".join(out) if changed else None


__all__ = ["umbrella", "without_prefix"]
