"""A Vietnamese or Chinese family name that is a Russian function word, left out of the person span
the tagger began with the given name: "Во Тхи Тхюи, генеральный директор ..." (the tagger marks "Тхи
Тхюи": "Во" reads as the preposition), "Заявление сделал То Лам" ("То": the pronoun). The family
name goes into the span, so the name keeps its order and its family name (docs/gold-conventions.md:
`last` = family name).

A capitalized word the dictionary reads first as a function word (preposition, conjunction,
particle, pronoun), a family name of ``lexicons/east_asian_surnames.txt``, right before a person span
of one to three capitalized words, joins it where
:func:`rufacts.entities.names_asian.asian_name` reads the whole as that family name and given-name
syllables. At a sentence's opening, where the capital is the sentence's ("Во Вьетнаме", "До Ван Ина
этот пост занимал ..."), only before a span of two or more words whose first is no family name itself
("Тхи", the Vietnamese woman's middle name, "Дык", "Хыу"): a preposition never stands before a given
name alone.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .names_asian import asian_name, east_asian_first

FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


def _function_family(morph: Morph, token) -> bool:
    """A capitalized listed family name the dictionary reads first as a function word ("Во", "То")."""
    if not (token.text[:1].isupper() and token.is_alpha and token.lower_ in east_asian_first()):
        return False
    parses = morph.parse(token.text)
    return bool(parses) and parses[0].tag.POS in FUNCTION_POS


def function_families(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each person span that follows such a family name widened over it."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    out: list[Span] = []
    for span in spans:
        i = span.start - 1
        if span.label_ == "PER" and i >= 0 and i not in covered and 1 <= len(span) <= 3 \
                and all(t.text[:1].isupper() and t.is_alpha for t in span) and _function_family(morph, doc[i]) \
                and (not doc[i].is_sent_start or (len(span) >= 2 and span[0].lower_ not in east_asian_first())):
            words = [doc[i].text] + [t.text for t in span]
            read = asian_name(morph, words)
            if read is not None and read[1] == doc[i].text:
                span = Span(doc, i, span.end, label="PER")
        out.append(span)
    return out
