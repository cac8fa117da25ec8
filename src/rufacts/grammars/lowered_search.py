"""Whether a case-insensitive pattern of lower-case words matches, asked of a text lowered once.

``re.IGNORECASE`` makes ``re`` fold each character of the text at each position it tries: the
sector readers' hints (:func:`.sector_scan.count_hint`, :data:`.sector_scan.OBJECT_HINT`), tries
of lower-case words searched in every sentence, and the cue of "из них"
(:mod:`.sector_elided_more`) took 2.3 to 3.8 times as long as the same patterns without the flag
searched in the text lowered once (factRuEval dev, every sentence: ``OBJECT_HINT`` 98 -> 26 ms a
pass, the cue 30 -> 13 ms).

The answer is the same: where the lowered text keeps every character at its place (each one
lowered to one character: no "İ") and holds none of the characters ``re`` also takes for another
letter under the flag (``re._casefix``: "ᲀ" for "в", "ſ" for "s", the Greek final sigma...), a
character matches a lower-case letter of the pattern with the flag exactly where its lower case
is that letter, and a character lowered is a word character (``\\b``), a digit (``\\d``) or a
space (``\\s``) where it was one (so for every character of Unicode). Elsewhere the pattern
itself is searched in the text.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache

try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: no lowered text, the pattern itself
    _EXTRA_CASES = None

__all__ = ["has_match"]

#: letters ``re`` folds onto another under the flag ("ᲀ" and "в": "в" itself is plain)
_RISKY = None if _EXTRA_CASES is None else frozenset(
    chr(c) for key, extra in _EXTRA_CASES.items() for c in (key, *extra)) - frozenset("вдостъis")
_RISKY_RE = None if _RISKY is None else re.compile("[" + "".join(sorted(_RISKY)) + "Σ]")


@lru_cache(maxsize=2)
def _lowered(text: str) -> str | None:
    """``text.lower()`` where it keeps each character at its place and folds as ``re`` does."""
    if _RISKY_RE is None:
        return None
    low = text.lower()
    return low if len(low) == len(text) and _RISKY_RE.search(low) is None else None


#: id(pattern) -> (pattern, its plain twin or None): by id, as a pattern's hash is one of its
#: whole compiled code (a few microseconds for a trie, at every call)
_PLAINS: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _plain(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` without ``re.IGNORECASE`` where its text is lower-case words: letters, digits,
    ``\\d``, ``\\b``, ``\\s``, groups and alternations (no character class: none in lower case only)."""
    kept = _PLAINS.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        if len(_PLAINS) >= 64:
            _PLAINS.clear()
        kept = _PLAINS[id(pattern)] = (pattern, _make_plain(pattern))
    return kept[1]


def _make_plain(pattern: re.Pattern) -> re.Pattern | None:
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _RISKY is None or source != source.lower() \
            or "[" in source or "(?i" in source or _RISKY & set(source):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def has_match(pattern: re.Pattern, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """``pattern.search(text, pos, endpos) is not None``, searched in the lowered text where
    that gives the same answer (the module's docstring)."""
    plain = _plain(pattern)
    low = _lowered(text) if plain is not None else None
    if low is None:
        return pattern.search(text, pos, endpos) is not None
    return plain.search(low, pos, endpos) is not None
