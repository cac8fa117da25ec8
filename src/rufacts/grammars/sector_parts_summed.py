"""Parts listed after a dash or colon that add up to the whole before it (w126, the family
"partitive parts of a total"; docs/gold-conventions.md, ``total``: "N <noun>:" + a list).

"Добычей нефти заняты 40 компаний — 31 частная и 9 государственных" is read by the item
rules; here the items are counts of nouns of their own: "лесозаготовкой заняты 30
предприятий — 22 леспромхоза и 8 артелей". Where the numbers of two or more such items
add up exactly to the whole's, each item is a part of it: its own noun (a counted noun, or
an inanimate noun that names a kind of firm), the whole's sector where it has none of its
own, the whole's number as total. The exact sum is what tells a breakdown from a list of
other things ("40 компаний — 300 рабочих мест").
"""
from __future__ import annotations

import re
from dataclasses import replace

from .sector_context import count_value, object_lemma, written_lemma
from .sector_number_tokens import is_count_number
from .sector_parts import _kind_of_firm, _lemma
from .sector_scan import sentence_at
from .sector_words import first_grams, forms, tokenize

_LEAD = re.compile(r"\s*[—–:]\s*")
_END = re.compile(r"[.;!?()]|\s[—–]\s")
_ADJ = frozenset({"ADJF", "PRTF"})


def _items(morph, tokens) -> list | None:
    """[(count, noun token, number token)] of "37 X, 12 Y и 15 Z", or None."""
    out, k = [], 0
    while k < len(tokens):
        j = k
        while j < len(tokens) and is_count_number(tokens[j]):
            j += 1
        if j == k:
            return None
        n = j
        while n < len(tokens) and forms(tokens[n]) and first_grams(tokens[n]) & _ADJ:
            n += 1
        if n >= len(tokens) or not forms(tokens[n]) or "NOUN" not in first_grams(tokens[n]):
            return None
        value = count_value(morph, tokens[k:j])
        if value is None:
            return None
        out.append((value, tokens[n], tokens[k]))
        k = n + 1
        if k < len(tokens) and tokens[k].value.lower() in (",", "и"):
            k += 1
        elif k < len(tokens):
            return None
    return out


def summed_parts(morph, text: str, values: list) -> list:
    """``values`` with the parts the module's docstring describes added or given their
    total."""
    from .sectors import SectorValue

    out = list(values)
    for whole in values:
        if whole.total is not None or not whole.sector:
            continue
        lead = _LEAD.match(text, whole.stop)
        if lead is None:
            continue
        stop = sentence_at(text, whole.start, (0, len(text)))[1]
        end = _END.search(text, lead.end(), stop)
        tokens = tokenize(morph, text, lead.end(), end.start() if end else stop)
        items = _items(morph, tokens)
        if not items or len(items) < 2 or sum(i[0] for i in items) != whole.count:
            continue
        for count, noun, number in items:
            obj = object_lemma(noun)
            obj = (written_lemma(noun) or obj) if obj else (
                _lemma(noun) if _kind_of_firm(noun) else None)
            if obj is None:
                break
            at = number.span.start
            found = [v for v in out if v.start <= at < v.stop and v.count == count]
            if found:
                out = [replace(v, total=whole.count) if v in found and v.total is None
                       else v for v in out]
            else:
                out.append(SectorValue(at, noun.span.stop, text[at:noun.span.stop], count,
                                       obj, whole.sector, whole.count, via="part"))
    return out


__all__ = ["summed_parts"]
