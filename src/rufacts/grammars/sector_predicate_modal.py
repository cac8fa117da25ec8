"""A short adjective of ability or readiness over an infinitive (w102, the sector said by
the predicate): in "Газовые турбины в России способны выпускать лишь два предприятия" the
parser makes "способны" (ADJ) the root, with the infinitive as its ``xcomp`` and both the
fronted object and the counted noun as its subjects. Unlike "могут выпускать" (a VERB)
the adjective is no predicate to the tree rules, so the count is lost, or the counted
noun's own trade ("три верфи" -> судостроение) wins over what the infinitive says.

A short adjective (no case: "способны", "готовы", "вынуждены", "должны") with an
infinitive after it is read as a verb of ability; the infinitive then takes the nouns
before it as its own (:meth:`rufacts.grammars.sector_tree_args.ArgumentRules.raised`).
Set right before the rules read the tree (:func:`rufacts.grammars.sector_tree.tree_counts`)."""
from __future__ import annotations

from dataclasses import replace

from .sector_tree_nodes import Node


def modal_adjectives(nodes: list[Node]) -> list[Node]:
    """``nodes`` with each short adjective over an infinitive after it made a verb."""
    heads = {n.head for n in nodes if n.dep == "xcomp" and n.pos == "VERB" and n.head < n.i}
    out = list(nodes)
    for i in heads:
        adj = nodes[i]
        if adj.pos == "ADJ" and adj.case is None and adj.dep in ("root", "conj", "ccomp"):
            out[i] = replace(adj, pos="VERB")
    return out


__all__ = ["modal_adjectives"]
