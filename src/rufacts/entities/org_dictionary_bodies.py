"""One-word names of bodies that the dictionary reads as organizations, where the tagger left
them out: "По данным Примгидромета" (Примгидромет), "кафедрой судовождения Дальрыбвтуза"
(Дальрыбвтуз), "Сотрудники Камчатгидромета", "квитанциях Пермэнергосбыта".

Russian press names regional branches and state companies by one compound word: a place's stump
and the body's stump ("Прим" + "гидромет", "Перм" + "энерго" + "сбыт", "Даль" + "рыб" + "втуз").
The prefixes are open (any region, any town), so no list of them can be full; the morphological
dictionary, though, knows the endings of such names, and reads the word (known, or guessed from
the known names that end alike: "Приморгидромет", "Мосэнергосбыт") as an organization's name
("Orgn"). A capitalized word (not all capitals, six letters or more) outside every longer span
is an organization when no reading is a person's or a place's and either the dictionary knows it
with organizations' readings only, or it does not know it and one guessed reading is an
organization's (a brand the dictionary cannot guess, "Сбер", is left to the tagger). The tagger's
person or place over the word alone gives way ("в квитанциях Пермэнергосбыта" read as a surname). Read by
:mod:`rufacts.entities.span_passes`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from .doc_words import word_positions

NOT_BODY = frozenset({"Name", "Surn", "Patr", "Geox", "Trad"})
MIN_LETTERS = 6  # "Примгидромета": compound names are long; short words are the tagger's


@lru_cache(maxsize=4096)
def dictionary_body(text: str) -> bool:
    """Whether the capitalized word ``text`` reads as an organization's name only (see the module)."""
    if len(text) < MIN_LETTERS or not text[:1].isupper() or text.isupper() or not text.isalpha():
        return False
    morph = get_morph()
    parses = morph.parse(text)
    if not any("Orgn" in p.tag.grammemes for p in parses) or any(NOT_BODY & p.tag.grammemes for p in parses):
        return False
    return not morph.is_known(text) or all("Orgn" in p.tag.grammemes for p in parses)


def dictionary_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span over each word of :func:`dictionary_body` no span holds; the
    tagger's person or place over that word alone becomes the organization ("в квитанциях
    [Пермэнергосбыта]" read as a surname)."""
    found = [k for k in word_positions(doc, dictionary_body)
             if not any(s.start <= k < s.end and (len(s) > 1 or s.label_ == "ORG") for s in spans)]
    if not found:
        return spans
    kept = [s for s in spans if not (len(s) == 1 and s.start in found)]
    return sorted(kept + [Span(doc, k, k + 1, label="ORG") for k in found], key=lambda s: (s.start, -s.end))
