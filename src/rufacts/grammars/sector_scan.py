"""Where the sector grammar looks: sentences, cheap hints, and anchors.

:class:`~rufacts.grammars.sectors.SectorParser` skips a sentence without a digit or a
number word (:func:`count_hint`) or without a counted noun (:data:`OBJECT_HINT`; unless
the sentence before had candidates: "Из них 6 ..."), and parses the rest only from
:func:`anchors`: the tokens where a match may start, each
followed by a window of at most :data:`WINDOW` tokens.
"""
from __future__ import annotations

import re

import razdel

from .morph import Morph
from .numbers import numerals
from .sector_words import (
    is_adjective,
    is_adverb,
    is_compound_field,
    is_dash,
    is_int,
    is_number_word,
    is_object,
    is_preposition,
    is_scale,
    is_verb,
    lemmas,
    lexicon,
)

WINDOW = 48       # tokens from an anchor: a match is never longer
FIELD_REACH = 14  # a sector-first match reaches its count within this many tokens


def count_hint(morph: Morph) -> re.Pattern:
    """Digits, or the first letters of any form of a number word ("трёх", "двумя")."""
    stems = set()
    for lemma in numerals():
        for parse in morph.parse(lemma):
            if parse.normal_form == lemma:
                stems.update(form.word[:3] for form in parse.lexeme)
    return re.compile(r"\d|\b(?:" + "|".join(sorted(stems)) + ")", re.IGNORECASE)


def _object_hint() -> re.Pattern:
    """Stems of the counted nouns, found anywhere in a word ("IT-компаний")."""
    stems = {lemma[:5] if len(lemma) > 5 else lemma[:-1] for lemma in lexicon().objects}
    return re.compile("|".join(sorted(stems)), re.IGNORECASE)


OBJECT_HINT = _object_hint()


def _continues(tokens, i: int) -> bool:
    """Cheap look-ahead: can the count at ``i`` go on as a counted group? The word after
    it (past scale words and dots) must be an adjective, a counted noun, a verb, an
    adverb, a preposition ("из них", "в сфере"), a dash, a comma or a colon; not a unit
    ("175 тыс. кв. м"), a year noun ("2015 года"), "%" or a date's dot ("11.12")."""
    j = i + 1
    while j < len(tokens) and (is_scale(tokens[j]) or is_number_word(tokens[j])
                               or (tokens[j].value == "." and is_scale(tokens[j - 1]))):
        j += 1
    if j == len(tokens):
        return False
    t = tokens[j]
    return (t.value in (",", ":") or is_dash(t) or is_adjective(t) or is_object(t)
            or is_verb(t) or is_adverb(t) or is_preposition(t))


def anchors(tokens) -> list[int]:
    """Indices where a match may start: a count, "из"/"среди" before a count, or a field
    preposition ("В сфере ...") with a count not far after it."""
    counts = [i for i, t in enumerate(tokens) if is_int(t) or is_number_word(t)]
    starts = {i for i in counts if _continues(tokens, i)}
    starts.update(i - 1 for i in counts
                  if i > 0 and tokens[i - 1].value.lower() in ("из", "среди"))
    fields = lexicon().fields
    for i, token in enumerate(tokens):
        if is_preposition(token) and any(0 < c - i <= FIELD_REACH for c in counts) and \
                any(fields & set(lemmas(t)) or is_compound_field(fields)(t)
                    for t in tokens[i + 1:i + 4]):
            starts.add(i)
    return sorted(starts)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, stop) of razdel sentences, joined where razdel cut after ";" or ":"
    (the clauses of one enumeration stay together)."""
    spans: list[tuple[int, int]] = []
    glue = False
    for sentence in razdel.sentenize(text):
        if glue and spans:
            spans[-1] = (spans[-1][0], sentence.stop)
        else:
            spans.append((sentence.start, sentence.stop))
        glue = sentence.text.rstrip()[-1:] in (";", ":")
    return spans
