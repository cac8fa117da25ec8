"""A quoted name that is a clause, with a finite verb, stands as written (session 38, w342, NEREL
organizations): "телеграм-канал «Опер слил»" is "Опер слил", not "Оперы слил" (the analyzer reads
"Опер" as a genitive plural of "опера"); "«Мош сказал»". A clause does not decline with its slot, so no
word of it goes to the nominative. Read by ``components.entities.group_named`` before the other
readings of a name.
"""
from __future__ import annotations

from spacy.tokens import Span

OPENING = frozenset("«„“\"")
CLOSING = frozenset("»\"“”")


def verb_title(span: Span) -> str | None:
    """The quoted words of ``span`` as written where one of them is a verb (no participle, which
    declines); else None."""
    tokens = [t for t in span if not t.is_space]
    i = next((k for k, t in enumerate(tokens) if t.text in OPENING), None)
    if i is None:
        i = -1 if span.start > 0 and span.doc[span.start - 1].text in OPENING else None
    if i is None:
        return None
    inner = tokens[i + 1:]
    while inner and inner[-1].text in CLOSING:
        inner = inner[:-1]
    if not inner or any(t.text in OPENING or t.text in CLOSING for t in inner) \
            or not any(t.pos_ in ("VERB", "AUX") and not {"Part", "Conv"} & set(t.morph.get("VerbForm")) for t in inner):
        return None
    return "".join(t.text_with_ws for t in inner).strip()
