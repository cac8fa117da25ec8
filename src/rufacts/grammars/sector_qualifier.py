"""The qualifier of a sector count ("около 50 компаний" -> approx, "более 20 резидентов" ->
more_than), read from the words right before its number with the amounts' lexicon
``qualifiers.tsv`` (issue 11: counts keep their qualifier, as amounts do)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ..lexicons import load_rows
from .sector_number_tokens import scale_words


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[tuple[str, ...], str], ...]:
    """``qualifiers.tsv`` (the amounts' lexicon) as word tuples, longest first."""
    rows = [(tuple(text.lower().split()), q) for text, q in load_rows("qualifiers.tsv")]
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


def qualifier(doc: Doc, start: int, stop: int) -> Optional[str]:
    """approx / more_than / less_than from the words right before the count (the first
    number in ``start:stop``): "около 50 компаний", "более 20 резидентов"."""
    span = doc.char_span(start, stop, alignment_mode="expand")
    scales = scale_words()  # "около сотни компаний", "более десятка"
    number = next((t for t in span or () if t.like_num or t.pos_ == "NUM"
                   or t.lemma_.lower() in scales), None)
    if number is None:
        return None
    before = [t.lower_ for t in doc[max(0, number.i - 3):number.i]]
    for words, value in _qualifiers():
        if tuple(before[-len(words):]) == words:
            return value
    return None


__all__ = ["qualifier", "qualifier_phrases", "qualifier_words"]
