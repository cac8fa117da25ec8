"""A conjunction never ends an organization's name (orgextent45).

"купил Новосибирский завод плавленых сыров и перевёл его": the tagger's span runs over the "и" that
joins the clause's next verb. A name of several words whose last word is a lower-case coordinating
conjunction ("и", "или", "а", "но") gives it back; a one-word span stays as it is.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

CONJUNCTIONS = frozenset({"и", "или", "а", "но", "либо"})


def without_conjunction_ends(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a trailing conjunction cut off each organization (see the module)."""
    if not any(s.label_ == "ORG" and len(s) > 1 and s[-1].text in CONJUNCTIONS for s in spans):
        return spans
    out = []
    for s in spans:
        while s.label_ == "ORG" and len(s) > 1 and (s[-1].text in CONJUNCTIONS or s[-1].is_punct and s[-1].text == ","):
            s = Span(doc, s.start, s.end - 1, label="ORG")
        out.append(s)
    return out
