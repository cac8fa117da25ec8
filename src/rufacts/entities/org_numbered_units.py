"""A production unit named by its work and its number: "силами цеха добычи нефти и газа № 4",
"начальник цеха подготовки и перекачки нефти № 3", "в цехе № 2". A noun of
``lexicons/production_unit_heads.txt`` in lower case (or opening the sentence), the lower-case
genitive run of its field after it (commas and "и" between its nouns:
:func:`rufacts.entities.org_country_ministries.genitive_run_end`) and "№" with a number are one
organization, as "школа № 5" is (docs/gold-conventions.md). Without the number the noun is a
place of its plant ("в цехе завода", "в цехе сборки") and no span is made. A span of the tagger's
inside the phrase gives way; one across its edge stands. Read by
:mod:`rufacts.entities.span_passes` with the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_words
from .geo import lemma_positions
from .org_country_ministries import genitive_run_end
from .spans import with_found

NUMBER_SIGNS = frozenset({"№", "N"})


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_words("production_unit_heads.txt")


def numbered_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each production unit named by its number."""
    hits = lemma_positions(doc, _heads().__contains__)
    if not hits:
        return spans
    found = []
    for i in hits:
        head = doc[i]
        if head.pos_ != "NOUN" or not (head.is_lower or i == head.sent.start):
            continue
        end = genitive_run_end(doc, i)
        if end + 1 >= len(doc) or doc[end].text not in NUMBER_SIGNS \
                or not doc[end + 1].text[:1].isdigit():
            continue
        stop = end + 2
        if any(s.start < i < s.end or s.start < stop < s.end or (s.start < i and s.end >= stop) for s in spans):
            continue  # a span across the phrase's edge, or one over it, stands
        found.append(Span(doc, i, stop, label="ORG"))
    return with_found(spans, found)
