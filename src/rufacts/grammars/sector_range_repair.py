"""Ranges "от N до M <counted noun>" re-hung for the sector tree (w127, dev12).

The parser reads "занимаются от 80 до 100 фирм" as "от 80" the subject and "до 100 фирм" a
prepositional phrase under it, so no rule meets a number with its counted noun. A range
counts its number next to the noun (docs/gold-conventions.md, `count`: "15–20 компаний" ->
20), so the noun takes the place of the first number in the clause, the first number hangs
on the noun, and the prepositions hang on their numbers. A parse that already hangs the
first number on the noun, or a noun that is not the range's (a word between other than
adjectives), is left as it is.
Read by :func:`rufacts.components.sectors.sentence_nodes`.
"""
from __future__ import annotations

from dataclasses import replace


def _number(node) -> bool:
    return node.pos == "NUM" or node.text[:1].isdigit()


def ranges_rehung(nodes: list) -> list:
    """``nodes`` (a parsed sentence's :class:`~.sector_tree_nodes.Node` s) with every
    misparsed "от N до M <noun>" re-hung; the list itself is not changed."""
    if not any(n.text.lower() == "от" for n in nodes):
        return nodes
    out = list(nodes)
    for k in range(len(nodes) - 4):
        if nodes[k].text.lower() != "от" or not _number(nodes[k + 1]) \
                or nodes[k + 2].text.lower() != "до" or not _number(nodes[k + 3]):
            continue
        n = k + 4
        while n < len(nodes) and n < k + 7 and nodes[n].pos == "ADJ":
            n += 1  # "от 80 до 100 местных фирм"
        if n >= len(nodes) or nodes[n].pos != "NOUN":
            continue
        first, noun = out[k + 1], out[n]
        if first.head == noun.i or first.head == first.i or first.head in range(k, n + 1):
            continue  # read right already, or the root: nothing to take over
        dep = first.dep  # a number hung on the verb as its "nummod": the noun is its subject
        if dep.startswith("nummod") and nodes[first.head].pos in ("VERB", "AUX"):
            dep = "nsubj"
        out[n] = replace(noun, head=first.head, dep=dep)
        out[k + 1] = replace(first, head=noun.i, dep="dep")  # the lower end: no count
        out[k] = replace(out[k], head=first.i, dep="case")
        out[k + 2] = replace(out[k + 2], head=k + 3, dep="case")
    return out


__all__ = ["ranges_rehung"]
