"""A surname the tagger read as a one-word organization or place right before the first name and
patronymic it found ("директору колледжа Гавриловичу Сергею Олеговичу": "Гавриловичу" an
organization to the tagger, the surname in -ич like a patronymic's): the person takes it in (read by
:func:`rufacts.entities.names_missed.missed_names`).

The word is capitalized, no sentence's first word, a surname (or a patronymic's form) the dictionary
knows in a case of the first name's, or a word it does not know, and with the person's two words reads clearly as
one inverted name, surname, first name and patronymic (:func:`rufacts.entities.names.analyze_name`),
the surname that word's nominative ("Гаврилович Сергей Олегович"); the patronymic one the dictionary
knows after a first name it knows, not a foreign surname shaped like one ("Спикер Сабора Гордан
Яндрокович", "Глава Сабора Влатко Маркович").
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_readings import _readings
from .name_words import MISSED, _capitalized
from .names import analyze_name


def _inverted_surname(morph: Morph, token, words: list[str]) -> bool:
    if not _capitalized(token) or token.is_sent_start:
        return False
    # the second word a patronymic the dictionary knows, not a foreign surname in -ович only shaped like
    # one ("Спикер Сабора Гордан Яндрокович": Сабора is the parliament's)
    if not morph.is_known(words[1]) or not any("Patr" in p.tag.grammemes for p in morph.parse(words[1])):
        return False
    # and the first name one the dictionary knows: a patronymic goes with a first name of its kind ("Глава
    # Сабора Влатко Маркович": Маркович the Croatian's surname)
    if not morph.is_known(words[0]) or not any("Name" in p.tag.grammemes for p in morph.parse(words[0])):
        return False
    # a surname (or a surname in -ич the dictionary has as a patronymic) in a case of the first name's, or
    # a word it does not know; not a body's name it knows ("Письмо Сбербанку Игорь Петрович подписал")
    first_cases = {r.case for r in _readings(morph, words[0]) if r.role == "first" and r.weight >= 1.0}
    if morph.is_known(token.text):
        if not any(({"Surn", "Patr"} & p.tag.grammemes) and p.tag.case in first_cases for p in morph.parse(token.text)):
            return False
    elif not any(r.role == "last" and r.case in first_cases for r in _readings(morph, token.text)):
        return False
    parts = analyze_name(morph, [token.text] + words)
    if None in (parts.first, parts.middle, parts.last) or not parts.candidates \
            or parts.candidates[0][0] < MISSED:
        return False
    return parts.last.lower()[:4] == token.text.lower()[:4] and parts.first.lower()[:3] == words[0].lower()[:3]


def surname_before_given(spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with a one-word organization or place right before a person of a first name and a
    patronymic joined to the person as its surname."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ in ("ORG", "LOC") and len(previous) == 1 \
                and span.label_ == "PER" and len(span) == 2 and previous.end == span.start \
                and _inverted_surname(morph, previous[0], [t.text for t in span]):
            out.pop()
            span = Span(span.doc, previous.start, span.end, label="PER")
        out.append(span)
    return out
