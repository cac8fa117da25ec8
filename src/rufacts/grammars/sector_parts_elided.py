"""Elided siblings of a part (w77, issue 11, the family "parts of a whole";
docs/gold-conventions.md, ``object``: "Only where the count has no noun of its own ... it is
taken from the counted noun of the clause before"):

* "в том числе восемь химических предприятий и три — агрохимических": the sibling's
  adjectives name the industry, the noun is the count's before it;
* "из них 412 — предприятиям машиностроения, 236 — химической отрасли": a genitive or dative
  phrase without a counted noun names the industry, the noun is the part's before it.

Read once every reader has found its counts (the parts of :mod:`.sector_subgroups_dashed` are
found late, after the list readers of :mod:`.sector_items` took the whole's noun): an item
another rule read with the whole's noun takes the noun of the count right before it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_normal import join_sectors, sector_name
from .sector_number_tokens import is_count_number as _is_number
from .sector_words import first_grams as _pos
from .sector_words import forms, in_case, tokenize

_NEXT = re.compile(r"\s*(?:,\s*(?:а\s+|и\s+)?|\s(?:и|а)\s+)(?P<n>\d+|[а-яё]+)\s+[—–]\s+"
                   r"(?P<rest>[^,.;:!?()—–«»]{2,60})")
_PHRASE = frozenset({"ADJF", "PRTF", "NOUN"})


def _sector(morph, tokens: Sequence, obj: str) -> Optional[str]:
    """The industry an elided item's words name: adjectives alone ("агрохимических"), or a
    genitive or dative phrase with no counted noun ("химической отрасли")."""
    if not tokens or not all(_pos(t) & _PHRASE for t in tokens):
        return None
    if all(_pos(t) & {"ADJF", "PRTF"} for t in tokens):
        names = adjective_sectors(tokens, obj)
        return join_sectors(names) if names else None
    if any(forms(t) and object_lemma(t) for t in tokens):
        return None  # a noun of its own: other readers
    for case in ("gent", "datv"):
        if in_case(tokens[0], case):
            name = sector_name(morph, list(tokens), case)
            return name if okved_codes(morph, name) else None
    return None


def elided_siblings(morph, text: str, values: list) -> list:
    """``values`` with the siblings the module's docstring describes added, and an elided
    item's noun taken from the count right before it."""
    out = list(values)
    for v in sorted(values, key=lambda v: v.start):
        if v.total is None:
            continue  # parts only: a whole's items are the list readers'
        m = _NEXT.match(text, v.stop)
        if m is None:
            continue
        a, b = m.span("n")
        tokens = tokenize(morph, text, a, b)
        if len(tokens) != 1 or not _is_number(tokens[0]):
            continue
        count = count_value(morph, tokens)
        there = next((k for k, w in enumerate(out) if w.start <= a < w.stop), None)
        if there is not None:
            w = out[there]
            if w.via == "elided" and w.total == v.total and w.object != v.object:
                out[there] = replace(w, object=v.object)  # "412 — предприятиям …, 236 — …"
            continue
        if not count or v.total and count >= v.total:
            continue
        rest = tokenize(morph, text, *m.span("rest"))
        sector = _sector(morph, rest, v.object)
        if sector is None:
            continue
        from .sectors import SectorValue

        end = rest[-1].span.stop
        out.append(SectorValue(a, end, text[a:end], count, v.object, sector, v.total,
                               via="elided"))
    return out


__all__ = ["elided_siblings"]
