"""A "по" phrase after a body's name that belongs to the word before the name, not to the body:

- the topic of a noun ("решение Мосгорсуда [по делу блогера]", "позиция Верховного суда [по
  этому вопросу]", "доклад МВФ [по странам Ближнего Востока]", "голосование Государственной думы
  [по законопроекту]": ``lexicons/topic_po_heads.txt``: решение, позиция, прогноз, доклад...);
- the remit of a post ("спецпосланник ООН [по Йемену]", "представитель Генштаба [по работе со
  СМИ]", "спикер МИД Турции [по вопросам беженцев]": a position word,
  :func:`rufacts.entities.role_phrase.is_role_word`).

The noun or the post governs both the body in the genitive and the "по" phrase, so
:func:`rufacts.entities.bodies.complemented_orgs` does not grow the name over it. The phrase stays
the body's where the body is named by a remit noun ("председатель Комитета Госдумы по энергетике":
``lexicons/remit_body_heads.txt``) or by its seat ("заседание Совета при губернаторе по
делам молодёжи"), is a team before its sport ("капитан сборной Швеции по
хоккею") or a territorial branch before its territory ("начальник ГУ МВД России по Краснодарскому
краю", "решение УФАС по Москве": ``lexicons/branch_abbreviations.txt`` and the branch nouns below).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .role_phrase import is_role_word

BRANCH_NOUNS = frozenset({"управление", "отдел", "отделение", "инспекция", "департамент", "главк"})
TEAMS = frozenset({"сборная", "сборный", "команда"})  # named with their sport after "по"


def _governor(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a noun that takes a "по" topic or a post that takes a "по" remit."""
    token = doc[i]  # (the word itself too: the tagger reads "данные" as an adjective)
    if not (token.is_lower or token.is_sent_start):
        return False
    topics = load_list("topic_po_heads.txt")
    return token.pos_ == "NOUN" and folded_lemma(token) in topics \
        or token.lower_.replace("ё", "е") in topics or is_role_word(token)


def _branch(span: Span) -> bool:
    """A territorial branch: a branch noun ("управления ГИБДД", "Главного управления МВД") or
    abbreviation ("УФАС", "ГУ МВД", "УМБ-УФСК-УФСБ РФ") anywhere in the name."""
    abbreviations = load_list("branch_abbreviations.txt")
    return any(folded_lemma(t) in BRANCH_NOUNS or t.lower_ in BRANCH_NOUNS
               or t.text.isupper() and any(part in abbreviations for part in t.lower_.split("-"))
               for t in span)


def topic_tail(doc: Doc, span: Span) -> bool:
    """Whether the "по" phrase right after ``span`` belongs to the word before it, so the name
    stops at "по"."""
    if span.start == 0 or not _governor(doc, span.start - 1) or _branch(span):
        return False
    if any(t.is_alpha and folded_lemma(t) in TEAMS for t in span[:3]):
        return False  # a team's sport: "капитан (женской) сборной Швеции по хоккею"
    if any(t.lower_ == "при" for t in span):
        return False  # a body named by its seat is named by its remit too: "заседание Совета при
        # губернаторе по делам молодёжи"
    # the head noun, past a substantivized adjective the tagger read as one ("Главного управления")
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and t.is_alpha][:2]
    return not any(folded_lemma(t) in load_list("remit_body_heads.txt") for t in nouns)


@lru_cache(maxsize=4)
def refused_lemmas(preposition: str) -> frozenset[str]:
    """Lemmas a body's complement after ``preposition`` may not start with: an adverbial's
    (``lexicons/body_complements.txt``), after "при" also help (``body_complements_seat.txt``)."""
    refused = load_list("body_complements.txt")
    return refused | load_list("body_complements_seat.txt") if preposition == "при" else refused


@lru_cache(maxsize=1)
def _with_governors() -> dict[str, frozenset[str]]:
    from ..lexicons import load_rows
    return {row[0]: frozenset(row[1].split()) for row in load_rows("remit_governed.tsv") if len(row) > 1}


def governs_with(token, preposition: str) -> bool:
    """Whether the remit's noun ``token`` takes "с"/"за" and its instrumental into the name
    (``lexicons/remit_governed.tsv``: "по борьбе с коррупцией", "по контролю за оборотом"); "по защите
    журналистов" + "с просьбой" is the sentence's."""
    return preposition in _with_governors().get(folded_lemma(token), ())
