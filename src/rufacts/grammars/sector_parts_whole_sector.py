"""A part named only by a facility or agent noun takes its whole's industry (w109, family
"totals, parts and false counts"; docs/gold-conventions.md, ``object``: a noun that names
its own trade gives its industry "unless the sentence names another industry"): "14 компаний
выпекают хлеб ..., из них три — крупные хлебозаводы" -> (3, хлебозавод, хлеб, 14), as the
gold files read "из них 30 — столовые" (общественное питание of the whole) or "28 клиник"
(медицинская помощь of the whole).

A count with a total whose sector is only its noun's own industry
(:func:`rufacts.grammars.sector_nouns.agent_industry`) takes the sector of the whole said
before it in the text (the count whose number is the total, with no total of its own).
"""
from __future__ import annotations

from dataclasses import replace

from .sector_nouns import agent_industry


def whole_sectors(values: list) -> list:
    """``values`` with such parts given their whole's sector (module docstring)."""
    out = []
    for v in values:
        own = agent_industry(v.object) if v.total is not None else None
        wholes = [w for w in values if w.total is None and w.count == v.total
                  and w.start < v.start and w.sector != v.sector] if own else []
        if own and own.lower() == v.sector.lower() and len(wholes) == 1 \
                and not agent_industry(wholes[0].object) == wholes[0].sector:
            v = replace(v, sector=wholes[0].sector, okved=wholes[0].okved)
        out.append(v)
    return out


__all__ = ["whole_sectors"]
