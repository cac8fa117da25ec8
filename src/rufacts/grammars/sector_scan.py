"""Where the sector grammar looks: sentences, cheap hints, and anchors.

:class:`~rufacts.grammars.sector_parser.SectorParser` skips a sentence without a digit or a
number word (:func:`count_hint`) or without a counted noun (:data:`OBJECT_HINT`; unless
the sentence before had candidates: "Из них 6 ..."), and parses the rest only from
:func:`anchors`: the tokens where a match may start, each
followed by a window of at most :data:`WINDOW` tokens.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_rows
from .morph import Morph
from .numbers import numerals
from .razdel_tokens import razdel_sentences
from .regex_trie import trie  # noqa: F401 - sector_topic_frames imports it from here
from .sector_number_tokens import (
    LONE_SCALE,
    LONE_SCALE_AFTER,
    is_int,
    is_number_word,
    is_scale,
    is_scale_word,
    scale_words,
)
from .sector_tree_nodes import qualifier_words
from .sector_words import (
    is_adjective,
    is_adverb,
    is_compound_field,
    is_dash,
    is_object,
    is_preposition,
    is_verb,
    lemmas,
    lexicon,
)

WINDOW = 48       # tokens from an anchor: a match is never longer
FIELD_REACH = 14  # a sector-first match reaches its count within this many tokens


@lru_cache(maxsize=4)
def count_hint(morph: Morph) -> re.Pattern:
    """Digits, or the first letters of any form of a number word ("трёх", "двумя")."""
    stems = set()
    for lemma in numerals():
        for parse in morph.parse(lemma):
            if parse.normal_form == lemma:
                stems.update(form.word[:3] for form in parse.lexeme)
    stems.update(word[:4] for word in scale_words())  # "десятка", "сотни"
    stems.update(row[0][:-1] for row in load_rows("scales.tsv") if row[2:3] == ("number",))
    # as a trie (:func:`trie`): a sentence has a match where the plain alternation has one;
    # re tries a letter or two at a word's start, not each of the stems (three sector readers
    # search every sentence with it)
    return re.compile(r"\d|\b(?:" + trie(stems) + ")", re.IGNORECASE)


def _object_hint() -> re.Pattern:
    """Stems of the counted nouns, found anywhere in a word ("IT-компаний"); a long noun's
    stem is all but its last three letters ("нефтепереработ", not "нефте")."""
    objects = lexicon().objects
    starts = lexicon().first_words("word_start")  # "центр": not inside "процент"
    stems = {lemma[:max(5, len(lemma) - 3)] if len(lemma) > 5 else lemma[:-1]
             for lemma in objects - starts if len(lemma) > 3}
    words = {lemma for lemma in objects if len(lemma) <= 3 or lemma in starts}
    # as a trie: the same strings match, but re tries a few first letters at each position,
    # not every one of the hundreds of stems (a third of the sectors component's CPU)
    parts = ([rf"\b(?:{trie(words)})"] if words else []) + ([trie(stems)] if stems else [])
    return re.compile("|".join(parts), re.IGNORECASE)


OBJECT_HINT = _object_hint()


def _continues(tokens, i: int) -> bool:
    """Cheap look-ahead: can the count at ``i`` go on as a counted group? The word after
    it (past scale words and dots) must be an adjective, a counted noun, a verb, an
    adverb, a preposition ("из них", "в сфере"), a dash, a comma or a colon; not a unit
    ("175 тыс. кв. м"), a year noun ("2015 года"), "%" or a date's dot ("11.12")."""
    j = i + 1
    while j < len(tokens) and (is_scale(tokens[j]) or is_number_word(tokens[j])
                               or is_scale_word(tokens[j])
                               or (tokens[j].value == "." and is_scale(tokens[j - 1]))):
        j += 1
    if j == len(tokens):
        return False
    t = tokens[j]
    return (t.value in (",", ":") or is_dash(t) or is_adjective(t) or is_object(t)
            or is_verb(t) or is_adverb(t) or is_preposition(t))


def _near(tokens, i: int, lo: int, hi: int, test) -> bool:
    """True if a token in ``tokens[i + lo:i + hi]`` passes ``test`` (ends clipped)."""
    return any(test(t) for t in tokens[max(0, i + lo):max(0, i + hi)])


def _plural_participle(token) -> bool:
    """A participle in the genitive plural ("Выпускающих", "Занимающихся")."""
    return any({"PRTF", "gent", "plur"} <= f.grams.values for f in getattr(token, "forms", ()))


