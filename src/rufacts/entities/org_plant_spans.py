"""An enterprise the tagger reads as a place: a span of a capitalized adjective, lower-case
adjectives and an enterprise noun (``lexicons/org_plant_heads.txt``) is an organization ("на
Чебоксарском агрегатном заводе", "Кировского завода"). Read by
:func:`rufacts.entities.org_name_extent.joined_orgs`."""
from __future__ import annotations

from spacy.tokens import Span

from ..lexicons import load_list


def plant_as_org(span: Span) -> Span:
    if span.label_ != "LOC" or len(span) < 2:
        return span
    head = span[-1]
    if head.pos_ != "NOUN" or not head.is_lower or head.lemma_.lower() not in load_list("org_plant_heads.txt"):
        return span
    first = span[0]
    if first.pos_ != "ADJ" or not first.text[:1].isupper() \
            or not all(t.pos_ == "ADJ" and t.is_lower for t in span[1:-1]):
        return span
    return Span(span.doc, span.start, span.end, label="ORG")
