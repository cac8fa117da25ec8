"""ОКВЭД 2 codes of sector names: ``lexicons/okved2.tsv`` (the 21 sections and 88
divisions with their official names) and ``lexicons/okved2_synonyms.tsv`` (the phrases
news use for them).

:func:`okved_codes` reads a sector name as lemmas (the shared pymorphy3 analyzer, ``ё`` as
``е``, hyphenated words also split: "IT-технологии" gives ``it``). A synonym matches when
all its lemmas are in the sector; only the most specific matches count (one inside another
is dropped: "строительные материалы" is 23, not also F), and their codes are joined;
the words of a synonym must stand in a row, words joined by "и" counting as one place
("заготовка и переработка древесины" is 02 and 16). Where trade matches ("розничная
торговля одеждой"), the goods traded add no codes of their making.
Words after "для" are not the sector ("продукция для нефтегазовой отрасли"). No match:
no codes, never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .morph import Morph

_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class Okved:
    code: str     # "26" (a division) or "C" (a section)
    name: str     # the official name
    section: str  # the section letter ("C" for "26" and for "C")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("rufacts").joinpath("lexicons", name).read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def classifier() -> dict[str, Okved]:
    """Code -> :class:`Okved` for every section and division."""
    table = {}
    for row in _rows("okved2.tsv"):
        code, name = row[0], row[1]
        table[code] = Okved(code, name, row[2] if len(row) > 2 and row[2] else code)
    return table


def _lemma(morph: Morph, word: str) -> str:
    if not word.isalpha() or word.isascii():
        return word
    return morph.parse(word)[0].normal_form.replace("ё", "е")


def _positions(morph: Morph, text: str) -> tuple[frozenset[str], ...]:
    """One set of lemmas per word: the word's lemma, and its parts' if hyphenated."""
    out = []
    for word in _WORD.findall(text.lower().replace("ё", "е")):
        parts = [p for p in word.split("-") if p] if "-" in word else []
        out.append(frozenset({_lemma(morph, word), *(_lemma(morph, p) for p in parts)}))
    return tuple(out)


@lru_cache(maxsize=None)
def _synonyms(morph: Morph) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    table = classifier()
    out = []
    for phrase, codes in _rows("okved2_synonyms.tsv"):
        codes_ = tuple(c.strip() for c in codes.split(","))
        unknown = [c for c in codes_ if c not in table]
        if unknown:
            raise ValueError(f"okved2_synonyms.tsv: unknown codes {unknown} for {phrase!r}")
        words = tuple(_lemma(morph, w) for w in _WORD.findall(phrase.lower().replace("ё", "е")))
        out.append((words, codes_))
    return tuple(out)


def _occurs(words: tuple[str, ...], positions: tuple[frozenset[str], ...]) -> bool:
    n = len(words)
    return any(all(words[k] in positions[i + k] for k in range(n))
               for i in range(len(positions) - n + 1))


_TRADE = frozenset({"торговля", "продажа", "экспорт", "импорт"})


def _shared(positions: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """"заготовка и переработка древесины": the words joined by "и" share one place, so
    "заготовка древесины" and "переработка древесины" both occur in a row."""
    out = list(positions)
    i = 0
    while i + 2 < len(out):
        if "и" in out[i + 1] and len(out[i + 1]) == 1:
            out[i:i + 3] = [out[i] | out[i + 2]]
        else:
            i += 1
    return tuple(out)


@lru_cache(maxsize=20_000)
def okved_codes(morph: Morph, sector: str) -> tuple[Okved, ...]:
    """The ОКВЭД 2 divisions (or sections) of a sector name, in code order; () if none.
    A synonym matches where its lemmas stand in a row in the sector."""
    head = re.split(r"\bдля\b", sector, maxsplit=1)[0]
    positions = _positions(morph, head)
    variants = [positions, _shared(positions)]
    found = [(frozenset(w), c) for w, c in _synonyms(morph)
             if any(_occurs(w, p) for p in variants)]
    best = [(w, c) for w, c in found if not any(w < other for other, _ in found)]
    trade = [(w, c) for w, c in best if w & _TRADE]
    if trade:  # "розничная торговля одеждой": the goods traded are no production
        best = trade
    codes = sorted({c for _, cs in best for c in cs}, key=lambda c: (not c.isdigit(), c))
    table = classifier()
    # a section is dropped where one of its divisions is there already
    divisions = {table[c].section for c in codes if c.isdigit()}
    return tuple(table[c] for c in codes if c.isdigit() or c not in divisions)


__all__ = ["Okved", "classifier", "okved_codes"]
