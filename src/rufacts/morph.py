"""One shared pymorphy3 analyzer per process, with a cached ``parse``.

pymorphy3 loads its dictionaries in ~0.3 s and ~15 MB; re-creating it leaks
memory (pymorphy2#143), so every component gets the same object from
:func:`get_morph` (also registered for configs as ``rufacts.morph.v1``).
"""
from __future__ import annotations

from functools import lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse
from spacy.util import registry


class Morph:
    """A pymorphy3 ``MorphAnalyzer`` with a memoized ``parse``."""

    def __init__(self, cache_size: int = 100_000) -> None:
        self.analyzer = pymorphy3.MorphAnalyzer()
        self.parse = lru_cache(maxsize=cache_size)(self._parse)

    def _parse(self, word: str) -> tuple[Parse, ...]:
        return tuple(self.analyzer.parse(word))

    def __reduce__(self):  # rebuilt, not pickled, in other processes
        return (get_morph, ())


@lru_cache(maxsize=1)
def get_morph() -> Morph:
    return Morph()


@registry.misc("rufacts.morph.v1")
def create_morph() -> Morph:
    return get_morph()
