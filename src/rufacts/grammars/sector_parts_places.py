"""Parts of a whole that differ from it only by place (w93, issue 11, the family "parts of a
whole and totals"; docs/gold-conventions.md, ``total``: a part that names no industry of its
own keeps the whole's object and sector, the whole's number as total).

* "30 терминалов, в том числе 12 — в Находке и порту Восточный", "24 предприятия, из них
  семь — в посёлке Шалакуша", "65 агентств, в том числе 15 — на побережье": the words after
  "в", "на", "из" name a place (a capitalised name, or a place noun of
  ``sector_place_nouns.txt`` after its adjectives), never the part's sector;
  :func:`place_indices` marks them so that :mod:`.sector_parts` does not read the codes of
  "порт" as an industry of the part, and :func:`placed_sectors` gives a part whose sector
  another reader took from such a phrase the sector of its whole.
* ", сообщил журналистам заместитель министра промышленности и торговли", ", говорится в
  материалах Минтранса": a reporting clause (a comma and a verb of ``speech_verbs.txt`` or
  ``sector_report_verbs.txt``) closes the part; :func:`report_cut` finds it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from .sector_scan import sentences
from .sector_words import first_grams as _grams
from .sector_words import forms, is_dash, tokenize

_PREPOSITIONS = frozenset({"в", "во", "на", "из", "изо"})
_JOINS = frozenset({"и", ",", "а", "также"})


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    from ..lexicons import load_list

    return load_list("sector_place_nouns.txt")


@lru_cache(maxsize=1)
def _report_verbs() -> frozenset[str]:
    from ..lexicons import load_list

    return load_list("speech_verbs.txt") | load_list("sector_report_verbs.txt")


def _named(token) -> bool:
    """A capitalised word (not an abbreviation) that is a name: "Находке", "Иннополисе"."""
    value = token.value
    return token.type == "RU" and len(value) > 1 and value[:1].isupper() \
        and not value.isupper() and bool(_grams(token) & {"NOUN", "ADJF"} or not forms(token))


def _place_noun(token) -> bool:
    return token.type == "RU" and any(f.normalized.replace("ё", "е") in _place_nouns()
                                      or f.normalized in _place_nouns() for f in forms(token)
                                      if "NOUN" in f.grams.values)


def _place_end(tokens: Sequence, k: int) -> int:
    """The end of a place phrase starting at ``tokens[k]`` (after its preposition), or
    ``k`` if the words there name no place: adjectives, then a name or a place noun, then
    the names after it ("порту Восточный", "посёлке Шалакуша")."""
    j = k
    while j < len(tokens) and not _named(tokens[j]) and _grams(tokens[j]) & {"ADJF", "PRTF"}:
        j += 1
    if j >= len(tokens) or not (_named(tokens[j]) or _place_noun(tokens[j])):
        return k
    j += 1
    while j < len(tokens) and (_named(tokens[j]) or tokens[j].value in ("-", "«", "»")):
        j += 1
    return j


def place_indices(tokens: Sequence) -> set[int]:
    """Indices of the place phrases of ``tokens``: a preposition of place and what
    :func:`_place_end` reads after it, and the places coordinated with it ("в Находке и
    порту Восточный", "в Казани и Иннополисе")."""
    out: set[int] = set()
    k = 0
    while k < len(tokens):
        if tokens[k].value.lower() not in _PREPOSITIONS:
            k += 1
            continue
        end = _place_end(tokens, k + 1)
        if end == k + 1:
            k += 1
            continue
        out.update(range(k, end))
        while end < len(tokens) and tokens[end].value.lower() in _JOINS:
            j = end + 1
            if j < len(tokens) and tokens[j].value.lower() in _PREPOSITIONS:
                j += 1
            nxt = _place_end(tokens, j)
            if nxt == j:
                break
            out.update(range(end, nxt))
            end = nxt
        k = end
    return out


def partner_indices(tokens: Sequence) -> set[int]:
    """Indices of the comitative phrases of ``tokens`` ("работают только с удалёнными
    командами", "сотрудничают с металлургическими комбинатами"): whom the firms work
    with, neither their trade nor an object of a verb of making."""
    out: set[int] = set()
    for k, token in enumerate(tokens[:-1]):
        if token.value.lower() not in ("с", "со"):
            continue
        j = k + 1
        while j < len(tokens) and _grams(tokens[j]) & {"ADJF", "PRTF"} \
                and "ablt" in _grams(tokens[j]):
            j += 1
        if j < len(tokens) and {"NOUN", "ablt"} <= _grams(tokens[j]) \
                and not tokens[j].value.isupper():  # "станки с ЧПУ"
            out.update(range(k, j + 1))
    return out


def is_place(morph, phrase: str) -> bool:
    """True if the words of ``phrase`` (a sector read by some rule) are a place phrase
    alone: "Находка и порту Восточный", "побережье", "в Иннополисе"."""
    tokens = [t for t in tokenize(morph, phrase, 0, len(phrase)) if not is_dash(t)]
    if not tokens:
        return False
    lead = tokens[0].value.lower() in _PREPOSITIONS
    body = tokens if lead else [_Prep()] + tokens
    return place_indices(body) == set(range(len(body)))


class _Prep:
    value = "в"
    type = "RU"


def report_cut(tokens: Sequence) -> int:
    """The index of the comma that opens a reporting clause in ``tokens``
    (", сообщил журналистам ...", ", говорится в ..."), else ``len(tokens)``."""
    for k in range(len(tokens) - 1):
        if tokens[k].value in (",", "—", "–") and any(
                f.normalized in _report_verbs() for f in forms(tokens[k + 1])[:2]
                if f.grams.values & {"VERB", "INFN"}):
            return k
    return len(tokens)


def placed_sectors(morph, text: str, values: list) -> list:
    """``values`` where a part (a count with a total) whose sector is a place phrase takes
    the sector of its whole (the count of the same sentence before it whose number is the
    part's total); a part with no such whole is dropped."""
    parts = [v for v in values if v.total is not None and is_place(morph, v.sector)]
    if not parts:
        return values
    spans = sentences(text)
    out = []
    for v in values:
        if not any(v is p for p in parts):
            out.append(v)
            continue
        start, stop = next(((a, b) for a, b in spans if a <= v.start < b), (0, len(text)))
        whole = next((w for w in values if w.total is None and w.count == v.total
                      and start <= w.start < v.start and not is_place(morph, w.sector)),
                     None)
        if whole is not None:
            out.append(replace(v, sector=whole.sector))
    return out


__all__ = ["is_place", "partner_indices", "place_indices", "placed_sectors", "report_cut"]
