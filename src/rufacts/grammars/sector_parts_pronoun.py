"""Parts of a whole said with "из них" / "из которых" / "среди них" anywhere in the clause
after the whole, or at the start of the next sentence (w77, issue 11, the family "parts of a
whole"; docs/gold-conventions.md, ``total``). :mod:`.sector_parts` and
:mod:`.sector_subgroups` read the cue right after the whole's comma; these are the rest:

* the number before the cue, past lead-in words and a size adjective: ", причём 15 из них
  локализованы в ОЭЗ", ", однако лишь 45 из них работают напрямую с заводом", ", но к
  программе допущены только тридцать из них", ", причём на четыре крупнейших из них
  приходится 70% выпуска";
* the number after the cue, past asides between commas and qualifiers: ", но реально
  работают из них, по оценке властей, не больше шестидесяти";
* the cue opening the next sentence: "... около трёхсот предприятий. Но крупных среди них,
  признают в правительстве, не больше двух десятков."

The part names no industry outside the whole's ОКВЭД codes (:class:`.sector_subgroups._Subgroups`
``fits``; a bare product word of the ``empty`` cues, "поставляют оборудование", names none); it
takes the noun said with it or the whole's, the whole's sector and the whole's number as total.

:func:`unborrowed_wholes` drops a whole that took its sector from its own part's clause
("38 компаний, 20 из них работают в энергетике": the whole names no industry of its own).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .okved import okved_codes
from .sector_context import adjective_sectors
from .sector_number_tokens import is_count_number as _is_number
from .sector_parts import _lemma as _lemma_of
from .sector_parts import _numbers, _own_noun, _percent
from .sector_words import first_grams as _pos
from .sector_scan import sentences
from .sector_subgroups import _Subgroups, _qualifiers
from .sector_words import is_dash, lexicon, tokenize

_CUE = re.compile(r"(?<![\w-])(?:из|среди)\s+(?:них|которых)(?![\w-])", re.IGNORECASE)
_ENDS = re.compile(r"[;!?]|\.(?=\s*$|\s+[А-ЯЁA-Z«])")
_OPENERS = frozenset({"но", "а", "однако", "при", "этом", "причём", "причем", "и", "из",
                      "среди", "в", "частности", "то", "же", "время"})
_ONE = frozenset({"один", "одна", "одно", "одного", "одной", "одну", "одним", "одном"})


@lru_cache(maxsize=1)
def _empty_words() -> frozenset[str]:
    """Product words that name no industry alone ("продукция", "оборудование")."""
    return frozenset(lexicon().first_words("empty"))


@lru_cache(maxsize=1)
def _excluded() -> frozenset[str]:
    """Time words and fractions of ``count_exclusions.tsv`` ("год", "половина")."""
    from .amount_lexicons import count_exclusions

    return frozenset(count_exclusions()[0])


class _Pronoun(_Subgroups):
    def fits(self, tokens: Sequence, own: set[int], skip: set[int], whole) -> bool:
        empty = _empty_words()
        skip = skip | {k for k, t in enumerate(tokens)
                       if t.value.lower() in empty or _lemma_of(t) in empty
                       or k and _percent(tokens[k - 1])  # "70% выпуска"
                       or k and _lemma_of(tokens[k - 1]) in _excluded()  # "половина выпуска"
                       or _lemma_of(t) in _excluded()}  # "работают круглый год"
        return super().fits(tokens, own, skip, whole)

    def read(self, whole, begin: int, cue: re.Match, stop: int):
        """The part of ``whole`` whose clause runs from ``begin`` past the cue to ``stop``."""
        end = _ENDS.search(self.text, cue.end(), stop)
        tokens = tokenize(self.morph, self.text, begin, end.start() if end else stop)
        c = next((k for k, t in enumerate(tokens) if t.span.start == cue.start()), None)
        if c is None:
            return None
        lo = c  # the clause of the cue: from the comma before it
        while lo > 0 and tokens[lo - 1].value not in (",", ";", "(", ")"):
            lo -= 1
        if any(_is_number(t) for t in tokens[lo:c]) and not _number_before(tokens, c):
            return None  # "в 12 регионах, 5 из них ...": another number in the clause
        found = _number_before(tokens, c)
        asides: set[int] = set()
        if found is None:
            found, asides = _number_after(tokens, c + 2)
        if found is None:
            return None
        first, last = found
        if tokens[first].value.lower() in _ONE or last < len(tokens) \
                and _percent(tokens[last]):
            return None
        hi = last  # the part's clause: up to the next comma past its verb, or its end
        while hi < len(tokens) and not (tokens[hi].value in (",", ";", "(", ")") and any(
                "VERB" in _pos(t) or "PRTS" in _pos(t) for t in tokens[lo:hi])):
            hi += 1
        seg = [t for k, t in enumerate(tokens[lo:hi], lo) if k not in asides]
        shift = {k: n for n, k in enumerate(k for k in range(lo, hi) if k not in asides)}
        if _own_noun(seg, shift[first], shift[last - 1] + 1)[2]:
            return None  # "300 человек из них"
        return self.value(seg, shift[first], shift[last - 1] + 1, whole, seg, 0)


def _number_before(tokens: Sequence, c: int) -> Optional[tuple[int, int]]:
    """"15 из них", "четыре крупнейших из них": a number right before the cue, past
    adjectives that name no industry."""
    k = c
    while k > 0 and _pos(tokens[k - 1]) & {"ADJF", "PRTF"} \
            and not adjective_sectors(tokens[k - 1:k]) and not _is_number(tokens[k - 1]):
        k -= 1
    spans = [n for n in _numbers(tokens[:k]) if n[1] == k]
    return spans[0] if spans else None


def _number_after(tokens: Sequence, k: int) -> tuple[Optional[tuple[int, int]], set[int]]:
    """"из них, по оценке властей, не больше шестидесяти": a number after the cue, past
    asides between commas (with no number) and qualifiers; its own noun before a dash
    ("из них береговых заводов — около сорока") is read by :mod:`.sector_parts`."""
    asides: set[int] = set()
    quals = _qualifiers()
    while k < len(tokens):
        token = tokens[k]
        if token.value == ",":
            j = k + 1
            while j < len(tokens) and tokens[j].value != "," and not _is_number(tokens[j]):
                j += 1
            if j < len(tokens) and tokens[j].value == "," and j - k <= 8:
                asides |= set(range(k, j + 1))
                k = j + 1
                continue
            return None, asides
        if token.value.lower() in quals or is_dash(token):
            k += 1
            continue
        spans = [n for n in _numbers(tokens[k:]) if n[0] == 0]
        if spans:
            return (k, k + spans[0][1]), asides
        return None, asides
    return None, asides


def pronoun_parts(morph, text: str, values: list) -> list:
    """The parts the module's docstring describes that no rule counted."""
    if not values or not _CUE.search(text):
        return []
    parts = _Pronoun(morph, text, values)
    out: list = []
    spans = sentences(text)
    for n, (start, stop) in enumerate(spans):
        for cue in _CUE.finditer(text, start, stop):
            before = [v for v in values + out if start <= v.start and v.stop <= cue.start()]
            wholes = [v for v in before if v.total is None]
            begin = None
            if wholes:
                whole = max(wholes, key=lambda v: v.stop)
                if any(v.start > whole.stop for v in before):
                    continue  # a count between the whole and the cue
                begin = whole.stop
            elif n and not before and _opens(morph, text, start, cue.start()):
                prev = [v for v in values + out if spans[n - 1][0] <= v.start < start
                        and v.total is None]
                if prev:
                    whole = max(prev, key=lambda v: v.stop)
                    begin = start
            if begin is None or not okved_codes(morph, whole.sector):
                continue
            found = parts.read(whole, begin, cue, stop)
            if found is not None and not any(f.start == found.start for f in out):
                out.append(found)
                parts.values = values + out
    return out


def _opens(morph, text: str, start: int, cue: int) -> bool:
    """The cue opens its sentence: "Но крупных среди них ...", "Из них ..."."""
    tokens = tokenize(morph, text, start, cue)
    return len(tokens) <= 3 and all(t.value.lower() in _OPENERS or t.value == ","
                                    or _pos(t) & {"ADJF", "PRTF"} and not adjective_sectors([t])
                                    for t in tokens)


def unborrowed_wholes(text: str, values: list) -> list:
    """``values`` without a whole whose span reaches into the clause of its own part and
    whose sector is the part's ("38 компаний, 20 из них работают в энергетике")."""
    out = []
    for v in values:
        if v.total is None and any(
                p.total == v.count and p.sector == v.sector and v.start < p.start < v.stop
                and _CUE.search(text, p.start, v.stop) for p in values if p is not v):
            continue
        out.append(v)
    return out


__all__ = ["pronoun_parts", "unborrowed_wholes"]
