"""The data of the tree rules (:mod:`.sector_tree`): one parsed token (:class:`Node`), one
count found (:class:`TreeCount`, also the list items of :mod:`.sector_items`) and the small
word lists the rules share."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..lexicons import load_list, load_rows


@lru_cache(maxsize=1)
def qualifier_words() -> frozenset[str]:
    """One-word qualifiers of a count ("более", "около", "порядка"; ``qualifiers.tsv``; the
    adverbs of ``count_qualifiers.tsv``: "где-то")."""
    return frozenset(row[0] for row in load_rows("qualifiers.tsv") if " " not in row[0]) | {
        row[0] for row in load_rows("count_qualifiers.tsv") if row[3:4] == ("adverb",)}

_SCALE_WORDS = frozenset({"тысяча", "миллион"})
_KEEP = ("amod", "nmod", "conj", "cc", "case", "flat", "flat:foreign", "fixed", "compound",
         "nummod", "det", "appos")


@lru_cache(maxsize=1)
def activities() -> frozenset[str]:
    """Activity nouns that name no sector alone (``sector_activities.txt``)."""
    return load_list("sector_activities.txt")


@dataclass(frozen=True, slots=True)
class Node:
    """One token of a parsed sentence; ``head`` is an index into the sentence (itself
    for the root)."""

    i: int
    start: int
    stop: int
    text: str
    lemma: str
    pos: str
    case: Optional[str]  # OpenCorpora case name (gent, loct, ...) or None
    head: int
    dep: str


@dataclass(frozen=True, slots=True)
class TreeCount:
    """One sector count found by the tree rules or read from the surface as a list item."""

    start: int
    stop: int
    count: int
    object: str
    sector: str
    total: Optional[int]
    family: str
    count_start: Optional[int] = None  # tree counts: where the number is (the grammar's
                                       # spans are checked against it)
    overrides: bool = False  # replaces the grammar's count there (a built thing, a verb
                             # over a fused prefix: "сельхозпредприятий ... выращиванием")


def children(nodes) -> dict[int, list["Node"]]:
    """Each node's dependents, by the head's index (the root has none of its own)."""
    kids: dict[int, list[Node]] = {}
    for node in nodes:
        if node.head != node.i:
            kids.setdefault(node.head, []).append(node)
    return kids


def larger_total(total: Optional[int], value: int) -> Optional[int]:
    """The whole of a count where it is larger than the count, else None (a whole no larger
    than its part is a misread)."""
    return total if total is not None and total > value else None


__all__ = ["Node", "TreeCount", "activities", "larger_total", "qualifier_words"]
