"""A unit of an institution that opens the sentence in an oblique case is named in lower case:
"Кафедрой прикладной геодезии руководит ...", "Лабораторией геномной селекции заведует ..." name
"кафедра прикладной геодезии", "лаборатория геномной селекции" (docs/gold-conventions.md: a unit's
name in the nominative, lower case as written; inside a sentence the press writes "руководит кафедрой
прикладной геодезии"). The capital is the sentence's: the name rebuilt in the nominative does not keep
it. So in the nominative for the nouns marked "+" in the lexicon ("Кафедра фармацевтической химии
провела ...", "Отдел кастинга киностудии разослал ..." -> кафедра фармацевтической химии, отдел
кастинга), not for a title such as "Дирекция скоростного сообщения". So with an adjective before the noun in an oblique
case ("Конструкторскому бюро лёгких вертолётов" -> конструкторское бюро лёгких вертолётов), and in the
nominative with a unit's adjective of ``lexicons/org_opening_unit_adjectives.txt`` before a noun
marked "+" ("Следственный отдел по Пригородному району возбудил ..." -> следственный отдел по
Пригородному району; docs/gold-conventions.md).

The unit's noun is one of ``lexicons/org_lower_units.txt`` ("кафедра", "отдел", "лаборатория"), its
form not its lemma (an oblique case), and the word after it is in lower case (the field: "Кафедрой
ЮНЕСКО" is left as written). Read by :func:`rufacts.components.entities.group_named`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows
from .doc_words import morph_values
from .org_descriptor_units import kind_adjectives
from .org_kind_units import opening_kind


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return load_list("org_lower_units.txt")


@lru_cache(maxsize=1)
def _subject_units() -> frozenset[str]:
    """The nouns of ``org_lower_units.txt`` marked "+": a unit in the nominative too."""
    return frozenset(row[0] for row in load_rows("org_lower_units.txt") if len(row) > 1 and row[1] == "+")


def _opening_adjective(span: Span) -> bool:
    """The span opens its sentence with a lower-case-written adjective of the unit's noun in an oblique
    case ("Конструкторскому бюро лёгких вертолётов выделили ...", "Главной редакцией информационного
    вещания руководит ..."): the adjective's capital is the sentence's too. Only a kind's adjective
    (:func:`.org_descriptor_units.kind_adjectives`): a place's is a proper name's ("Нидерландскому бюро
    по туризму")."""
    head, nxt = span[0], span[1]
    cases = morph_values(head, "Case")
    if not (len(span) > 2 and head.pos_ == "ADJ" and head.is_sent_start and head.text.replace("-", "").isalpha()
            and head.text[1:].islower() and bool(cases) and nxt.is_lower and span[2].is_lower):
        return False
    if "Nom" in cases:  # "Следственный отдел по Пригородному району возбудил ..."
        return folded_lemma(nxt) in _subject_units() and folded_lemma(head) in load_list("org_opening_unit_adjectives.txt")
    return folded_lemma(nxt) in _units() and folded_lemma(head) in kind_adjectives()


def opening_unit_name(span: Span, full: str) -> str | None:
    """``full`` (the span's name in the nominative) with the unit's noun in lower case where the span
    opens its sentence with the unit's noun in an oblique case (see the module); None else."""
    if span.label_ != "ORG" or len(span) < 2 or not full[:1].isupper():
        return None
    head, nxt = span[0], span[1]
    if _opening_adjective(span) or opening_kind(span):  # "Кардиологическое отделение ... переехало"
        return full[:1].lower() + full[1:]
    if not head.is_sent_start or not head.is_title or not head.is_alpha or not nxt.is_lower or not nxt.is_alpha:
        return None
    lemma = folded_lemma(head)
    if lemma not in _units() or head.lower_.replace("ё", "е") == lemma and lemma not in _subject_units():
        return None
    if not full.lower().startswith(lemma):
        return None
    return full[:1].lower() + full[1:]
