"""Organization names built around other names: a descriptor noun before a place
("правительства Китая", "министерства сельского хозяйства Германии") and an
organization with its place after it ("ФТС России", "МИД Грузии").

The place stays a location mention too (the spans nest), as readers and the
factRuEval annotation see it. Descriptor lemmas come from
``lexicons/org_descriptors.txt``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicons import load_list

MAX_FILLERS = 3  # genitive words between descriptor and name: "сельского хозяйства"


def _is_gen_word(token: Token) -> bool:
    return (token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ")
            and "Gen" in token.morph.get("Case"))


def _agrees(adj: Token, noun: Token) -> bool:
    if adj.pos_ != "ADJ" or not adj.is_lower:
        return False
    same = (lambda f: not adj.morph.get(f) or not noun.morph.get(f)
            or adj.morph.get(f) == noun.morph.get(f))
    return same("Case") and same("Number")


def _descriptor_before(doc: Doc, start: int, descriptors: frozenset[str]) -> int | None:
    """Start of "[adjectives] DESCRIPTOR [genitive fillers]" ending right before ``start``."""
    i = start - 1
    if i >= 0 and doc[i].text in "«\"„":
        i -= 1
    fillers = 0
    while i >= 0 and fillers <= MAX_FILLERS:
        token = doc[i]
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_ in descriptors:
            j = i
            while j > 0 and _agrees(doc[j - 1], token):
                j -= 1
            return j
        if not _is_gen_word(token):
            return None
        fillers += 1
        i -= 1
    return None


def descriptor_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: descriptor + place, and organization + place in the genitive."""
    descriptors = load_list("org_descriptors.txt")
    starts = {s.start: s for s in spans}
    out: list[Span] = []
    for span in spans:
        if span.label_ == "LOC":
            begin = _descriptor_before(doc, span.start, descriptors)
            if begin is not None:
                out.append(Span(doc, begin, span.end, label="ORG"))
        elif span.label_ == "ORG":
            place = starts.get(span.end)
            if place is not None and place.label_ == "LOC" and "Gen" in place[0].morph.get("Case"):
                out.append(Span(doc, span.start, place.end, label="ORG"))
    return out
