"""An institution named after a saint with no "имени": "больницей Святого великомученика Георгия",
"в больницу Святителя Луки", "гимназия Святителя Иннокентия".

The tagger finds no body in the lower-case noun and reads the saint as a place or a person, or
nothing. docs/gold-conventions.md: a descriptive name keeps its "имени" phrase; an eponym without
"имени" is the same phrase. A lower-case singular institution's noun of
``lexicons/org_saint_eponyms.tsv`` ("head": больница, госпиталь, гимназия), then a capitalized
genitive word opening a saint's title ("open": Святого, Святителя, Преподобной), lower-case words of
the title ("title": великомученика, благоверного князя) and one or two capitalized words of the name
in the genitive, is one organization; a place's or a person's span inside it gives way. Candidates by
the doc's lemma index. Read by :mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_rows
from .doc_words import morph_values
from .geo import lemma_positions

MAX_TITLE = 3  # "благоверного великого князя"
MAX_NAME = 2  # "Александра Невского"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for kind, lemma in load_rows("org_saint_eponyms.tsv"):
        out.setdefault(kind, set()).add(lemma.replace("ё", "е"))
    return {k: frozenset(v) for k, v in out.items()}


def _genitive(token) -> bool:
    return "Gen" in morph_values(token, "Case")


def _eponym_end(doc: Doc, i: int) -> int | None:
    """End of the saint's title and name from ``i``, or None."""
    words = _words()
    if i >= len(doc) or not doc[i].is_title or folded_lemma(doc[i]) not in words["open"] or not _genitive(doc[i]):
        return None
    j = i + 1
    while j < len(doc) and j - i <= MAX_TITLE and doc[j].is_lower and folded_lemma(doc[j]) in words["title"]:
        j += 1
    k = j
    while k < len(doc) and k - j < MAX_NAME and doc[k].is_title and doc[k].is_alpha:
        k += 1
    return k if k > j else None


def saint_eponyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an institution named after a saint as one ORG span."""
    words = _words()
    found = []
    for i in lemma_positions(doc, words["head"].__contains__):
        head = doc[i]
        if head.pos_ != "NOUN" or not head.is_lower or "Plur" in morph_values(head, "Number") \
                or any(s.start <= i < s.end for s in spans):
            continue
        end = _eponym_end(doc, i + 1)
        if end is not None:
            found.append(Span(doc, i, end, label="ORG"))
    if not found:
        return spans
    out = [s for s in spans if not any(f.start <= s.start and s.end <= f.end and s.label_ in ("LOC", "PER") for f in found)]
    return sorted(out + found, key=lambda s: (s.start, -s.end))
