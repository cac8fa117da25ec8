"""A name in quotes is the whole quote (w297): a descriptive name read inside quotes and cut before
the closing quote goes on to it ("с промоушеном «Африканская лига" + "единоборств»": the institution
rule took a capitalized adjective and its head, the quote holds the name's genitive too).

An organization span opening right after an opening quote, whose closing quote comes within
``MAX_REST`` words after its end, all lower-case words (no quote, punctuation or other entity
between), grows to the closing quote (the quotes stay out, as the tagger leaves them). Read by
:mod:`rufacts.components.entities` after the institutions' names.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

OPENING = frozenset("«„\"“")
CLOSING = frozenset("»\"“”")
MAX_REST = 3


def quoted_wholes(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization cut inside its quotes grown to the closing quote."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and span.start > 0 and doc[span.start - 1].text in OPENING \
                and span.end < len(doc) and doc[span.end].text not in CLOSING:
            end = span.end
            while end < len(doc) and end - span.end < MAX_REST and doc[end].is_alpha and doc[end].is_lower \
                    and end not in taken:
                end += 1
            if end < len(doc) and doc[end].text in CLOSING and end > span.end:
                span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
