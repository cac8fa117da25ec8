"""The sector of a carrier counted with the adjective of its mode (w139).

"12 морских перевозчиков", "девять речных перевозчиков", "18 мультимодальных операторов":
a carrier noun (``noun`` rows of ``sector_carrier_modes.tsv``) with an adjective of a mode
of carriage (``mode`` rows) names the carriage, "<adjective in the plural> перевозки"
(морские перевозки, мультимодальные перевозки). The adjective alone names no industry
("морской порт", "городской бюджет"), so the rule reads the pair, never the adjective.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicons import load_rows
from .letters import VELARS_AND_HUSHING

_VELAR_HUSHING = tuple(VELARS_AND_HUSHING)


@lru_cache(maxsize=1)
def _rows() -> tuple[frozenset[str], frozenset[str]]:
    rows = [(r[0], r[1].replace("ё", "е")) for r in load_rows("sector_carrier_modes.tsv")
            if len(r) > 1]
    return (frozenset(w for k, w in rows if k == "noun"),
            frozenset(w for k, w in rows if k == "mode"))


def plural(lemma: str) -> str:
    """'морской' -> 'морские', 'речной' -> 'речные', 'мультимодальный' -> 'мультимодальные'."""
    if lemma.endswith(("ый", "ий")):
        return lemma[:-2] + ("ие" if lemma.endswith("ий") else "ые")
    if lemma.endswith("ой"):
        return lemma[:-2] + ("ие" if lemma[:-2].endswith(_VELAR_HUSHING) else "ые")
    return lemma


def carrier_sector(adjective: str, obj: Optional[str]) -> Optional[str]:
    """'морские перевозки' for ('морской', 'перевозчик'); None where either is no member."""
    nouns, modes = _rows()
    adjective = adjective.replace("ё", "е")
    if not obj or obj.replace("ё", "е") not in nouns or adjective not in modes:
        return None
    return plural(adjective) + " перевозки"


__all__ = ["carrier_sector", "plural"]
