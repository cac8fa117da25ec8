"""Windows of text around anchor tokens, for grammars that need not see the rest.

A grammar that can only match near a number (dates, amounts) parses the
pieces of text around its anchors instead of the whole article: much less
work for yargy's Earley parser, and the same matches, since every match lies
inside one window. A merged window is cut into overlapping pieces of at most
:data:`MAX_TOKENS` tokens: a run of thousands of number words ("один миллион "
50,000 times) would otherwise be one Earley chart of that length, growing to
gigabytes; no match is that long, and the overlap keeps every shorter one whole.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator, Optional

#: Rough tokens: runs of letters, runs of digits, single other non-space characters;
#: every boundary between them is a yargy token boundary too.
ROUGH_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")
#: Longest window, and the overlap of the pieces a longer one is cut into (in rough tokens).
MAX_TOKENS = 160
OVERLAP = 40


def rough_tokens(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the :data:`ROUGH_TOKEN` tokens of text (a new list; the dates and the
    amounts steps ask for the same text's, which are made once)."""
    return list(_rough_tokens(text))


@lru_cache(maxsize=2)
def _rough_tokens(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in ROUGH_TOKEN.finditer(text))


def windows(text: str, around: Callable[[int, list[tuple[int, int]]], Optional[tuple[int, int]]],
            tokens: Optional[list[tuple[int, int]]] = None) -> Iterator[tuple[int, str]]:
    """``(offset, chunk)`` pieces of ``text``, merged when they touch.

    ``around(index, tokens)`` gives the token range ``(lo, hi)`` (hi exclusive, may
    overrun the ends) to parse around token ``index``, or None where it is no anchor.
    ``tokens``: the :func:`rough_tokens` of text, where the caller has them already.

    >>> text = "a 1 b c d 2 e"
    >>> list(windows(text, lambda i, t: (i - 1, i + 2) if text[t[i][0]].isdigit() else None))
    [(0, 'a 1 b'), (8, 'd 2 e')]
    """
    if tokens is None:
        tokens = rough_tokens(text)
    ranges: list[list[int]] = []
    for index in range(len(tokens)):
        found = around(index, tokens)
        if found is None:
            continue
        lo, hi = max(0, found[0]), min(len(tokens), found[1])
        if ranges and lo <= ranges[-1][1]:  # anchors come in order, so lo grows
            ranges[-1][1] = max(hi, ranges[-1][1])
        else:
            ranges.append([lo, hi])
    for lo, hi in ranges:
        while hi - lo > MAX_TOKENS:
            start, stop = tokens[lo][0], tokens[lo + MAX_TOKENS - 1][1]
            yield start, text[start:stop]
            lo += MAX_TOKENS - OVERLAP
        start, stop = tokens[lo][0], tokens[hi - 1][1]
        yield start, text[start:stop]
