"""Lexicons: plain text data files shipped in the package, read in one way."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_list(name: str) -> frozenset[str]:
    """Entries of ``lexicons/<name>``: one per line, ``#`` starts a comment, case-folded; where a
    line has tab-separated cells, the first is the entry (the rest is for the list's own reader)."""
    text = (resources.files(__name__) / name).read_text(encoding="utf-8")
    entries = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].split("\t", 1)[0].strip().lower()
        if entry:
            entries.add(entry)
    return frozenset(entries)


@lru_cache(maxsize=None)
def load_words(name: str) -> frozenset[str]:
    """The first word of each entry of :func:`load_list` (a list whose entries carry marks after
    a space: "отдел +", "власти *" -> "отдел", "власти")."""
    return frozenset(entry.split()[0] for entry in load_list(name))


@lru_cache(maxsize=None)
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the TSV ``lexicons/<name>`` as tuples of cells; ``#`` lines and blanks skipped."""
    text = (resources.files(__name__) / name).read_text(encoding="utf-8")
    return tuple(tuple(cell.strip() for cell in line.split("\t"))
                 for line in text.splitlines() if line.strip() and not line.startswith("#"))
