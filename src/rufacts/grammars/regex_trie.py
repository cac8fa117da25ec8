"""A regular expression of a word list as a trie (moved from :mod:`.sector_scan`, which
re-exports it): ``re`` tries the few letters that can follow at each point, not each of the
hundreds of words, at every position of a text.

Where every word is written in lower case and the pattern is compiled with ``re.IGNORECASE``,
the trie matches what the alternation of the words sorted longest first matches, and at
the same places: the words that match at one position are prefixes of one another, and the
trie, like that alternation, tries them longest first (its optional tails are greedy).
"""
from __future__ import annotations

import re

__all__ = ["trie"]


def trie(words) -> str:
    """A regex matching exactly ``words`` (letters, digits, hyphens), as a trie."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + pattern(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + (")?" if ends else ")")

    return pattern(tree)
