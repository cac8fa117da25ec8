"""Facility and agent nouns whose own trade is their count's sector (``sector_agents.tsv``:
"12 аптек" -> фармацевтическая розница, "две пекарни" -> хлебопечение; docs/gold-
conventions.md) give way to a whole said before them: "Хлебопечением в городе заняты 33
организации, среди них 9 частных пекарен" is a part of the 33 (total 33, the whole's
sector), not a count of its own with the noun's trade.

:func:`with_parts` runs :func:`rufacts.grammars.sector_parts.part_counts` as if the tree's
own-trade counts (family ``agent``, no total, the sector the noun's own industry) were not
there, and drops those a part was found over. :func:`built` tells a facility that is a
verb's direct object (a building) from a firm of its trade.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from ..lexicons import load_list, load_rows
from .morph import Morph
from .sector_nouns import agent_industry, bound_trades, facilities
from .sector_parts import part_counts


@lru_cache(maxsize=1)
def _building_verbs() -> frozenset[str]:
    """Verbs of building, repair and inspection (``sector_building_verbs.txt``)."""
    return load_list("sector_building_verbs.txt")


def built(nodes: Sequence, node, obj: Optional[str]) -> bool:
    """A facility noun (``sector_agents.tsv`` ``facility``) that is the direct object of a
    verb of building or repair (``sector_building_verbs.txt``), or a conjunct of one: a
    building ("отремонтировали 21 детский сад и 14 поликлиник"), no firm of its own trade.
    Under other verbs it is the firm: "Маркетплейс подключил 2 300 аптек"."""
    if not obj or obj not in facilities():
        return False
    top = node
    while top.dep == "conj" and top.head != top.i:
        top = nodes[top.head]
    if top.dep != "obj" or top.head == top.i:
        return False
    verb = nodes[top.head]
    while verb.dep in ("conj", "xcomp") and verb.head != verb.i and \
            verb.lemma.lower() not in _building_verbs():
        verb = nodes[verb.head]  # "решили построить", "строят и ремонтируют"
    return verb.lemma.lower() in _building_verbs()


@lru_cache(maxsize=1)
def _private() -> frozenset[str]:
    """Nouns of ``sector_agents.tsv`` whose own trade needs a private adjective ("школа")."""
    return frozenset(row[0].lower() for row in load_rows("sector_agents.tsv")
                     if row[2:3] == ("private",))


def unowned(kids: Sequence, obj: Optional[str], private: frozenset[str]) -> bool:
    """A noun of a "private" row with no private adjective (``private`` cues: "частных
    школ") among its dependents ``kids``: a public institution, no firm of its trade."""
    return bool(obj) and obj in _private() and not any(
        k.dep == "amod" and k.lemma.lower() in private for k in kids)


def _own_trade(value) -> bool:
    return getattr(value, "via", None) == "agent" and value.total is None \
        and (value.sector == agent_industry(value.object) or any(  # "аптечных пунктов" (w200)
            (value.object, value.sector) == (noun, trade)
            for (noun, _), trade in bound_trades().items()))


def with_parts(morph: Morph, text: str, values: list) -> list:
    """``values`` with the parts of their wholes added (see the module's docstring)."""
    weak = [v for v in values if _own_trade(v)]
    if not weak:
        return values + part_counts(morph, text, values)
    parts = part_counts(morph, text, [v for v in values if not _own_trade(v)])
    replaced = [w for w in weak if any(p.start < w.stop and w.start < p.stop for p in parts)]
    return [v for v in values if not any(v is w for w in replaced)] + parts


__all__ = ["built", "unowned", "with_parts"]
