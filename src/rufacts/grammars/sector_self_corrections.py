"""Figures a speaker corrects while saying them (issue 11, number expressions family, round
13): "Птицефабрик у нас семь, нет, восемь", "сорок две мебельные фабрики, точнее, сорок
три", "три, ну, четыре кирпичных завода". The count is the figure said last; the rules read
the first one (the second has no noun of its own, or the first stands next to the noun).

:func:`self_corrected` gives each count whose number is followed in its clause by a comma
(or dash), a correcting word of ``count_corrections.txt`` and another number the value of
that number instead; the corrected number must stand bare (a comma, a dash or the end after
it) or before the count's own noun ("... , нет, сорок три фабрики"), so "пять заводов, то
есть 300 рабочих мест" or "семь, то есть 40%" keep their count. A count already read at the
corrected number drops the first figure's reading."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..lexicons import load_rows
from .numbers import parse_digits, parse_number_words

_WORD = re.compile(r"\d+(?:[ \u00a0]\d{3})*|[А-Яа-яЁё]+(?:-[а-яё]+)?")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    phrases = sorted((r[0].lower() for r in load_rows("count_corrections.txt")), key=len,
                     reverse=True)
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace(",", r",?")
                     for p in phrases)
    return re.compile(r"\s*[,—–]\s*(?:" + words + r")\s*[,—–]?\s+(?=[\dА-Яа-яЁё])",
                      re.IGNORECASE)


def _number_at(morph, text: str, start: int) -> Optional[tuple[int, int]]:
    """(value, end) of the number (digits or number words) that opens ``text[start:]``."""
    m = _WORD.match(text, start)
    if m is None:
        return None
    if m.group()[0].isdigit():
        value = parse_digits(m.group())
        return (int(value), m.end()) if value is not None else None
    words, best, pos = [], None, start
    while True:
        m = _WORD.match(text, pos)
        if m is None or not m.group().isalpha():
            break
        words.append(m.group())
        value = parse_number_words(morph, words)
        if value is None:
            break
        best = (value, m.end())
        pos = m.end()
        while pos < len(text) and text[pos] in " \u00a0":
            pos += 1
    if best is None or best[0] != best[0].to_integral_value():
        return None
    return int(best[0]), best[1]


def _number_before(morph, text: str, end: int) -> Optional[int]:
    """The value of the number that ends ``text[:end]`` (up to four words back)."""
    words = list(_WORD.finditer(text, max(0, end - 60), end))[-4:]
    if not words or words[-1].end() != end:
        return None
    for word in words:  # the longest number first: "сорок две", not "две"
        found = _number_at(morph, text, word.start())
        if found is not None and found[1] == end:
            return found[0]
    return None


def _bare_or_noun(morph, text: str, end: int, obj: str) -> bool:
    """A comma, dash, stop or the end after a corrected figure, or the count's noun."""
    rest = text[end:end + 60].lstrip()
    if not rest or rest[0] in ",.;:!?»\")—–":
        return True
    for m in list(_WORD.finditer(rest))[:3]:
        if not m.group().isalpha():
            return False
        if any(p.normal_form.replace("ё", "е") == obj.replace("ё", "е")
               or p.normal_form.endswith(obj) for p in morph.parse(m.group().lower())):
            return True
    return False


def self_corrected(morph, text: str, values: list) -> list:
    """``values`` with the counts the module's docstring describes set to the figure said
    last."""
    if not values:
        return values
    out = list(values)
    for m in _pattern().finditer(text):
        after = _number_at(morph, text, m.end())
        if after is None:
            continue
        new, end = after
        # the first figure: right before the comma, or before the count's noun phrase
        for k, v in enumerate(out):
            if v.count == new or not (v.start <= m.start() <= v.stop + 1) \
                    or "." in text[v.stop:m.start()] or not _bare_or_noun(
                    morph, text, end, v.object):
                continue
            said = _number_before(morph, text, m.start())
            if said is not None and said != v.count:
                continue  # the figure corrected is no number of this count
            if any(w.count == new and w.object == v.object for w in out if w is not v):
                out[k] = None
                continue
            out[k] = replace(v, count=new, stop=max(v.stop, end), text=text[v.start:max(
                v.stop, end)])
        out = [v for v in out if v is not None]
    return out


__all__ = ["self_corrected"]


@lru_cache(maxsize=1)
def _counters() -> frozenset[str]:
    return frozenset(r[0].lower() for r in load_rows("count_counters.txt"))


def counter_sectors(values: list) -> list:
    """``values`` without a counter noun read as the sector ("Пекарен в области штук сорок":
    "штуки"): the counted noun's own industry (``sector_agents.tsv``: пекарня ->
    хлебопечение) takes its place, else the count is dropped."""
    from .sector_nouns import agent_industry

    out = []
    for v in values:
        if v.sector.lower().replace("ё", "е") not in _counters():
            out.append(v)
        elif agent_industry(v.object):
            out.append(replace(v, sector=agent_industry(v.object)))
    return out


__all__ += ["counter_sectors"]
