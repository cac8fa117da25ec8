"""A figure said first and named by "столько" (w180): "Цифра дня: 48 — столько пекарен
открылось в Казани за год", "37 — столько IT-компаний зарегистрировано в Томске". The
figure is the count of the noun phrase after "столько" (adjectives and a counted noun in
the genitive plural); its sector is theirs, or the noun's own trade ("пекарен" ->
хлебопечение), as for a count with its number beside the noun. Read by
:class:`rufacts.components.sectors.SectorsComponent` where no other reader took the figure.

Cheap gate: the text must hold "столько".
"""
from __future__ import annotations

import re

from .sector_context import count_value
from .sector_ranked_by import counted_phrase
from .sector_words import tokenize

_INT = r"\d{1,3}(?:[ \u00a0]\d{3})+|\d+"
_SO_MANY = re.compile(rf"(?:^|(?<=[:.!?«\"]\s)|(?<=[:.!?«\"]))\s*(?P<n>{_INT})\s*[—–]\s*"
                      r"(?P<so>столько)\s+", re.IGNORECASE)


def so_many_counts(morph, text: str, values: list) -> list:
    """``values`` with the counts of the module's docstring added."""
    if "столько" not in text.lower():
        return values
    from .sectors import SectorValue

    out: list = []
    for m in _SO_MANY.finditer(text):
        a, b = m.span("n")
        if any(v.start <= a < v.stop for v in values):
            continue
        found = counted_phrase(morph, text, m.end())
        value = count_value(morph, tokenize(morph, text, a, b))
        if found is None or not value:
            continue
        end, obj, sector, _ = found
        out.append(SectorValue(a, end, text[a:end], value, obj, sector, None, via="so_many"))
    return values + out


__all__ = ["so_many_counts"]
