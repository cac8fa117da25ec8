"""A place in the prepositional the tagger ran into the organization's name after it: "особняк на
[Врачаре] Ассоциации драматических артистов Сербии", "офис в [Земуне] Союза архитекторов": the place
says where the thing of the body stands and is no part of its name.

An ORG span after "в"/"во"/"на" opens with a capitalized word in the prepositional (the tagger's
case, or its dative: no dative follows these prepositions, the tagger's guess of an -е form) that heads no body (``org_lead_nouns.body_nouns``: not "в Совете Федерации") and goes on with
a capitalized body noun (``body_nouns``) in another case: the span starts at that noun, the first
word becomes a place. Read by :mod:`rufacts.components.entities` after the list tails.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .org_lead_nouns import body_nouns

PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


def _place_lead(doc: Doc, span: Span) -> bool:
    if span.label_ != "ORG" or len(span) < 3 or span.start == 0 \
            or doc[span.start - 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    place, head = span[0], span[1]
    return place.is_alpha and place.is_title and {"Loc", "Dat"} & set(place.morph.get("Case")) \
        and place.lemma_.lower() not in body_nouns() and not place.lower_.endswith(tuple(body_nouns())) \
        and head.is_alpha and head.is_title and head.pos_ == "NOUN" and head.lemma_.lower() in body_nouns() \
        and "Loc" not in head.morph.get("Case")


def place_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a place the tagger ran into a body's name set apart from it."""
    if not any(_place_lead(doc, s) for s in spans):
        return spans
    out = []
    for span in spans:
        if _place_lead(doc, span):
            out.append(Span(doc, span.start, span.start + 1, label="LOC"))
            span = Span(doc, span.start + 1, span.end, label="ORG")
        out.append(span)
    out = list({(s.start, s.end, s.label_): s for s in out}.values())
    return sorted(out, key=lambda s: (s.start, -s.end))
