"""Wholes that are counts too (docs/gold-conventions.md, ``total``): "Семь из 19
туристических компаний ...", "Из 43 IT-компаний технопарка 12 ...": the whole has an
industry of its own (an adjective or prefix of its counted noun), so it is also a count,
``(19, компания, туризм)``, beside its part. Only wholes some count of the sentence takes
as its total; not under a share ("Большая часть из 60 фермерских хозяйств").
"""
from __future__ import annotations

from typing import Sequence

from .morph import Morph
from .sector_tree_nodes import Node, TreeCount
from .sector_tree_words import TreeWords


def whole_counts(nodes: Sequence[Node], text: str, morph: Morph,
                 totals: set[int], counts: set[int]) -> list[TreeCount]:
    """The counts of the "из N"/"среди N" wholes of one parsed sentence whose value is in
    ``totals`` (used as a total) and not in ``counts`` (not a count already)."""
    tree = TreeWords(nodes, text, morph)
    shares = tree.lex.first_words("share")
    out = []
    for case in nodes:
        if case.lemma.lower() not in ("из", "среди") or case.i + 1 >= len(nodes):
            continue
        number = nodes[case.i + 1]
        value = tree.count(number)
        owner = nodes[case.head] if case.head != case.i else case
        above = nodes[owner.head] if owner.head != owner.i else owner
        if not value or value not in totals or value in counts or any(
                n.lemma.lower() in shares for n in (above, nodes[case.i - 1] if case.i else case)):
            continue
        # the first counted noun after the number ("Из 43 IT-компаний технопарка": the
        # parser may head the whole by the owner)
        noun = next((n for n in nodes[number.i + 1:number.i + 4] if tree.object_of(n)[0]),
                    None)
        if noun is None:
            continue
        obj, prefix = tree.object_of(noun)
        sector = prefix or tree.adjective(noun)
        if sector:
            out.append(TreeCount(number.start, noun.stop, value, obj, sector, None, "whole",
                                 number.start))
    return out


__all__ = ["whole_counts"]
