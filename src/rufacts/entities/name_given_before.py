"""Name parts the tagger left out beside the part it tagged alone (used by
:mod:`rufacts.entities.names_spans`):

- a first name and patronymic before the surname ("Главному инженеру Станиславу Игоревичу" +
  "[Малышко]"): the two capitalized words right before a one-word person span, outside any other
  span, join it where the first is a first name (the dictionary's or the lexicons'), the second a
  patronymic, and the three read as first name, patronymic and surname;
- a surname after the first name ("Благодаря [Ринату] Фазылзянову"): the capitalized word right after
  a one-word person span that is a clear first name, outside any other span, joins it where the two
  read as a first name and a surname agreeing with it (:func:`.name_first_missed.first_and_surname`).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_first_missed import clear_first_name, first_and_surname
from .name_first_patronymic import patronymic_word
from .name_words import _capitalized, _first_name
from .names import analyze_name


def with_given_before(span: Span, covered: set[int], morph: Morph) -> Span:
    doc, i = span.doc, span.start - 2
    if span.label_ != "PER" or len(span) != 1 or i < 0 or i in covered or i + 1 in covered \
            or not (_capitalized(doc[i]) and _capitalized(doc[i + 1]) and _capitalized(span[0])) \
            or not patronymic_word(morph, doc[i + 1].text) or not _first_name(morph, doc[i].text):
        return span
    parts = analyze_name(morph, [doc[i].text, doc[i + 1].text, span[0].text])
    if parts.first is None or parts.middle is None or parts.last is None:
        return span
    return Span(doc, i, span.end, label="PER")


def with_surname_after_first(span: Span, covered: set[int], morph: Morph) -> Span:
    doc, j = span.doc, span.end
    if span.label_ != "PER" or len(span) != 1 or j >= len(doc) or j in covered \
            or not (_capitalized(span[0]) and _capitalized(doc[j])) or not clear_first_name(morph, span[0].text) \
            or not first_and_surname(morph, span[0].text, doc[j].text):
        return span
    return Span(doc, span.start, j + 1, label="PER")
