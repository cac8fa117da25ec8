"""The qualifier of a sector count ("около 50 компаний" -> approx, "более 20 резидентов" ->
more_than), read from the words right before its number with the amounts' lexicon
``qualifiers.tsv`` (issue 11: counts keep their qualifier, as amounts do) and the counts' own
``count_qualifiers.tsv`` ("под девяносто", "где-то сто", "за двадцать" before the number,
"семьдесят с лишним" after it). A number in words is read from its first word ("около |
тысячи девятисот")."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ..lexicons import load_rows
from .folded import folded_lemma
from .numbers import numerals
from .sector_number_tokens import scale_words


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[tuple[str, ...], str], ...]:
    """``qualifiers.tsv`` (the amounts' lexicon) and the before rows of
    ``count_qualifiers.tsv`` as word tuples, longest first."""
    rows = [(tuple(text.lower().split()), q) for text, q in load_rows("qualifiers.tsv")]
    rows += [(tuple(r[0].lower().split()), r[1]) for r in load_rows("count_qualifiers.tsv")
             if r[2:3] == ("before",)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def qualifier_phrases() -> tuple[str, ...]:
    """The phrases of ``qualifiers.tsv`` ("около", "не менее"), longest first."""
    return tuple(" ".join(words) for words, _ in _qualifiers())


@lru_cache(maxsize=1)
def qualifier_words() -> frozenset[str]:
    """Words of ``qualifiers.tsv`` ("около", "порядка", "более") and "ещё", "лишь",
    "всего", "только": the words that may stand between a dash or "у" and a count."""
    words = {w for words, _ in _qualifiers() for w in words}
    return frozenset(words | {"ещё", "еще", "лишь", "всего", "только"})
def _after() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The after rows of ``count_qualifiers.tsv``: "с лишним"."""
    return tuple((tuple(r[0].lower().split()), r[1]) for r in load_rows("count_qualifiers.tsv")
                 if r[2:3] == ("after",))


def _number_word(token) -> bool:
    return token.pos_ == "NUM" or token.like_num \
        or folded_lemma(token) in numerals()


def qualifier(doc: Doc, start: int, stop: int) -> Optional[str]:
    """approx / more_than / less_than from the words right before the count (the first
    number in ``start:stop``): "около 50 компаний", "более 20 резидентов", or right after
    its number ("тридцать с лишним фабрик")."""
    span = doc.char_span(start, stop, alignment_mode="expand")
    scales = scale_words()  # "около сотни компаний", "более десятка"
    number = next((t for t in span or () if t.like_num or t.pos_ == "NUM"
                   or t.lemma_.lower() in scales), None)
    if number is None:
        return None
    first = number.i
    while first > 0 and first > number.i - 4 and _number_word(doc[first - 1]):
        first -= 1  # "около | тысячи девятисот"
    before = [t.lower_ for t in doc[max(0, first - 3):first]]
    for words, value in _qualifiers():
        if tuple(before[-len(words):]) == words:
            return value
    last = number.i
    while last + 1 < len(doc) and last < number.i + 4 and _number_word(doc[last + 1]):
        last += 1  # "семьдесят пять | с лишним"
    after = tuple(t.lower_ for t in doc[last + 1:last + 3])
    for words, value in _after():
        if after[:len(words)] == words:
            return value
    return None


__all__ = ["qualifier", "qualifier_phrases", "qualifier_words"]
