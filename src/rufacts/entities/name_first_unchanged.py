"""A foreign given name that stands as written, left out by the tagger before the surname it tagged
alone ("вручил орден [Раду] Чобану", "задали [Сигве] Хаугену"): used by
:mod:`rufacts.entities.names_spans`.

The capitalized word right before a one-word person span, outside any other span and not opening the
sentence, joins it where ``lexicons/name_foreign_first_names.tsv`` lists the word as written as a given
name ending in a vowel other than -а/-я (Раду, Сигве, Уве, Зои: a name that declines not, which the
tagger's model, knowing no case of it, passes over) or as a nominative the dictionary reads as no noun
("Ясна", a short adjective to it), and the two read as that given name and a surname
(:func:`rufacts.entities.names.analyze_name`).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_foreign_first import foreign_first_forms
from .name_words import _capitalized
from .names import analyze_name

UNCHANGED_VOWELS = "еиоуэю"


def with_unchanged_first_before(span: Span, covered: set[int], morph: Morph) -> Span:
    doc, i = span.doc, span.start - 1
    if span.label_ != "PER" or len(span) != 1 or i < 0 or i in covered or doc[i].is_sent_start \
            or not (_capitalized(doc[i]) and _capitalized(span[0])):
        return span
    word = doc[i].text.lower().replace("ё", "е")
    if not (word.endswith(tuple(UNCHANGED_VOWELS)) or _no_noun(morph, doc[i].text)) or not any(
            case == "nomn" and name == word for case, _gender, name in foreign_first_forms(word)):
        return span
    parts = analyze_name(morph, [doc[i].text, span[0].text])
    if parts.first is None or parts.first.lower().replace("ё", "е") != word or parts.middle is not None \
            or parts.last is None:
        return span
    return Span(doc, i, span.end, label="PER")


def _no_noun(morph: Morph, word: str) -> bool:
    """A word the dictionary reads as no noun at all: a short adjective or another part of speech
    ("Ясна", the Serbian given name, is "ясна", clear, to it; foreign51), so a listed given name spelt
    so is read as that name (a listed name that is a common noun, "Весна", is the tagger's)."""
    parses = morph.parse(word)
    return bool(parses) and morph.is_known(word) and not any(p.tag.POS == "NOUN" for p in parses)
