"""One-word compounds split when nothing else names their industry (w182): "три
таксопарка" -> (парк, такси), "12 грузоперевозчиков" -> (перевозчик, грузоперевозки), as
the one-word-compounds convention reads them (docs/gold-conventions.md, "object"). The rows
are ``lexicons/sector_compound_splits.tsv``. A count keeps its compound where its sector is
not the compound's own industry ("Местные авиаперевозки выполняют четыре авиакомпании")
or where a word of the sentence other than the compound names that industry
("Авиаперевозки ... выполняют 32 авиакомпании").
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
import re

from ..lexicons import load_rows
from .morph import Morph
from .sector_scan import sentence_at

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _splits() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in load_rows("sector_compound_splits.tsv")}


def _lemma(morph: Morph, word: str) -> str:
    return morph.parse(word.lower())[0].normal_form.replace("ё", "е")


def compounds_split(morph: Morph, text: str, values: list) -> list:
    """``values`` with the compounds of the table split where the sentence names their
    industry by the compound alone."""
    table = _splits()
    if not any(v.object.lower() in table for v in values):
        return values
    out = []
    for v in values:
        row = table.get(v.object.lower())
        if row is None or v.sector.lower().replace("ё", "е") != row[1]:
            out.append(v)
            continue
        start, stop = sentence_at(text, v.start, (v.start, v.stop))
        industry = {_lemma(morph, w) for w in _WORD.findall(row[1])}
        said = [w for w in _WORD.findall(text[start:stop])
                if _lemma(morph, w) != v.object.lower() and _lemma(morph, w) in industry]
        out.append(v if said else replace(v, object=row[0]))
    return out


__all__ = ["compounds_split"]
