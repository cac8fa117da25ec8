"""Totals of parts whose whole names no industry of its own (w196, issue 11;
docs/gold-conventions.md, "total": the whole of "из N", "среди N", "N из M").

* "Три из пяти крупнейших налогоплательщиков области — угольные компании": the part's
  figure is followed by "из M": M is its total, whatever noun the whole has;
* "Из 14 крупнейших потребителей электроэнергии шесть — алюминиевые заводы", "Среди 48
  компаний — участников выставки 15 — станкостроители": a sentence that opens with
  "Из M" or "Среди M" gives M as the total of the smaller counts after it that have none;
* "52 компании против 44 годом ранее, причём девять из них ...": an earlier figure of the
  past is no whole (its total is null by the convention); a part read as one of it ("из
  них") is one of the figure it is compared with. A figure reached ("12 стивидоров; их
  осталось семь, и два из них ...") keeps its parts.

Reads only the text around each count's figure; no parse.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicons import load_list
from .morph import Morph
from .numbers import numeral
from .sector_not_counts import _figure
from .sector_scan import sentences

# the whole's number, not a year, a share or a score: "из 2019 года", "из 100%", "из 10 баллов"
_WHOLE = r"(\d+|[а-яё]+)(?![\w%])(?!\s*(?:%|год|г\.|процент|балл|очк|мест))"
_OF = re.compile(r"\s*(?:[—–-]\s*)?из\s+" + _WHOLE, re.I)
# an earlier figure said as one of the past ("против 44 годом ранее", "их было 25"), not
# the figure reached ("их осталось семь", which the parts after it are of)
_PAST = re.compile(r"(?i)против|ранее|назад|(?<!\w)был[аио]?(?!\w)")
_OPENING = re.compile(r"[\s«\"(]*(?:из|среди)\s+" + _WHOLE, re.I)


def _number(morph: Morph, word: str) -> int | None:
    if word.isdigit():
        return int(word)
    found = numeral(morph, word)
    if found is None or found[1] in ("scale", "fraction") or found[0] != int(found[0]):
        return None
    return int(found[0])


def _figure_of(morph: Morph, text: str, value) -> tuple[int, int] | None:
    """Where the count's number stands: in digits (:func:`~.sector_not_counts._figure`)
    or as one number word ("три", "шесть")."""
    figure = _figure(text, value)
    if figure is not None:
        return figure
    for m in re.finditer(r"[а-яё]+", text[value.start:value.stop], re.I):
        if _number(morph, m.group()) == value.count:
            return value.start + m.start(), value.start + m.end()
    return None


def _of_total(morph: Morph, text: str, value) -> int | None:
    figure = _figure_of(morph, text, value)
    if figure is None:
        return None
    m = _OF.match(text, figure[1])
    if m is None:
        return None
    total = _number(morph, m.group(1))
    return total if total is not None and total > value.count else None


def _quoted_sentences(text: str) -> list[tuple[int, int]]:
    """:func:`~.sector_scan.sentences`, joined where a cut fell inside quotes
    ("участников «Иннопром. Центральная Азия» …")."""
    out: list[tuple[int, int]] = []
    for start, stop in sentences(text):
        if out and text.count("«", out[-1][0], out[-1][1]) > text.count("»", out[-1][0],
                                                                          out[-1][1]):
            out[-1] = (out[-1][0], stop)
        else:
            out.append((start, stop))
    return out


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(w.replace("ё", "е") for w in load_list("sector_place_nouns.txt"))


def _place_whole(morph: Morph, text: str, at: int) -> bool:
    """The whole's first noun after its number names a place ("Из 40 регионов, …, 12
    компаний …"): no whole of firms."""
    for m in re.finditer(r"[а-яё-]+", text[at:at + 80], re.I):
        parses = morph.parse(m.group().lower())
        if parses and parses[0].tag.POS == "NOUN":
            return parses[0].normal_form.replace("ё", "е") in _places()
    return False


def _opening_total(morph: Morph, text: str, value) -> int | None:
    for start, stop in _quoted_sentences(text):
        if start <= value.start < stop:
            m = _OPENING.match(text, start)
            if m is None or m.end() > value.start or _place_whole(morph, text, m.end()):
                return None
            total = _number(morph, m.group(1))
            return total if total is not None and total > value.count else None
    return None


def _earlier_whole(values: list, value):
    """The count an earlier figure ("против 44 годом ранее") is compared with: the count
    of the same firms just before it."""
    before = [w for w in values if w.via != "earlier" and w.stop <= value.start + 1
              and (w.object, w.sector) == (value.object, value.sector) and w.total is None]
    return before[-1] if before else None


def open_totals(morph: Morph, text: str, values: list) -> list:
    """``values`` with the totals the module's docstring describes."""
    earlier = {(v.count, v.object, v.sector): v for v in values
               if v.via == "earlier" and _PAST.search(v.text)}
    out = []
    for v in values:
        if v.total is None and v.via != "earlier":
            total = _of_total(morph, text, v) or _opening_total(morph, text, v)
            if total is not None and not any(
                    w.count == total and w.start < v.start and w.total is not None
                    for w in values):
                v = replace(v, total=total)
        elif v.total is not None and (v.total, v.object, v.sector) in earlier:
            whole = _earlier_whole(values, earlier[(v.total, v.object, v.sector)])
            if whole is not None and whole.count > v.count:
                v = replace(v, total=whole.count)
        out.append(v)
    return out


__all__ = ["open_totals"]
