"""A town's executive the tagger read as a place: "В Муниципалитете Ярославля обсудили",
"Мэрией Оренбурга подписано". A place span that opens with a noun of
``lexicons/town_executive_heads.txt`` (муниципалитет, мэрия, акимат) with capitalized words after
it is the executive of the town it names (:mod:`.org_town_executives`: the genitive after such a
head is always the place it serves), an organization named with its type as written; the town's
words keep a place span of their own. Read by :mod:`rufacts.entities.span_passes` with the last
passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_words


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_words("town_executive_heads.txt")


def executive_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each place span headed by a town's executive noun as an ORG span."""
    out, changed = [], False
    for span in spans:
        head = span[0]
        if span.label_ == "LOC" and len(span) >= 2 and head.pos_ in ("NOUN", "PROPN") \
                and head.lemma_.lower() in _heads() and all(t.text[:1].isupper() for t in span[1:]):
            out.append(Span(doc, span.start, span.end, label="ORG"))
            out.append(Span(doc, span.start + 1, span.end, label="LOC"))
            changed = True
        else:
            out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
