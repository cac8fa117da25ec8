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
:func:`rufacts.grammars.sector_items.shared_totals`). A noun with adjectives or words after
it ("9 — девелоперы жилья") is left to the rules that read sectors.
"""
from __future__ import annotations

import re

from .sector_context import count_value, object_lemma, written_lemma
from .sector_nouns import agent_industry
from .sector_number_tokens import is_count_number as _is_number
from .sector_words import forms, tokenize

_ITEM = re.compile(r"(?<![\w.,])(?P<n>\d+|[а-яё]+)\s+[—–]\s+(?:это\s+)?"
                   r"(?P<noun>[а-яё]+(?:-[а-яё]+)?)(?=\s*(?:[,;.)]|\s+и\s|\s+а\s|$))",
                   re.IGNORECASE)
_PREPOSITIONS = frozenset({"в", "во", "к", "ко", "с", "со", "до", "по", "на", "за", "от", "из"})


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
        if not count or len(noun) != 1 or not forms(noun[0]) \
                or not {"NOUN", "nomn"} <= forms(noun[0])[0].grams.values:
            continue
        obj = written_lemma(noun[0]) or object_lemma(noun[0]) or forms(noun[0])[0].normalized
        industry = agent_industry(obj)
        if not industry:
            continue
        out.append(SectorValue(a, m.end(), text[a:m.end()], count, obj, industry, None,
                               via="agent_item"))
    return out


__all__ = ["agent_items"]
