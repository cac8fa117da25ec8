"""A person's first name and Russian surname the tagger glued to the end of a place's name (given44):
"Депутату городского собрания [Избербаша Заире Мусалаевой]" is one place span to it, "Заире" being also
the prepositional of Заир. The person is the span's last two words, the place the words before them
(read by :func:`rufacts.entities.names_missed.missed_names`).

A place span of three or more capitalized words is cut where its last word has a Russian surname's stem
in a case (-ов-/-ев-/-ин-/-ын- + an ending, "Мусалаевой"), the word before it is a first name in a case
that word stands in too (the dictionary's or a lexicon's reading, weight 1 at least), the two read clearly
as one name of a known gender (:func:`rufacts.entities.names.analyze_name`), and the words before them
are no first name nor patronymic (no three-word name is cut); words before them that the dictionary knows as
common words only are no place and go ("[Поддержку Кирсану Илюмжинову] выразили ..." opening a paragraph after a
line without a full stop). Not after a noun that names a thing after a
person (``lexicons/name_memorial_kinds.txt``: "улице Анны Ахматовой" keeps its person inside the place),
nor a span opening its sentence.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_readings import _readings
from .name_words import MISSED, _capitalized, _first_name
from .names import analyze_name

# a Russian surname in an oblique case or a woman's nominative: "Мусалаевой", "Хетагурову", "Иванина"
RUSSIAN_SURNAME = re.compile(r"..(ов|ев|ёв|ин|ын)(а|у|ым|ой|ом|е|ыми)$")


def _person_tail(morph: Morph, span: Span) -> bool:
    first, last = span[-2], span[-1]
    if not RUSSIAN_SURNAME.search(last.lower_) or not all(_capitalized(t) for t in span):
        return False  # (cheap tests first)
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or span[0].is_sent_start or before.lemma_.lower() in load_list("name_memorial_kinds.txt"):
        return False
    if not _first_name(morph, first.text) or any(
            _first_name(morph, t.text) or any(r.role == "middle" for r in _readings(morph, t.text))
            for t in span[:-2]):
        return False
    parts = analyze_name(morph, [first.text, last.text])
    if parts.first is None or parts.last is None or parts.middle is not None or parts.gender is None \
            or not parts.candidates or parts.candidates[0][0] < MISSED:
        return False
    first_cases = {r.case for r in _readings(morph, first.text) if r.role == "first" and r.weight >= 1.0
                   and r.nominative == parts.first.lower() and r.gender in (None, parts.gender)}
    return any(r.role == "last" and r.case in first_cases and r.nominative == parts.last.lower()
               for r in _readings(morph, last.text))


PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})


def _common_word(morph: Morph, word: str) -> bool:
    """A word the dictionary knows as a common word only ("Поддержку" opening a paragraph): no place."""
    return morph.is_known(word) and not any(PROPER & p.tag.grammemes for p in morph.parse(word))


def person_after_place(spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each place span ending in a person's first name and surname cut in two: the place
    and the person."""
    out: list[Span] = []
    for span in spans:
        if span.label_ == "LOC" and len(span) >= 3 and _person_tail(morph, span):
            if not all(_common_word(morph, t.text) for t in span[:-2]):
                out.append(Span(span.doc, span.start, span.end - 2, label="LOC"))
            out.append(Span(span.doc, span.end - 2, span.end, label="PER"))
        else:
            out.append(span)
    return out