def anchors(tokens) -> list[int]:
    """Indices where a match may start: a count that goes on (:func:`_continues`), "из",
    "среди" or "в числе" right before a count, a field preposition ("В сфере ...") with a
    field noun among the three words after it and a count within :data:`FIELD_REACH`
    tokens, or a counted noun opening a clause with a count after it."""
    fields = lexicon().fields
    compound = is_compound_field(fields)

    def is_count(t) -> bool:
        return is_int(t) or is_number_word(t)

    def is_field(t) -> bool:
        return bool(fields & set(lemmas(t))) or compound(t)

    starts = set()
    for i, token in enumerate(tokens):
        if is_count(token) and _continues(tokens, i):
            starts.add(i)
        elif token.value.lower() in LONE_SCALE and _continues(tokens, i):
            starts.add(i)  # "десяток компаний"
        elif i + 1 < len(tokens) and token.value.lower() in qualifier_words() and \
                tokens[i + 1].value.lower() in LONE_SCALE_AFTER and _continues(tokens, i + 1):
            starts.add(i)  # "около сотни компаний"
        elif i + 1 < len(tokens) and token.value.lower() in LONE_SCALE_AFTER and \
                is_number_word(tokens[i + 1]) and _continues(tokens, i + 1):
            starts.add(i)  # "десятка два компаний"
        elif token.value.lower() in ("из", "среди") and (_near(tokens, i, 1, 2, is_count) or (
                i + 1 < len(tokens) and tokens[i + 1].value.lower() in qualifier_words()
                and _near(tokens, i, 2, 4, is_count))):
            starts.add(i)  # "из 20 компаний", "из почти 3 тысяч", "из более чем 500"
        elif token.value.lower() == "в" and i + 1 < len(tokens) and \
                tokens[i + 1].value.lower() == "числе" and _near(tokens, i, 2, 3, is_count):
            starts.add(i)  # "В числе 50 налогоплательщиков — ..."
        if is_preposition(token) and _near(tokens, i, 1, FIELD_REACH + 1, is_count) and \
                _near(tokens, i, 1, 4, is_field):
            starts.add(i)
        if (i == 0 or tokens[i - 1].value in (",", ";", ":")) and is_object(token) and \
                _near(tokens, i, 2, FIELD_REACH + 1, is_count):
            starts.add(i)  # the count last: "Предприятий пищевой промышленности — 12"
        if (i == 0 or tokens[i - 1].value in (",", ";", ":")) and _plural_participle(token) \
                and _near(tokens, i, 2, 6, is_object) and _near(tokens, i, 3, FIELD_REACH + 4,
                                                                 is_count):
            starts.add(i)  # "Выпускающих гидравлику предприятий в стране около 60" (w200)
    return sorted(starts)


def windows(tokens) -> list[tuple[int, list]]:
    """``(anchor, window)``: the tokens from each anchor, at most :data:`WINDOW` of them
    and never past a ";" (no match goes further)."""
    out = []
    for start in anchors(tokens):
        window = tokens[start:start + WINDOW]
        cut = next((i for i, t in enumerate(window) if t.value == ";"), len(window))
        out.append((start, window[:cut]))
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, stop) of razdel sentences, joined where razdel cut after ";" or ":"
    (the clauses of one enumeration stay together), or after "тыс." before a word that
    is not a capitalised Russian one ("4 тыс. IT-компаний"). A dozen sector readers ask
    for the sentences of the same text one after another: the last texts' are kept."""
    return list(_sentences(text))


@lru_cache(maxsize=2)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    glue = scale = False
    for sentence in razdel_sentences(text):  # the tokenizer's split
        if (glue or (scale and not _CAPITAL.match(sentence.text))) and spans:
            spans[-1] = (spans[-1][0], sentence.stop)
        else:
            spans.append((sentence.start, sentence.stop))
        glue = sentence.text.rstrip()[-1:] in (";", ":")
        # "4 тыс. | IT-компаний": razdel cuts after a scale abbreviation
        scale = bool(_SCALE_END.search(sentence.text.rstrip()))
    return tuple(spans)


_SCALE_END = re.compile(r"\d\s*(?:тыс|млн|млрд)\.$", re.IGNORECASE)
_CAPITAL = re.compile(r"[А-ЯЁ][а-яё]")


def sentence_at(text: str, at: int, default: tuple[int, int]) -> tuple[int, int]:
    """(start, stop) of the sentence of :func:`sentences` holding offset ``at``; ``default``
    where none does (``at`` in the spaces between two sentences)."""
    return next(((a, b) for a, b in sentences(text) if a <= at < b), default)
