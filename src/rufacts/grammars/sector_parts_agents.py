"""Parts of a whole named by an agent noun after a dash (w93, issue 11, the family "parts of
a whole and totals"; docs/gold-conventions.md, ``object``, "Maker and agent nouns"):
"Из 120 компаний, экспонировавшихся на выставке, 48 — станкостроители, 30 — производители
электротехники", "Среди 85 эмитентов … 11 — компании нефтегазового сектора, 9 —
девелоперы", "из них 16 — это машиностроители".

The item "N — <agent noun>" (a noun of ``sector_agents.tsv`` or with an agent ending that
names its own industry, :func:`rufacts.grammars.sector_nouns.agent_industry`), alone up to
the next comma, semicolon, "и" or the end of its clause, is a count: the agent noun is the
object, its industry the sector. Its total is set afterwards like any count's (the leading
"Из N …" or the whole before the list: :func:`rufacts.grammars.sector_parts.leading_totals`,
:func:`rufacts.grammars.sector_shared_totals.shared_totals`). A noun with adjectives or words after
it ("9 — девелоперы жилья") is left to the rules that read sectors. People's trades
(``sector_part_trades.tsv``: "металлурги", "пищевики") count so only as a part of a whole
("из них", "из которых", "из N" before them in the sentence: "23 резидента, из них пятеро —
металлурги").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicons import load_rows
from .sector_context import count_value, object_lemma, written_lemma
from .sector_nouns import agent_industry
from .sector_scan import sentence_at
from .sector_number_tokens import is_count_number as _is_number
from .sector_words import forms, tokenize

_ITEM = re.compile(r"(?<![\w.,])(?P<n>\d+|[а-яё]+)(?:\s+из\s+(?:них|которых))?\s+[—–]\s+(?:это\s+)?"
                   r"(?P<noun>[а-яё]+(?:-[а-яё]+)?)(?=\s*(?:[,;.)]|\s+и\s|\s+а\s|$))",
                   re.IGNORECASE)
_PART_CUE = re.compile(r"(?i)\b(?:из|среди)\s+(?:них|которых)\b|\bиз\s+\d")
_PREPOSITIONS = frozenset({"в", "во", "к", "ко", "с", "со", "до", "по", "на", "за", "от", "из"})


@lru_cache(maxsize=1)
def _part_trades() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("sector_part_trades.tsv")}


def _sentence_start(text: str, at: int) -> int:
    return sentence_at(text, at, (0, len(text)))[0]


def _whole_before(morph, text: str, start: int, cue: int, count: int) -> Optional[int]:
    """The whole of a part: the last number before its cue ("96 малых предприятий …, 40 из
    которых", "Двадцать три, из них девять"), larger than the part; "из N" is its own."""
    own = re.match(r"(?i)из\s+(\d[\d \u00a0]*)", text[cue:])
    if own:
        whole = int(re.sub(r"\D", "", own.group(1)))
        return whole if whole > count else None
    tokens = tokenize(morph, text, start, cue)
    k = len(tokens)
    while k > 0 and not _is_number(tokens[k - 1]):
        k -= 1
    j = k
    while j > 0 and _is_number(tokens[j - 1]):
        j -= 1
    whole = count_value(morph, tokens[j:k]) if k else None
    return whole if whole and whole > count else None


def agent_items(morph, text: str, values: list) -> list:
    """The agent items of ``text`` (module docstring) that no count covers yet."""
    if "—" not in text and "–" not in text:
        return []
    from .sectors import SectorValue

    out = []
    for m in _ITEM.finditer(text):
        a, b = m.span("n")
        before = re.search(r"(\w+)\W*$", text[max(0, a - 20):a])
        if before and before.group(1).lower() in _PREPOSITIONS:
            continue  # "в 2024 — ритейлеры": a year, no count
        if any(v.start <= a < v.stop or v.start < m.end() <= v.stop for v in values):
            continue
        number = tokenize(morph, text, a, b)
        if len(number) != 1 or not _is_number(number[0]):
            continue
        count = count_value(morph, number)
        noun = tokenize(morph, text, *m.span("noun"))
        if not count or len(noun) != 1 or not forms(noun[0]) or not any(  # "210 — сыроварни":
                {"NOUN", "nomn", "plur"} <= f.grams.values for f in forms(noun[0])) and not \
                {"NOUN", "nomn"} <= forms(noun[0])[0].grams.values:  # genitive singular first
            continue
        obj = written_lemma(noun[0]) or object_lemma(noun[0]) or forms(noun[0])[0].normalized
        industry, total = agent_industry(obj), None
        if not industry and obj in _part_trades():  # "из них пятеро — металлурги"
            cue = _PART_CUE.search(text, _sentence_start(text, a), m.end())
            total = _whole_before(morph, text, _sentence_start(text, a), cue.start() if
                                  cue.start() < a and cue.group(0)[-1:].isdigit() else a, count) \
                if cue is not None else None
            industry = _part_trades()[obj] if total else None
        if not industry:
            continue
        out.append(SectorValue(a, m.end(), text[a:m.end()], count, obj, industry, total,
                               via="agent_item"))
    return out


__all__ = ["agent_items"]
