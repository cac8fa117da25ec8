"""Trims of the sector grammar's readings (w200, issue 11): a range of number words written
with a hyphen ("пять-шесть" -> its end), a sector phrase cut before a noun of measure
("возобновляемой энергетики общей мощностью" -> "возобновляемой энергетики"), and an
elided part whose dash opens "из <sector>". Read by :mod:`.sector_context`."""
from __future__ import annotations

from typing import Sequence

from .morph import Morph
from .numbers import parse_number_words
from .sector_words import forms
from .sector_measures import measure_forms


def _is_adjective(token) -> bool:
    return any(f.grams.values & {"ADJF", "PRTF"} for f in forms(token)[:1])


_DASHES = ("-", "–", "—")


def range_end_words(morph: Morph, words: list) -> list:
    """A range of number words written with a hyphen, as one token or three ("пять-шесть",
    "двух-трёх", "пять - шесть"): its end, the number next to the noun
    (docs/gold-conventions.md, ``count``: "15–20 компаний" -> 20); other words unchanged."""
    parts = [p for w in words for p in _split_dash(w)]
    if len(parts) < 3 or not any(p in _DASHES for p in parts):
        return words
    k = max(i for i, p in enumerate(parts) if p in _DASHES)
    low, high = parts[:k], parts[k + 1:]
    if not low or not high or any(p in _DASHES for p in low) \
            or parse_number_words(morph, low) is None or parse_number_words(morph, high) is None:
        return words
    return high


def _split_dash(word: str) -> list:
    for dash in _DASHES:
        low, sep, high = word.partition(dash)
        if sep and low and high:
            return [low, dash, high]
    return [word]


def without_measure(tokens: Sequence) -> Sequence:
    """The phrase up to a noun of measure and the adjectives before it: "возобновляемой
    энергетики общей мощностью" -> "возобновляемой энергетики" (``sector_measure_adjuncts.txt``:
    how big the firms are is no part of their trade; w200)."""
    measures = measure_forms()
    tokens = list(tokens)
    cut = next((k for k, t in enumerate(tokens) if k and t.value.lower() in measures), None)
    if cut is None:
        return tokens
    while cut > 1 and (_is_adjective(tokens[cut - 1])
                       or tokens[cut - 1].value.lower() in ("с", "со")):
        cut -= 1  # "с общим объёмом инвестиций", "с оборотом свыше 50 млн"
    return tokens[:cut]


def from_field(tokens: Sequence, item) -> bool:
    """An elided part "— из <sector>": the word after its dash is "из"."""
    words = [t.value.lower() for t in tokens[item.first:item.last + 1]]
    return any(w in ("—", "–", "-") and k + 1 < len(words) and words[k + 1] == "из"
               for k, w in enumerate(words))


__all__ = ["from_field", "range_end_words", "without_measure"]
