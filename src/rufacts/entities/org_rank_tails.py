"""A monastic rank the tagger ran into the name of the body before it: "ректора [Казанской духовной
семинарии архимандрита] Феофилакта (Лосева)" is the seminary and its rector, the archimandrite
Феофилакт (docs/gold-conventions.md: a descriptive name stops at a person).

An ORG span whose last word is a lower-case rank of ``lexicons/name_monastic_ranks.txt``
("архимандрита", "епископа", "игумена"), a capitalized word right after it (the person's name), ends
before the rank. Read by :mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    return load_list("name_monastic_ranks.txt")


def rank_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization's name cut before a monastic rank at its end."""
    out, changed = [], False
    for span in spans:
        last = span[-1]
        if span.label_ == "ORG" and len(span) > 2 and last.is_lower and span.end < len(doc) \
                and doc[span.end].text[:1].isupper() and doc[span.end].is_alpha and folded_lemma(last) in _ranks():
            span, changed = Span(doc, span.start, span.end - 1, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
