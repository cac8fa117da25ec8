"""An organization's extent where its own words were cut off (orgextent42).

- :func:`nom_acc_alike`: a lower-case adjective read nominative before a noun read accusative (or the
  reverse) agrees where the two cases share the adjective's form: neuter, plural, or masculine
  before a thing ("в торговое представительство России": the tagger's "торговое" Nom, the noun Acc);
  read by ``orgs._agrees``.
- :func:`kept_tails`: a body's name takes in a fixed prepositional tail of its remit that no rule
  of complements reads (``lexicons/org_kept_tails.tsv``: "на транспорте" after a police or
  prosecution body, "Линейное управление МВД России на транспорте"), if the body holds one of the
  words the tail needs.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_rows
from .doc_words import morph_values

SHARED = frozenset({"Nom", "Acc"})


def nom_acc_alike(adj: Token, noun: Token) -> bool:
    """``adj`` and ``noun`` read one Nom and the other Acc, and the adjective's form is the same in
    both (neuter or plural; masculine before an inanimate noun)."""
    cases = set(morph_values(adj, "Case")) | set(morph_values(noun, "Case"))
    if cases != SHARED:
        return False
    return "Neut" in morph_values(adj, "Gender") or "Plur" in morph_values(adj, "Number") \
        or "Masc" in morph_values(adj, "Gender") and "Inan" in morph_values(noun, "Animacy")


@lru_cache(maxsize=1)
def _kept() -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """(the tail's words, lower case; the lemmas one of which the body must hold)."""
    return tuple((tuple(row[0].split()), frozenset(row[1].split()))
                 for row in load_rows("org_kept_tails.tsv") if len(row) > 1)


def kept_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization grown over a listed tail right after it."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and span.end < len(doc) and doc[span.end].lower_ in ("на", "в", "во", "при"):
            for words, needs in _kept():
                end = span.end + len(words)
                if end <= len(doc) and tuple(t.lower_ for t in doc[span.end:end]) == words \
                        and not any(i in taken for i in range(span.end, end)) \
                        and any(t.lemma_.lower() in needs for t in span):
                    span, changed = Span(doc, span.start, end, label="ORG"), True
                    break
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
