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
_SCALES = frozenset({"тыс", "млн", "тысяча", "миллион", "сотня", "десяток"})


def _qualified(nodes: list[Node], node: Node, quals: frozenset[str]) -> bool:
    """A qualifier, then a number (with its scale: "свыше 1,1 тыс."), then the noun (past
    its adjectives), whatever the parser hung the qualifier on (w91)."""
    k, number = node.i - 1, False
    while k >= 0 and (nodes[k].pos in ("ADJ", "NUM") or nodes[k].text[:1].isdigit()
                      or nodes[k].text == "." or nodes[k].lemma.lower() in _SCALES):
        number = number or nodes[k].pos == "NUM" or nodes[k].text[:1].isdigit()
        k -= 1
    return number and k >= 0 and nodes[k].text.lower() in quals and nodes[k].pos == "ADP"


def qualified_subjects(nodes: list[Node]) -> list[Node]:
    """``nodes`` with "<qualifier> N <noun>" read as the verb's subject (see above); an
    object after the verb too where the verb has an object before it ("Сельхозтехнику
    выпускают около 220 заводов", w91)."""
    quals = qualifier_words()
    kids = children(nodes)
    out = list(nodes)
    for node in nodes:
        if node.dep not in ("obl", "obj") or node.pos != "NOUN" or node.head == node.i \
                or nodes[node.head].pos != "VERB":
            continue
        verb = nodes[node.head]
        mine = kids.get(node.i, ())
        cases = [k for k in mine if k.dep == "case"]
        if node.dep == "obj" and not (node.i > verb.i and any(
                k.dep == "obj" and k.i < verb.i for k in kids.get(verb.i, ()))):
            continue
        if any(k.dep in _SUBJECT and k.case in (None, "nomn")  # not "Хостингом занимаются"
               for k in kids.get(node.head, ())) or len(cases) > 1 or (
                cases and cases[0].text.lower() not in quals) or not _qualified(nodes, node, quals):
            continue
        out[node.i] = replace(node, dep="nsubj")
    return out


__all__ = ["qualified_subjects"]
