"""Totals of items said after "Среди N <noun> ... —" (w61).

"Среди 140 участников ярмарки в Самаре — 35 гончарных мастерских и 12 кузниц": every item
after the dash, up to the end of the clause, has the whole N as its total, also where the
whole's noun has words of its own before the dash ("участников ярмарки в Самаре") and where
the item before it was not read. Imports only the standard library.
"""
from __future__ import annotations

import re
from dataclasses import replace

_AMONG = re.compile(r"(?<![\w\d])[Сс]реди\s+(\d+)\s+[^\d—–:;.!?()«»]{2,60}?\s[—–:]\s")
_BREAK = re.compile(r"[.;!?()—–]|\sиз\s+(?:них|которых)")


def among_totals(text: str, values: list) -> list:
    """``values`` (dataclasses with ``start``, ``count``, ``total``) with the whole of a
    "Среди N ... —" before them as total, where they have none and N is larger."""
    out = []
    for value in values:
        if value.total is None:
            for m in _AMONG.finditer(text, max(0, value.start - 200), value.start + 1):
                whole = int(m.group(1))
                if m.end() <= value.start and whole > value.count \
                        and not _BREAK.search(text, m.end(), value.start):
                    value = replace(value, total=whole)
        out.append(value)
    return out
