"""A capitalized unit of a named owner is its branch, and the place after "по" is its territory.

"Территориальный орган Росздравнадзора по Пермскому краю", "Территориальному органу Росстата по
Омской области": a capitalized name (an adjective, then a lower-case noun the body lists need not
know, "орган") ending in an organization of its own (the owner, "Росздравнадзора") grows over "по" +
a place like "Управление Росреестра по ..." does. Read by
:func:`rufacts.entities.bodies.complemented_orgs`, which checks that a place follows "по".
"""
from __future__ import annotations

from spacy.tokens import Span


def owned_branch(span: Span, spans: list[Span]) -> bool:
    """``span`` is "<Capitalized adjective> <noun> <owner organization>" with the owner a span of
    its own ending where ``span`` ends."""
    if len(span) < 3 or span.label_ != "ORG" or span[0].pos_ != "ADJ" or not span[0].text[:1].isupper() \
            or not span[0].is_alpha or not span[1].is_lower or span[1].pos_ != "NOUN":
        return False
    return any(o.label_ == "ORG" and o.end == span.end and span.start + 2 <= o.start and o[0].text[:1].isupper()
               for o in spans)
