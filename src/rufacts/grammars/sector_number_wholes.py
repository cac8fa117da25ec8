"""The whole of a part said as a figure reached by a number of firms (w187; docs/gold-
conventions.md, ``total``): "число резидентов выросло до 31, из них 18 — предприятия лесной
отрасли", "количество участников кластера достигло 52, в том числе 14 — …". The figure
after "до" / "достигло" / "составило" is the whole of the part right after the cue, where
the noun after "число" is a counted noun (a noun of firms, ``sector_objects.txt``) and the
part has no whole yet. The figure itself counts only where another rule reads it (an
industry of its own: "число лесозаготовительных организаций составило 1 038").
"""
from __future__ import annotations

import re
from dataclasses import replace

from .morph import Morph
from .sector_context import count_value, object_lemma
from .sector_words import forms, tokenize

_FIGURE = r"\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:,\d+)?(?:\s*(?:тыс|млн)\.?)?|[а-яё]+(?:\s+[а-яё]+)?"
_FRAME = re.compile(
    r"(?:число|количество)\s+(?P<noun>[а-яё-]+)[^.;:!?()]{0,60}?\s(?:(?:выросло|возросло|"
    r"увеличилось|сократилось|снизилось|уменьшилось|упало|дошло)(?:\s+[^.;:!?,()]{0,30}?)?\s+до|"
    r"достигло|составило|составляет|составит|достигнет)\s+(?:(?:почти|около|более|уже|лишь)\s+)?"
    rf"(?P<n>{_FIGURE})\s*,\s*(?:из\s+них|из\s+которых|в\s+том\s+числе|среди\s+них|включая)\s+",
    re.I)


def frame_totals(morph: Morph, text: str, values: list) -> list:
    """``values`` where a part right after "число X выросло до N, из них" has N as its whole."""
    if "числ" not in text and "количеств" not in text:
        return values
    out = list(values)
    for m in _FRAME.finditer(text):
        noun = tokenize(morph, text, *m.span("noun"))
        if not noun or not forms(noun[0]) or object_lemma(noun[0]) is None:
            continue  # "число сделок": no firms
        whole = count_value(morph, tokenize(morph, text, *m.span("n")))
        if not whole:
            continue
        for k, v in enumerate(out):
            if v.total is None and m.end() <= v.start <= m.end() + 12 and v.count < whole:
                out[k] = replace(v, total=whole)
    return out


__all__ = ["frame_totals"]
