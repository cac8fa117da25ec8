"""razdel's tokens, fast: :func:`razdel_tokens` gives the (start, stop) of each token of
``razdel.tokenize(text)`` without razdel's per-atom records (the spaCy tokenizer of
``components/tokenizer.py`` and the sector grammar's token stream, ``sector_words``, both read
it). Equal to razdel on 8022 texts and 200k random strings when written (f2986d3), and in
tests/test_tokenizer_lex_attrs.py. :func:`razdel_sentences`: ``razdel.sentenize`` of a text,
once for the tokenizer and the sector readers (``sector_scan.sentences``).
"""
from __future__ import annotations

from functools import lru_cache

import razdel
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, INT, LAT, OTHER, PUNCT, RU, SMILE


def _joins(i: int, types: list[str], texts: list[str], buffer: str) -> bool:
    """razdel's token rules (``razdel.segmenters.tokenize.RULES``, in order) on the split
    between touching atoms ``i - 1`` and ``i``; ``buffer`` is the token so far."""
    left, right = texts[i - 1], texts[i]
    n = len(texts)
    for delimiter, numbers in ((DASHES, False), ("_", False), (".,", True), ("/\\", True)):
        if delimiter == "_":
            on_left, on_right = left == "_", right == "_"
        else:
            on_left, on_right = left in delimiter, right in delimiter
        if on_left:  # "cho-|to": the atoms either side of the dash
            a, b = (i - 2 if i > 1 else None), i
        elif on_right:  # "cho|-to"
            a, b = i - 1, (i + 1 if i + 1 < n else None)
        else:
            continue
        if a is None or b is None:
            continue
        if numbers:
            if types[a] == INT and types[b] == INT:
                return True
        elif types[a] != PUNCT and types[b] != PUNCT:
            return True
    left_type, right_type = types[i - 1], types[i]
    if left_type == PUNCT and right_type == PUNCT:
        if SMILE.match(buffer + right) or (left in ENDINGS and right in ENDINGS) \
                or left + right in ("--", "**"):
            return True
    if left_type == OTHER and right_type in (OTHER, RU, LAT):
        return True
    if left_type in (OTHER, RU, LAT) and right_type == OTHER:
        return True
    return left.lower() == "yahoo" and right == "!"


def razdel_tokens(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each token of ``razdel.tokenize(text)``, the same tokens without
    razdel's per-atom records: atoms that whitespace separates are always two tokens, the
    rules run only between touching atoms.

    >>> razdel_tokens("Кто-то сказал: 3,5 млн...")
    [(0, 6), (7, 13), (13, 14), (15, 18), (19, 22), (22, 25)]
    """
    starts, stops, types, texts = [], [], [], []
    for match in ATOM.finditer(text):
        starts.append(match.start())
        stops.append(match.end())
        types.append(match.lastgroup)
        texts.append(match.group(0))
    if not starts:
        return []
    tokens = []
    start = starts[0]
    for i in range(1, len(starts)):
        if starts[i] == stops[i - 1] and _joins(i, types, texts, text[start:stops[i - 1]]):
            continue
        tokens.append((start, stops[i - 1]))
        start = starts[i]
    tokens.append((start, stops[-1]))
    return tokens


@lru_cache(maxsize=2)
def razdel_sentences(text: str) -> tuple:
    """``tuple(razdel.sentenize(text))`` (its ``Substring`` records), for the last texts: the
    spaCy tokenizer splits each text into sentences, and the sector readers split the same
    text again (a whole article is split once; so is each piece of a long one)."""
    return tuple(razdel.sentenize(text))
