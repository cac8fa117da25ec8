"""A counted noun the parser read as a prepositional oblique because of its count's
qualifier (issue 11, ninth session, w79): in "одежду на заказ шьют около 50 ателье" slovnet
takes "около" for a preposition and "ателье" (an indeclinable noun, or a genitive plural
after the number) for an ``obl`` of the verb, so the verb has no subject. Set right before
the rules read the tree (:func:`rufacts.grammars.sector_tree.tree_counts`), beside
:func:`rufacts.grammars.sector_tree_recall.requalified` (the same misreading of a bare
number): the noun becomes the verb's subject where the verb has none."""
from __future__ import annotations

from dataclasses import replace

from .sector_tree_nodes import Node, children, qualifier_words

_SUBJECT = ("nsubj", "nsubj:pass")


def qualified_subjects(nodes: list[Node]) -> list[Node]:
    """``nodes`` with "<qualifier> N <noun>" read as the verb's subject (see above)."""
    quals = qualifier_words()
    kids = children(nodes)
    out = list(nodes)
    for node in nodes:
        if node.dep != "obl" or node.pos != "NOUN" or node.head == node.i \
                or nodes[node.head].pos != "VERB":
            continue
        mine = kids.get(node.i, ())
        cases = [k for k in mine if k.dep == "case"]
        if len(cases) != 1 or cases[0].text.lower() not in quals or not any(
                k.dep.startswith("nummod") and k.i < node.i for k in mine) \
                or any(k.dep in _SUBJECT for k in kids.get(node.head, ())):
            continue
        out[node.i] = replace(node, dep="nsubj")
    return out


__all__ = ["qualified_subjects"]
