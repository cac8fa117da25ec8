"""Two readings over the sector counts of a sentence once they are all found (read by
:mod:`rufacts.components.sectors`): the whole an item shares with the item before it
(:func:`shared_totals`: "26 резидентов: 9 дизайн-студий, 7 студий звукозаписи") and the counted
noun stated right after a count where a rule gave it another one (:func:`stated_object`).
"""
from __future__ import annotations

import re
from typing import Optional

from .morph import Morph
from .sector_coord_gaps import number_end as _number_end
from .sector_items import _is_adjective, _object
from .sector_number_tokens import is_count_number as _is_number
from .sector_words import tokenize


# what stands between two items of one whole ("…, ещё пять делают …": w199)
_SIBLING_JOINS = frozenset({",", ";", "и", ", и", ", а", ", ещё", ", еще", ", а ещё", ", а еще",
                            ", и ещё", ", и еще", "и ещё", "и еще", "; ещё", "; еще"})
_COLON_WHOLE = re.compile(r"(?<![\d,.])(\d+)(?:\s+[\w-]+){1,2}\s*[:—–]\s*$")  # or "33 стартапа —"


def shared_totals(morph: Morph, text: str, values: list) -> list:
    """"26 резидентов: 9 дизайн-студий, 7 студий звукозаписи": the first item after "N
    <noun>:" (or "—") has N as its whole, an item right after a sibling with a whole (only
    ",", ";" or "и" between them) shares that whole. ``values``
    have ``start``, ``stop``, ``count`` and ``total`` (dataclasses, replaced)."""
    from dataclasses import replace

    out = sorted(values, key=lambda v: v.start)
    for k, value in enumerate(out):  # the first item right after "18 резидентов:"
        m = _COLON_WHOLE.search(text, max(0, value.start - 60), value.start)
        if value.total is None and m and int(m.group(1)) > value.count and any(
                _object(t) for t in tokenize(morph, text, m.end(1), m.end())):
            out[k] = replace(value, total=int(m.group(1)))
    for k in range(1, len(out)):
        before, value = out[k - 1], out[k]
        if value.total is None and before.total and before.total > value.count \
                and text[before.stop:value.start].strip() in _SIBLING_JOINS:
            out[k] = replace(value, total=before.total)
    return out


def stated_object(morph: Morph, text: str, count_start: int, found: str) -> Optional[str]:
    """The counted noun written right after a count (past its number words and
    adjectives), where a rule gave the count another one: "черепицу — две фабрики" after
    "выпускают шесть заводов" counts фабрики (the noun stated with the count wins); a fused
    compound is kept whole ("мясную — один мясокомбинат"). None where it is the same."""
    from .sector_context import written_lemma

    tokens = tokenize(morph, text, count_start, min(len(text), count_start + 80))
    k = _number_end(tokens, 0) if tokens and _is_number(tokens[0]) else int(
        bool(tokens) and tokens[0].value.lower() in ("один", "одна", "одно"))
    while k < len(tokens) and _is_adjective(tokens[k]) and not _object(tokens[k]):
        k += 1
    if k == 0 or k >= len(tokens) or not _object(tokens[k]):
        return None
    obj = _object(tokens[k])
    if obj == found or written_lemma(tokens[k]) == found:
        return None
    return written_lemma(tokens[k]) or obj
