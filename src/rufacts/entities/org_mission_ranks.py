"""A mission's rank adjective opens its name: "Генеральное консульство Японии" (not "консульство
Японии"), "Генеральному консульству Республики Корея". The tagger often starts the span at the
noun; the adjective "генеральный" right before a mission's head noun
(``lexicons/org_mission_heads.txt``) is taken in."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list

RANKS = frozenset({"генеральный"})


def mission_ranks(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans opening with a mission's head noun grown over its rank adjective before it."""
    heads = load_list("org_mission_heads.txt")
    out = []
    for span in spans:
        k = span.start - 1
        if span.label_ == "ORG" and k >= 0 and span[0].lemma_.lower() in heads and span[0].is_lower \
                and doc[k].lemma_.lower() in RANKS and doc[k].pos_ == "ADJ" \
                and not any(s.start <= k < s.end for s in spans if s is not span):
            span = Span(doc, k, span.end, label="ORG")
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end))
