"""Dashed items of agent nouns after a whole (w90, "counted objects and facility nouns"):
"около 600 экспонентов, из них более 150 — станкостроители", "Из 120 компаний, ...,
48 — станкостроители", "Среди 85 эмитентов, ..., 9 — девелоперы".

A bare number, a dash and an agent or facility noun of its own trade (``sector_agents.tsv``)
is a part of the counted noun said before it: the whole's number is the total, the agent
noun's industry the sector. The noun stated with the count is the object
(docs/gold-conventions.md: "The noun stated with the count wins", agent nouns "are the
object"; tests/test_sector_parts9.py: "40 из которых — российские станкостроители" ->
станкостроитель). The whole is introduced by "из них", "среди них", a colon, or by "из" /
"среди" right before its own number ("Из 25 участников конкурса ... 7 — машиностроители").
"""
from __future__ import annotations

from typing import Optional

from .sector_tree_nodes import Node, TreeCount

_DASHES = ("—", "–", "-")
_LEADS = ("из", "среди")


def _led(nodes, first: Node) -> bool:
    """"Из 120 компаний", "Среди более чем 85 эмитентов": "из" / "среди" within the four
    words before the whole's noun, and no other noun between."""
    for n in reversed(nodes[max(0, first.i - 4):first.i]):
        if n.text.lower() in _LEADS:
            return True
        if n.pos in ("NOUN", "PROPN", "VERB"):
            return False
    return False


def agent_item(tree, number: Node, value: int) -> Optional[TreeCount]:
    """The count of an agent noun after a dash (see the module's docstring), or None."""
    nodes = tree.nodes
    after = nodes[number.i + 1] if number.i + 1 < len(nodes) else None
    if after is None or after.text not in _DASHES:
        return None
    part = next((n for n in nodes[after.i + 1:after.i + 4] if n.pos != "ADJ"), None)
    sector = tree.agent_sector(part)
    if sector is None:
        return None
    first = tree.counted_before(number.i)
    if first is None or any(n.text in (";", ".") for n in nodes[first.i:number.i]):
        return None
    words = [n.text.lower() for n in nodes[first.i + 1:number.i]]
    parted = any(words[k:k + 2] in (["из", "них"], ["среди", "них"])
                 for k in range(len(words))) or ":" in words or _led(nodes, first)
    total = tree.number_of(first)
    if not parted or total is None or total <= value:
        return None
    obj = tree.object_of(part)[0] or tree.object_of(first)[0]
    return TreeCount(number.start, part.stop, value, obj, sector, total, "agent",
                     number.start)


__all__ = ["agent_item"]
