"""Manner tails kept after a sector phrase's activity (w115, held11 second round).

"Ремонтом квартир под ключ занимаются 500 фирм", "ателье по пошиву одежды на заказ", "услуги
по уходу за пожилыми на дому": the phrase readers cut at its last noun, but the tail says how
the trade is done and stays (docs/gold-conventions.md, `sector`: the phrase as the sentence
says it; gold "одежда на заказ", "уход за пожилыми людьми на дому"). The tails are a closed
class (``sector_manner_tails.tsv``); one is added where the text has it right after the word
the sector ends with (same lemma), near the count.
Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicons import load_rows
from .morph import word_lemmas

_WORD = re.compile(r"\w[\w-]*")
_REACH = 160  # characters before the count's span and after it the phrase may stand in


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    tails = sorted((row[0].lower() for row in load_rows("sector_manner_tails.tsv")),
                   key=len, reverse=True)
    return re.compile(r"(\w[\w-]*)\s+(" + "|".join(re.escape(t) for t in tails) + r")(?!\w)",
                      re.IGNORECASE)


def with_manner(morph, text: str, values: list) -> list:
    """``values`` whose sector's last word is followed in the text by a manner tail, the tail
    added to the sector."""
    out = []
    for value in values:
        words = value.sector.split() if value.sector else []
        last = words[-1] if words else ""
        if not last.isalpha():
            out.append(value)
            continue
        lo = max(0, value.start - _REACH)
        window = text[lo:value.stop + 60]
        found = [m for m in _pattern().finditer(window)
                 if m.group(2).lower() not in value.sector.lower()
                 and word_lemmas(morph, m.group(1)) & word_lemmas(morph, last)]
        tailed = {lo + m.start(1) for m in found}
        if found and any(  # "… и четыре предприятия по переработке овощей": the phrase read
                word_lemmas(morph, w.group()) & word_lemmas(morph, last)  # after the count
                for w in _WORD.finditer(text, value.start, value.stop + 60)  # has no tail
                if w.start() not in tailed):  # there; one before it is another count's (w168)
            found = []
        if found:  # the one nearest the count
            best = min(found, key=lambda m: abs(lo + m.start() - value.start))
            tail = best.group(2)  # "с ЧПУ": an abbreviation as written
            tail = tail if any(c.isupper() for c in tail[1:]) else tail.lower()
            value = replace(value, sector=f"{value.sector} {tail}")
        out.append(value)
    return out


__all__ = ["with_manner"]
