"""A counted noun whose industry is said on the same noun earlier in its sentence, a mixin
of the dependency-tree rules (:mod:`.sector_tree`): "Сеть ветеринарных клиник «Белый
клык» открыла в Москве четыре новые клиники" counts four clinics in ветеринария, the
adjective of the first "клиник" (issue 11, ninth session, w79).

The rule runs last, where no other rule found a count at the number: the counted noun
has no sector of its own (no prefix or sector adjective), and an earlier mention of the
same counted noun in the sentence, not itself counted by a number, has a sector
adjective or prefix, or is a facility of its own trade (``sector_agents.tsv``: "Сеть
аптек ... открыла 12 новых аптек"). The noun named again is then a firm (or outlet) of
that trade, also as a verb's object where the verb is one of getting outlets (``opens``
cues of ``sector_cues.tsv``: "открыла четыре новые клиники"); "отремонтировала три
клиники" stays buildings. The mixin reads ``nodes``, ``lex``, ``object_of``,
``adjective``, ``agent_sector``, ``prep``, ``number_of`` and ``_noun`` of the tree."""
from __future__ import annotations

from typing import Optional

from .sector_tree_nodes import Node, TreeCount


class EchoCounts:
    def echo_count(self, number: Node, value: int) -> Optional[TreeCount]:
        """The count of ``number`` with the sector of its noun's earlier mention."""
        noun = self._noun(number)
        if noun is None or self.prep(noun) in ("из", "среди"):
            return None
        obj, prefix = self.object_of(noun)
        if not obj or prefix or self.adjective(noun):
            return None  # its own sector: the other rules' business
        top = noun
        while top.dep == "conj" and top.head != top.i:
            top = self.nodes[top.head]
        if top.dep == "obj" and self.nodes[top.head].lemma.lower() not in \
                self.lex.first_words("opens"):
            return None  # "отремонтировала три клиники": buildings
        for node in self.nodes[:number.i]:
            if node.pos not in ("NOUN", "PROPN", "ADJ") or self.number_of(node):
                continue  # "пекарен": pymorphy3 may read the noun as an adjective
            first, own = self.object_of(node)
            sector = own or self.adjective(node) or self.agent_sector(node)  # "Сеть аптек"
            if first == obj and sector:
                return TreeCount(number.start, noun.stop, value, obj, sector, None,
                                 "adjective", number.start)
        return None


__all__ = ["EchoCounts"]
