"""The capitalized adjective that opens a body's name before the lower-case adjectives the rules
took: "Северо-Западного" + "территориального управления Росрыболовства", "Южного" +
"межрегионального управления Ростехнадзора".

A descriptor's rule takes a body's lower-case adjectives and its noun ("территориального
управления Росрыболовства") and stops at a capital; a capitalized adjective right before them that
agrees with the first of them in case and number (the tagger's) names which of the bodies it is,
and the name begins there. Not at a sentence's first word (capitalized for the sentence: "Новое
региональное отделение ..."), not a word another entity holds, and not over a quote or a name
that is no adjective. Read by :mod:`rufacts.components.entities` after the descriptors' rules.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .institutions import opens_sentence


def _agrees(lead: Token, first: Token) -> bool:
    cases = set(lead.morph.get("Case")), set(first.morph.get("Case"))
    numbers = set(lead.morph.get("Number")), set(first.morph.get("Number"))
    return bool(cases[0] & cases[1]) and bool(numbers[0] & numbers[1])


def _lead(doc: Doc, span: Span, taken: set[int]) -> bool:
    """Whether the word before ``span`` is a capitalized adjective that opens its name."""
    if span.start == 0 or span.label_ != "ORG" or len(span) < 2:
        return False
    first, lead = span[0], doc[span.start - 1]
    return first.pos_ == "ADJ" and first.is_lower and first.is_alpha \
        and lead.pos_ == "ADJ" and lead.text[:1].isupper() and not lead.is_upper \
        and lead.text.replace("-", "").isalpha() and lead.i not in taken \
        and not opens_sentence(doc, lead.i) and _agrees(lead, first)


def capital_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization opened by lower-case adjectives grown over the capitalized
    adjective before them."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    grown = {n: Span(doc, s.start - 1, s.end, label="ORG") for n, s in enumerate(spans) if _lead(doc, s, taken)}
    if not grown:
        return spans
    return sorted((grown.get(n, s) for n, s in enumerate(spans)), key=lambda s: (s.start, -s.end))
