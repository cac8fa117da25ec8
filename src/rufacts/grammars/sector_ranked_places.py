"""Figures spread over places and rankings in statistics prose (issue 11, round 14, w148):
a count of firms said for the whole or for a leading place, then the same firms counted
per region or place. Each figure is a count of its own with the noun and sector carried
over and no whole (docs/gold-conventions.md, the count section: "The same firms counted in
another place ... are counted the same way"):

* a number in parentheses after a place name: "Белгородская область (21), за ней следуют
  Ленинградская (14) и Челябинская (12)", "затем идут Чукотка (48) и Якутия (45)", "больше
  только в Иркутской области (810)";
* the leading place after "больше (меньше) всего их": "больше всего их в Московской области
  — 197";
* all of them after a ranking: "всего же их в стране около 290" (only where the sentence
  ranks places before it; elsewhere "а всего в парке их больше тысячи" counts other firms).

Called by :func:`.sector_earlier.earlier_figures` on the words after a count; the place must
be a place: a dictionary place (pymorphy3's ``Geox``) or a capitalised adjective, with or
without a place noun (``sector_place_nouns.txt``) after it. Years, percentages, money and
ranks in parentheses are no figure: the number must close the parenthesis alone.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicons import load_list
from .morph import Morph

_QUAL = r"(?:(?:около|более|свыше|почти|примерно|порядка|менее|под|лишь|всего|только)\s+)?"
_INT = r"(?P<figure>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)"
_BRACKET = re.compile(rf"(?<![\w-])(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                      rf"(?:\s+(?P<noun>[а-яё]+))?\s*\(\s*{_QUAL}{_INT}\s*\)")
_LOC = r"(?:в|во|на)\s+(?P<loc>[А-ЯЁа-яё-]+(?:\s+[А-ЯЁа-яё-]+){0,2}?)"
_END = r"(?=\s*(?:[,.;:)!?]|$))"
_NUMBER = (r"(?P<figure>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?(?:\s*(?:тыс|млн)\.?)?"
           r"|[а-яё]+(?:\s+[а-яё]+){0,2}?)")
_MOST = re.compile(rf"(?:^|[\s,;(])(?:а\s+)?(?:больше|меньше)\s+всего\s+(?:их\s+|таких\s+)?"
                   rf"{_LOC}(?:\s+их)?\s*(?:[—–]\s*)?{_QUAL}{_NUMBER}{_END}", re.I)
_ALL = re.compile(rf"(?:^|[\s,;(])(?:а\s+)?всего\s+(?:же\s+)?(?:их|таких)\s+(?:{_LOC}\s+)?"
                  rf"(?:(?:было|насчитывается|работает|работают|действует|действуют)\s+)?"
                  rf"{_QUAL}{_NUMBER}{_END}", re.I)
# a sentence that ranks places: a leader, "больше всего", "за ней следуют", a bracketed place
_RANKING = re.compile(r"(?:больше|меньше)\s+всего|лидер|следу[ею]т|затем\s+идут|"
                      r"по\s+(?:числу|количеству)|[А-ЯЁ][а-яё-]+(?:\s+[а-яё]+)?\s*\(\s*\d+\s*\)",
                      re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[А-ЯЁA-Z«\"(])")


def _place_nouns() -> frozenset[str]:
    return frozenset(load_list("sector_place_nouns.txt"))


def _is_place(morph: Morph, name: str, noun: Optional[str]) -> bool:
    """"Чукотка", "Санкт-Петербурге" (a dictionary place), "Ленинградская", "Иркутской
    области" (a capitalised adjective, its place noun after it)."""
    parses = morph.parse(name)
    if noun is not None:
        return any(p.normal_form in _place_nouns() for p in morph.parse(noun)) and any(
            p.tag.POS == "ADJF" for p in parses)
    return any("Geox" in p.tag for p in parses) or any(
        p.tag.POS == "ADJF" and p.normal_form.endswith(("ский", "цкий")) for p in parses)


def _locative(morph: Morph, words: str) -> bool:
    return all(any(p.tag.case in ("loct", "loc2") for p in morph.parse(w))
               for w in words.lower().split())


def _ranking_before(text: str, start: int) -> bool:
    """The sentence up to ``start`` ranks places."""
    head = text[max(0, start - 300):start]
    breaks = list(_SENTENCE_START.finditer(head))
    return bool(_RANKING.search(head[breaks[-1].end():] if breaks else head))


def _bracketed(morph: Morph, m: re.Match) -> bool:
    if _YEAR.fullmatch(m.group("figure")):
        return False  # "Москва (2024)": a year
    noun = m.group("noun")
    if noun is not None and not any(p.normal_form in _place_nouns() for p in morph.parse(noun)):
        return False  # "…ская компания (12)": only a place noun may follow the name
    return _is_place(morph, m.group("name"), noun)


def ranked_figure(morph: Morph, text: str, start: int, stop: int,
                  value) -> Optional[tuple[int, int, int, Optional[str]]]:
    """The first figure of the same firms in another place of a ranking in
    ``text[start:stop]``: (start, stop, value, None), or None. ``value(morph, text, a, b)``
    reads a figure ("около 290", "1,2 тыс.")."""
    window = text[start:stop]
    if "(" not in window and "всего" not in window.lower():
        return None  # cheap gate: most windows
    found = []
    for m in _BRACKET.finditer(window):
        if _bracketed(morph, m):
            found.append((m.start("name"), m))
            break
    for pattern, ranked in ((_MOST, False), (_ALL, True)):
        for m in pattern.finditer(window):
            if m.group("loc") and not _locative(morph, m.group("loc")):
                continue
            if ranked and not _ranking_before(text, start + m.start()):
                continue  # "а всего в парке их больше тысячи": all firms, not these
            lead = len(m.group(0)) - len(m.group(0).lstrip(" ,;("))
            found.append((m.start() + lead, m))
            break
    for begin, m in sorted(found, key=lambda f: f[0]):
        figure = value(morph, text, start + m.start("figure"), start + m.end("figure"))
        if figure is not None:
            return start + begin, start + m.end("figure"), figure, None
    return None


__all__ = ["ranked_figure"]
