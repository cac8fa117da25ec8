"""An apposition between dashes after a counted noun (w151, issue 11, the family "counts
carried over"): "11 компаний — участниц нацпроекта «…» — выпускают станки", "девять
заводов — резидентов ОЭЗ — производят …". The words between the dashes say what else the
firms are (members, residents, participants), not their industry; the verb after the second
dash does. The surface grammar would read the first dash as "N компаний — <sector>", so it
reads the text with the apposition blanked out (spaces of the same length: every offset
stays), and the verb after it gives the sector.
"""
from __future__ import annotations

import re

from .sector_context import object_lemma
from .sector_words import blanked, forms, is_verb, tokenize

# "<number> <noun> — <apposition> — <verb>": the apposition opens with a noun in agreement
# or in the genitive ("участниц", "резидентов", "членов"), has no third dash, no sentence end
_APPOSITION = re.compile(r"(?:\d|\b[а-яё]+)\s+(?P<noun>[а-яё-]+)\s+(?P<a>[—–]\s+[а-яё]+[^—–.;!?()]{0,120}?"
                         r"\s+[—–])\s+(?P<verb>[а-яё]+)", re.IGNORECASE)


def unappositioned(morph, text: str) -> str:
    """``text`` with each apposition between dashes after a counted noun blanked out
    (module docstring); the text itself where there is none."""
    if text.count("—") + text.count("–") < 2:
        return text
    spans = []
    for m in _APPOSITION.finditer(text):
        noun = tokenize(morph, text, *m.span("noun"))
        if not noun or not forms(noun[0]) or not object_lemma(noun[0]):
            continue  # a counted noun before the first dash
        verb = tokenize(morph, text, *m.span("verb"))
        words = tokenize(morph, text, m.start("a") + 1, m.end("a") - 1)
        if not verb or not is_verb(verb[0]) or any(is_verb(t) for t in words):
            continue  # "— участниц … — выпускают": a verb after it, none inside
        spans.append(m.span("a"))
    return blanked(text, spans)


# w180: who owns the firms, right after the counted noun: "120 организаций с российским
# участием в торговле", "48 компаний с иностранным капиталом в горнодобывающей промышленности"
_OWNED = re.compile(r"(?P<noun>[а-яё-]+)\s+(?P<a>с\s+(?:[а-яё-]+(?:ым|им|ой|ей)\s+){1,2}"
                    r"(?:участием|капиталом))(?=\s+в\s)", re.IGNORECASE)


def unowned(morph, text: str) -> str:
    """``text`` with an owner phrase "с <adjectives> участием / капиталом" after a counted
    noun and before a "в <industry>" phrase blanked out: the industry is the "в" phrase
    ("214 компаний с российским участием в сфере торговли" -> торговля)."""
    if "участием" not in text and "капиталом" not in text:
        return text
    spans = []
    for m in _OWNED.finditer(text):
        noun = tokenize(morph, text, *m.span("noun"))
        if noun and forms(noun[0]) and object_lemma(noun[0]):
            spans.append(m.span("a"))
    return blanked(text, spans)


__all__ = ["unappositioned", "unowned"]
