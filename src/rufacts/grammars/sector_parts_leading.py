"""Parts of a whole that opens its sentence (or a clause after a colon, round 17) with "Из N
<noun>" / "Среди N <noun>" and whose part is a bare number later in the clause (issue 11, the
family "parts of a whole and their totals"; docs/gold-conventions.md, ``total``):

* "Из 19 предприятий шинной промышленности, действующих в России, семь принадлежат
  иностранным владельцам" -> 7 предприятий (шинная промышленность), total 19;
* "Из тридцати девяти дорожно-строительных организаций края к ремонту допущены только
  одиннадцать" -> the whole 39 (its sector from its adjective) and the part 11, total 39.

The whole is the count the other rules read at "N <noun>", or else the noun's adjective that
names an industry ("химических парков"). The part is the first number of the clause after
the whole's phrase with no noun of its own (a verb, a dash, a comma or the end after it),
smaller than N, not a share, a year or a number after a preposition; a part whose words
name an industry the whole's ОКВЭД codes do not hold is left to the rules that read sectors
(:meth:`.sector_parts._Parts.fits`). It takes the whole's noun, sector and number as total.
Such a part may be a whole itself: ", в том числе два — в Татарстане", ", причём два из них"
(the part rules read a part of this module as a whole too).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .sector_context import adjective_sectors, count_value, object_lemma, written_lemma
from .sector_parts import _Parts, _numbers, _percent
from .sector_words import first_grams as _pos
from .sector_scan import sentences
from .sector_subgroups import _qualifiers
from .sector_words import forms, is_dash, tokenize

VIA = "leading part"
_OPEN = ("из", "среди")
_STOP = (";", ":", "(", ")")
_OPENING = re.compile(r'[\s«"„]*(?:из|среди)', re.IGNORECASE)  # a cheap test before tokenize


def _whole_phrase(tokens, k: int):
    """(number span, adjective indices, noun index) of "N <adjectives> <noun>" at ``k``."""
    spans = [n for n in _numbers(tokens[k:]) if n[0] == 0]
    if not spans:
        return None
    first, end = k, k + spans[0][1]
    j = end
    adjectives = []
    while j < len(tokens) and _pos(tokens[j]) & {"ADJF", "PRTF"} and not object_lemma(tokens[j]):
        adjectives.append(j)
        j += 1
    if j >= len(tokens) or not forms(tokens[j]) or not object_lemma(tokens[j]):
        return None
    return (first, end), adjectives, j


def _bare(tokens, first: int, end: int) -> bool:
    """A number with no noun of its own: a verb, a dash, a comma or the end after it."""
    if first and "PREP" in _pos(tokens[first - 1]):
        return False  # "в 2019 году", "до пяти"
    if tokens[first].value.isdigit() and len(tokens[first].value) == 4:
        return False  # a year
    if end >= len(tokens):
        return True
    after = tokens[end]
    if _percent(after):
        return False
    return is_dash(after) or after.value in (",", ".") or bool(
        _pos(after) & {"VERB", "PRTS", "ADVB"})


def leading_parts(morph, text: str, values: list) -> list:
    """``values`` with the wholes and parts the module's docstring describes added."""
    low = text.lower()
    if " из " not in low and "среди " not in low and not low.startswith(_OPEN):
        return values
    out = list(values)
    quals = _qualifiers()
    for start, stop in sentences(text):
        start = next((o for o in [start] + [start + c.end() for c in re.finditer(
            ":", text[start:stop])] if _OPENING.match(text, o, stop)), None)
        if start is None:  # "Архангельск: из 5 ЦБК …": a clause after a colon opens too
            continue  # its first word (after quotes) is no "из"/"среди"
        tokens = tokenize(morph, text, start, stop)
        k = 0
        while k < len(tokens) and tokens[k].value in ("«", '"', "„"):
            k += 1
        if k >= len(tokens) or tokens[k].value.lower() not in _OPEN:
            continue
        k += 1
        while k < len(tokens) and tokens[k].value.lower() in quals:
            k += 1
        phrase = _whole_phrase(tokens, k)
        if phrase is None:
            continue
        (first, end), adjectives, noun = phrase
        total = count_value(morph, tokens[first:end])
        if not total or total < 2:
            continue
        a, b = tokens[first].span.start, tokens[noun].span.stop
        whole = next((v for v in out if v.total is None and v.count == total
                      and v.start < b and a < v.stop), None)
        if whole is None:
            sectors = adjective_sectors([tokens[j] for j in adjectives])
            if not sectors:
                continue
            from .sectors import SectorValue

            obj = written_lemma(tokens[noun]) or object_lemma(tokens[noun])
            whole = SectorValue(a, b, text[a:b], total, obj, sectors[0], None, via=VIA)
        part = _first_bare(tokens, noun + 1, total)
        if part is None:
            continue
        p, q = part
        if any(v.start <= tokens[p].span.start < v.stop for v in out):
            continue  # counted already: leading_totals gives it its total
        parts = _Parts(morph, text, out + [whole])
        hi = q
        while hi < len(tokens) and tokens[hi].value not in _STOP + (",",):
            hi += 1
        seg = tokens[p:hi]
        found = parts.value(seg, 0, q - p, whole, seg, 0)
        if found is None:
            continue
        if not any(v is whole for v in out):
            out.append(whole)
        out.append(replace(found, via=VIA))
    return out


def _first_bare(tokens, k: int, total: int):
    """The first number after ``k`` in the clause that is a bare part smaller than the
    total; None when the clause ends first or a number with a noun comes first."""
    while k < len(tokens) and tokens[k].value not in _STOP:
        spans = [n for n in _numbers(tokens[k:]) if n[0] == 0]
        if spans:
            end = k + spans[0][1]
            if not _bare(tokens, k, end):
                return None
            return (k, end)
        k += 1
    return None


_NESTED = re.compile(r"^[^\d;:()]{0,80}?,\s*(?:причём|причем|в\s+том\s+числе|из\s+них)\b",
                     re.IGNORECASE)


def nested_totals(text: str, values: list) -> list:
    """``values`` with a part of a part of this module taking that part as its whole:
    "семь принадлежат иностранным владельцам, причём два из них ..." -> 2 of 7, not of 19
    (the part's clause, a comma and "причём" / "в том числе" / "из них" between them)."""
    mine = [v for v in values if v.via == VIA and v.total is not None]
    if not mine:
        return values
    out = []
    for v in values:
        inner = next((p for p in mine if p is not v and p.stop <= v.start
                      and v.total == p.total and v.count < p.count
                      and _NESTED.match(text[p.stop:v.start])), None)
        out.append(replace(v, total=inner.count) if inner is not None else v)
    return out


__all__ = ["VIA", "leading_parts", "nested_totals"]
