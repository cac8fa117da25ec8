"""A body's name translated in brackets right after it, quoted (session 38, w342, NEREL
organizations): "авиакомпании Scat Airlines («Скат»)", "блок «Пакатан Харапан» («Альянс надежды»)".
The quoted words in the brackets are an organization of their own, named as written (the tagger
often misses them, or takes the quotes in); the record's name is the quoted words without quotes
(``components.entities.group_named`` drops quotes round a whole name).

The gloss is one to six Cyrillic words, the first capitalized, alone between "(«" and "»)" right
after an organization's span (or its closing quote). A gloss that is no name ("(«зелёного»)",
lower case) stays out. Read by :mod:`rufacts.components.entities` after the span repairs.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .quotes import CLOSING_QUOTES, OPENING_QUOTES
from .spans import closing_quote

MAX_WORDS = 6
CYRILLIC = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё-]*$")


def _gloss(doc: Doc, end: int) -> tuple[int, int] | None:
    """(start, end) of the quoted words of a bracketed gloss opening at ``end`` (past a closing
    quote), else None."""
    j = end + 1 if end < len(doc) and doc[end].text in CLOSING_QUOTES else end
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 1].text not in OPENING_QUOTES:
        return None
    k = closing_quote(doc, j + 1, MAX_WORDS)
    if k is None or k == j + 2 or k + 1 >= len(doc) or doc[k + 1].text != ")":
        return None
    words = doc[j + 2:k]
    if not words[0].text[:1].isupper() or not all(CYRILLIC.match(t.text) for t in words):
        return None
    return j + 2, k


def bracketed_glosses(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the bracketed quoted gloss after an organization made an organization."""
    add: list[Span] = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        found = _gloss(doc, span.end)
        if found is None:
            continue
        start, end = found
        if any(s.label_ == "ORG" and s.start <= start and end <= s.end for s in spans):
            continue  # already an organization ("(«Скат»)" with its quotes)
        add.append(Span(doc, start, end, label="ORG"))
    if not add:
        return spans
    out = [s for s in spans if not any(a.start < s.end and s.start < a.end for a in add)]
    return sorted(out + add, key=lambda s: (s.start, -s.end))
