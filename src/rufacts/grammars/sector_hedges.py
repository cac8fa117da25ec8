"""Hedges between a verb and its complement (w180): "61 фермерское хозяйство, занятое в
основном мясным скотоводством", "семь заводов выпускают главным образом кирпич". The hedge
(``sector_hedges.txt``) says how much of their work the complement is, not what the work
is; docs/gold-conventions.md takes the complement as the sector. The surface grammar reads
the text with a hedge blanked out (spaces of the same length: every offset stays) where a
word stands before it and a lower-case word after it ("в основном" as an adverb, never
"в основном производстве": a noun in the prepositional case after it keeps it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list
from .sector_words import blanked, forms, tokenize


@lru_cache(maxsize=1)
def _hedge() -> re.Pattern:
    words = sorted(load_list("sector_hedges.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<=[а-яё,])\s+(?P<hedge>(?:{alternatives}))\s+(?P<next>[а-яё]+)",
                      re.IGNORECASE)


def unhedged(morph, text: str) -> str:
    """``text`` with each hedge blanked out; ``text`` itself where there is none."""
    if "основн" not in text and "образом" not in text and "части" not in text:
        return text
    spans = []
    for m in _hedge().finditer(text):
        after = tokenize(morph, text, *m.span("next"))
        if after and m.group("hedge").lower().startswith("в основном") and any(
                {"NOUN", "loct"} <= f.grams.values or {"ADJF", "loct"} <= f.grams.values
                for f in forms(after[0])):
            continue  # "в основном производстве": a noun phrase of its own
        spans.append(m.span("hedge"))
    return blanked(text, spans)


def is_hedge(words: str) -> bool:
    """"в основном" (a preposition and its word, as the tree gives them) is a hedge."""
    return " ".join(words.lower().split()) in load_list("sector_hedges.txt")


__all__ = ["is_hedge", "unhedged"]
