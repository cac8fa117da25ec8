"""A first name and patronymic the tagger left out before the surname it tagged alone ("Главному
инженеру Станиславу Игоревичу" + "[Малышко]"): the three words are one mention (used by
:mod:`rufacts.entities.names_spans`).

The two capitalized words right before a one-word person span, outside any other span, join it where
the first is a first name (the dictionary's or the lexicons'), the second a patronymic, and the three
read as first name, patronymic and surname.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
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
