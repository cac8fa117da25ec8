"""A unit named by a field whose verbal noun governs an instrumental: "кафедрой управления
эксплуатационной работой", "на кафедре управления персоналом", "Кафедрой управления
эксплуатационной работой руководит ..." name "кафедра управления эксплуатационной работой",
"кафедра управления персоналом" (docs/gold-conventions.md: a unit of an institution named by its
field is an organization; a descriptive name keeps its fixed tail). The field rules
(:mod:`rufacts.entities.org_field_genitives`, :mod:`rufacts.entities.bodies`) read the field as
genitives and stop at the instrumental, and "управления" alone after the unit reads as an owner's
noun ("кафедры управления": of the administration), so the unit is lost.

The unit's noun is one of ``lexicons/org_field_genitive_units.txt`` in the singular, in lower case or
opening its sentence; right after it the genitive of a verbal noun of
``lexicons/org_instrumental_governors.txt`` ("управления"), then the instrumental: up to two lower-case
adjectives and a noun, all read as instrumentals of one number. A span of the tagger inside these words
gives way; one reaching past them is left. Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions
from .spans import over_found

MAX_ADJECTIVES = 2


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(e.split()[0] for e in load_list("org_field_genitive_units.txt"))


@lru_cache(maxsize=1)
def _governors() -> frozenset[str]:
    return load_list("org_instrumental_governors.txt")


def _reads(token: Token, pos: str, case: str) -> set[str]:
    """The numbers ``token`` reads in as a ``pos`` ("NOUN", "ADJF") of ``case``."""
    return {p.tag.number for p in get_morph().parse(token.lower_) if p.tag.POS == pos and p.tag.case == case}


def _unit(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.pos_ == "NOUN" and token.is_alpha and (token.is_lower or token.is_sent_start and token.is_title) \
        and "Plur" not in morph_values(token, "Number")


def _field_end(doc: Doc, i: int) -> int | None:
    """The end of "управления" + an instrumental from ``i`` (the verbal noun), or None."""
    if i >= len(doc) or not doc[i].is_lower or folded_lemma(doc[i]) not in _governors() \
            or not _reads(doc[i], "NOUN", "gent"):
        return None
    k, numbers = i + 1, None
    while k < len(doc) and k - i - 1 < MAX_ADJECTIVES and doc[k].is_lower and doc[k].is_alpha \
            and (found := _reads(doc[k], "ADJF", "ablt")):
        numbers = found if numbers is None else numbers & found
        k += 1
    if k >= len(doc) or not doc[k].is_lower or not doc[k].is_alpha:
        return None
    nouns = _reads(doc[k], "NOUN", "ablt")
    if not nouns or numbers is not None and not numbers & nouns:
        return None
    return k + 1


def instrumental_fields(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each unit named by a verbal noun and its instrumental an organization (see the module)."""
    found = []
    for i in lemma_positions(doc, _units().__contains__):
        if not _unit(doc, i):
            continue
        end = _field_end(doc, i + 1)
        if end is not None:
            found.append((i, end))
    if not found:
        return spans
    return over_found(doc, spans, [(start, start, end) for start, end in found])  # a longer name around it stays
