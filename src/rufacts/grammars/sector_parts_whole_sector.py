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

import re

from .sector_nouns import agent_industry

_WORD = re.compile(r"[А-Яа-яЁё]+")


def _fused(text: str, v) -> tuple[str, str] | None:
    """(compound lemma, prefix sector) when the part's noun was split from a fused compound
    said within its span ("три — крупные хлебозаводы" -> хлебозавод, хлебопечение; w155)."""
    from .morph import get_morph, word_lemmas
    from .sector_words import fused_object, lexicon
    for word in _WORD.findall(text[v.start:v.stop]):
        if len(word) <= len(v.object) or not word.lower().startswith(
                tuple(k[:-1] for k in lexicon().adjectives if k.endswith("-") and k[:-1])):
            continue
        for lemma in word_lemmas(get_morph(), word, ("NOUN",)):
            split = fused_object(lemma)
            if split and split[1] == v.object:
                return lemma, lexicon().adjectives[split[0]]
    return None


def whole_sectors(values: list, text: str = "") -> list:
    """``values`` with such parts given their whole's sector (module docstring)."""
    out = []
    for v in values:
        own = agent_industry(v.object) if v.total is not None else None
        fused = _fused(text, v) if v.total is not None and not own and text else None
        if fused and fused[1] == v.sector:  # the split compound kept: the whole names the trade
            wholes = [w for w in values if w.total is None and w.count == v.total
                      and w.start < v.start and w.sector != v.sector]
            if len(wholes) == 1 and not agent_industry(wholes[0].object) == wholes[0].sector:
                v = replace(v, object=fused[0], sector=wholes[0].sector, okved=wholes[0].okved)
            out.append(v)
            continue
        wholes = [w for w in values if w.total is None and w.count == v.total
                  and w.start < v.start and w.sector != v.sector] if own else []
        if own and own.lower() == v.sector.lower() and len(wholes) == 1 \
                and not agent_industry(wholes[0].object) == wholes[0].sector:
            v = replace(v, sector=wholes[0].sector, okved=wholes[0].okved)
        out.append(v)
    return out


__all__ = ["whole_sectors"]
