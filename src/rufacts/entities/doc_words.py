"""What the entity rules read of the whole doc, made once per doc: its words by their text
(``word_index``), and the token arrays behind ``rufacts.entities.geo.lemma_positions`` and
the ``rufacts.entities.spans`` helpers.

Many rules look for a few kinds of word over the whole doc ("для", an ordinal "3-го", a
hyphenated first name, an abbreviation of an institution's kind); each asks which positions
hold a text its own test accepts (``word_positions``) instead of making a Token object for
every word of the doc and testing it, then reads the tokens found as before, so it finds what
it found before.

The entity step marks the doc it works on (``doc_in_hand``): while it runs, what is made for
that doc is kept and given again (the step neither retokenizes nor changes a lemma); for any
other doc, or after the step, it is made afresh at each call."""
from __future__ import annotations

from bisect import bisect_left
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from spacy.attrs import MORPH, ORTH
from spacy.tokens import Doc

_HAND: list = [None, {}]  # the doc the entity step works on, and what was made for it


@contextmanager
def doc_in_hand(doc: Doc) -> Iterator[None]:
    """Keep what is made for ``doc`` until the block ends (the entity step's one doc)."""
    _HAND[:] = [doc, {}]
    try:
        yield
    finally:
        _HAND[:] = [None, {}]


def in_hand(doc: Doc) -> bool:
    """Whether ``doc`` is the entity step's doc (what is made for it is kept)."""
    return doc is _HAND[0]


def any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether an index of the ascending ``positions`` is in ``range(start, end)``."""
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def per_doc(doc: Doc, name: str, make: Callable[[Doc], Any]) -> Any:
    """``make(doc)``, made once for the doc in hand (kept under ``name``), else each time."""
    if doc is not _HAND[0]:
        return make(doc)
    kept = _HAND[1]
    if name not in kept:
        kept[name] = make(doc)
    return kept[name]


#: (a token's morphological analysis's hash, a field) -> its values; emptied past MAX_MORPH_VALUES.
_MORPH_VALUES: dict[tuple[int, str], list[str]] = {}
MAX_MORPH_VALUES = 100_000


def morph_values(token: Any, field: str) -> list[str]:
    """``token.morph.get(field)``: the values of one feature (``["Gen"]``; ``[]`` where it has none),
    kept by the analysis's hash (one analysis, one answer, in any doc): ~0.25 us where ``get`` takes
    ~3 us (a numpy array and string look-ups at each call). Not to be changed by the caller."""
    doc = token.doc
    if doc is _HAND[0]:
        # the doc in hand's analyses' hashes, read once (``token.morph`` makes an object for each
        # read): 1.0 -> 0.6 us a call, ~48,000 calls a pass over factRuEval dev
        hashes = _HAND[1].get("morphs")
        if hashes is None:
            hashes = _HAND[1]["morphs"] = doc.to_array(MORPH).tolist()
        key = (hashes[token.i], field)
    else:
        key = (token.morph.key, field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        if len(_MORPH_VALUES) > MAX_MORPH_VALUES:
            _MORPH_VALUES.clear()
        values = _MORPH_VALUES[key] = token.morph.get(field)
    return values


def case_reading(token: Any, case: str, readings: tuple[str, ...]) -> bool:
    """``case`` (UD: "Gen") by the tagger, or, where the tagger read another case, some dictionary
    reading of the word in one of ``readings`` (pymorphy3: ("gent",); ("loct", "loc2")): the
    tagger carries a neighbour's case over a form that is both ("многоквартирных домов")."""
    if case in morph_values(token, "Case"):
        return True
    from ..grammars.morph import get_morph

    return any(p.tag.case in readings for p in get_morph().parse(token.lower_))


def _word_index(doc: Doc) -> dict[str, list[int]]:
    index: dict[int, list[int]] = {}
    for i, h in enumerate(doc.to_array(ORTH).tolist()):
        index.setdefault(h, []).append(i)
    strings = doc.vocab.strings
    return {strings[h]: positions for h, positions in index.items()}


def word_index(doc: Doc) -> dict[str, list[int]]:
    """Text -> the indices of its tokens (ascending); not to be changed by the caller."""
    return per_doc(doc, "words", _word_index)


def _capital_index(doc: Doc) -> dict[str, list[int]]:
    return {text: positions for text, positions in word_index(doc).items() if text[:1].isupper()}


def word_positions(doc: Doc, wanted: Callable[[str], object], capital: bool = False) -> list[int]:
    """Indices (ascending) of the tokens whose text ``wanted(text)`` accepts: each distinct
    word tested once, no Token object made. With ``capital``, for a ``wanted`` that accepts
    only a text whose first character is a capital (``text[:1].isupper()``), only those
    words are tested (about one distinct word in five; their index made once per doc)."""
    if not len(doc):
        return []
    index = per_doc(doc, "capitals", _capital_index) if capital else word_index(doc)
    hits = [index[text] for text in filter(wanted, index)]  # (filter: the test called from C)
    if len(hits) < 2:
        return list(hits[0]) if hits else []
    return sorted(i for positions in hits for i in positions)


def title_positions(doc: Doc) -> list[int]:
    """``word_positions(doc, str.istitle)``, found once per doc (two rules ask); not to be changed
    by the caller."""
    return per_doc(doc, "titles", lambda doc: word_positions(doc, str.istitle))


def _lower_index(doc: Doc) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    merged = []  # lower-case forms of two texts or more ("Газпром", "газпром"): sorted again
    for text, positions in word_index(doc).items():
        low = text.lower()
        if low in out:
            out[low].extend(positions)
            merged.append(low)
        else:
            out[low] = list(positions)
    for low in merged:
        out[low].sort()
    return out


def _folded_index(doc: Doc) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for low, positions in lower_index(doc).items():
        out.setdefault(low.replace("ё", "е"), []).extend(positions)
    return {word: sorted(positions) for word, positions in out.items()}


def lower_index(doc: Doc) -> dict[str, list[int]]:
    """Lower-case text (a token's ``lower_``) -> the indices of its tokens (ascending); not to be
    changed by the caller."""
    return per_doc(doc, "lowers", _lower_index)


def lower_positions(doc: Doc, words, folded: bool = False) -> list[int]:
    """Indices (ascending) of the tokens whose lower-case text (a token's ``lower_``; with
    ``folded``, ё read as е) is one of ``words``: one look-up per word, no test of each."""
    index = per_doc(doc, "folded", _folded_index) if folded else lower_index(doc)
    if not isinstance(words, (set, frozenset, dict)):
        words = set(words)
    return indexed_positions(index, words)


def indexed_positions(index: dict[str, list[int]], words) -> list[int]:
    """Indices (ascending) of the ``words`` (a set or a dict) in a per-doc ``index`` (word -> its
    token indices), the smaller side looked up in the other."""
    if len(words) < len(index):
        hits = [index[word] for word in words if word in index]
    else:
        hits = [positions for word, positions in index.items() if word in words]
    if len(hits) < 2:
        return list(hits[0]) if hits else []
    return sorted(i for positions in hits for i in positions)
