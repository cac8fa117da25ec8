"""A legal form and the quoted name after it are one organization, whatever the quote holds: a state
institution's name often names its owner or its unit with other bodies' names inside ("ФГКУ
«Специальное управление ФПС № 3 МЧС России»", "ФГБУ «НИИ пульмонологии ФМБА России»", "ГОУ «Гимназия
№ 5»"). The tagger reads the bodies inside and leaves the quote's own opening words out, or cuts the
name at one of them ("ФГКУ «Пограничное управление" + "ФСБ»"). The legal forms are those of
``lexicons/legal_forms.txt`` (:func:`rufacts.entities.org_legal_leads._form_start`: written with a
capital, a run of them too); the quote closes within ``MAX_QUOTED`` words, with no quote opening in
it and no line break, and opens with a capital or a number.

The span runs from the form over the closing quote; a span crossing its edges, one starting at the
name's first word or at a lower-case word inside ("управление ФПС" of "Специальное управление ФПС") gives way, the bodies named further inside stay mentions of their own ("МЧС
России"). Read by :mod:`rufacts.components.entities` after :func:`rufacts.entities.org_legal_leads.legal_leads`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .org_legal_leads import _form_start
from .quotes import CLOSE_QUOTES, OPENING_QUOTES
from .spans import positions

MAX_QUOTED = 14  # words inside the quotes: "Специальное управление ФПС № 3 МЧС России"


def _closing(doc: Doc, quote: int) -> int | None:
    """Index of the quote closing the one at ``quote``; None where another opens first, a line
    ends or a tab or four spaces (a table's cell) come first, or none closes within
    ``MAX_QUOTED`` words."""
    for k in range(quote + 1, min(len(doc), quote + MAX_QUOTED + 2)):
        text = doc[k].text
        if text in CLOSE_QUOTES and k > quote + 1:
            return k
        if text in OPENING_QUOTES or text in (".", ";") or "\n" in text or "\t" in text \
                or len(text) >= 3 and text.isspace():
            return None
    return None


def legal_quoted_wholes(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span over each legal form and the whole quoted name after it."""
    found = []
    for quote in positions(doc, OPENING_QUOTES):
        start = _form_start(doc, quote) if quote > 0 else quote
        if start == quote:
            continue
        close = _closing(doc, quote)
        first = doc[quote + 1] if quote + 1 < len(doc) else None
        if close is None or first is None or not (first.text[:1].isupper() or first.text[:1].isdigit()):
            continue
        end = close + 1
        if any(s.label_ == "ORG" and s.start <= quote + 1 and s.end >= close for s in spans):
            continue  # the tagger's or legal_leads' span is whole already
        if any(s.label_ != "ORG" and (s.start < start < s.end or s.start < end < s.end) for s in spans):
            continue  # a person or a place across an edge: not ours
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    def crossed(s: Span) -> bool:
        return any((s.start < f.start < s.end) or (s.start < f.end < s.end)
                   or (s.start >= f.start and s.end <= f.end and (s.start <= _open(f) + 1 or s[0].is_lower))
                   for f in found)  # (inside: the name's first words, a common noun's body cut from it)
    out = [s for s in spans if not crossed(s)] + found
    return sorted(out, key=lambda s: (s.start, -s.end))


def _open(span: Span) -> int:
    """Index of the opening quote of a span of :func:`legal_quoted_wholes`."""
    return next(t.i for t in span if t.text in OPENING_QUOTES)
