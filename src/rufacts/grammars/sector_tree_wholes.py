"""The whole of a count in a parsed sentence: an "из"/"среди" phrase ("27 предприятий из
90", "из них", "из которых"), a base of :class:`.sector_tree_words.TreeWords` (moved from
there; it uses that class's word tests through ``self``)."""
from __future__ import annotations

from typing import Optional, Sequence

from .sector_tree_lists import _SUBJECT
from .sector_tree_nodes import Node


class TreeWholes:
    def whole(self, nodes: Sequence[Node], counted: Optional[Node]
              ) -> tuple[Optional[int], Optional[str]]:
        """(total, object) of an "из"/"среди" phrase under any of ``nodes``, or an "из них"
        under their arguments ("пищевой промышленностью из них занимаются девять")."""
        deeper = [(k, True) for n in nodes for k in self.kids[n.i]
                  if k.dep in ("obl", "obj", "iobj")]
        for parent, pronoun_only in [(n, False) for n in nodes] + deeper:
            for kid in self.kids[parent.i]:
                if kid.dep not in ("nmod", "obl", "nummod", "dep") + _SUBJECT or self.prep(kid) not in (
                        "из", "среди") or (kid.dep == "nummod" and kid.i < parent.i):
                    continue  # "27 предприятий из 90": the parser's nummod
                lemma = kid.lemma.lower()
                if pronoun_only and lemma not in ("они", "их"):
                    continue
                if lemma == "который":
                    verb = self._clause_of(kid)
                    noun = self.nodes[verb.head] if verb is not None and \
                        verb.dep == "acl:relcl" else None
                    if noun is not None and noun.i in self.said_by:  # "… осталось 38, из
                        noun = self.nodes[self.said_by[noun.i]]  # которых 21 …"
                    elif noun is not None and noun.pos == "NUM" and all(n.i > kid.i for n in nodes):
                        return self.whole_said_last(kid.i)  # "… осталось 38, из которых 21"
                    if noun is not None:
                        return self.number_of(noun), self.written(noun)
                elif lemma in ("они", "их"):
                    noun = self.counted_before(kid.i)
                    if noun is not None:
                        return self.number_of(noun), self.written(noun)
                    if self.whole_said_last(kid.i)[1] and all(n.i > kid.i for n in nodes):
                        return self.whole_said_last(kid.i)  # "Консервных заводов в крае 19, из них"
                    if self.previous is not None:  # "... 40 предприятий. Из них ..."
                        return self.previous
                elif self.count(kid):
                    return self.count(kid), None
                elif kid.pos != "NOUN" or self.written(kid):  # not "из 40 регионов"
                    obj = self.written(kid)
                    if obj or self.number_of(kid):
                        return self.number_of(kid), obj
        return None, None

    def _clause_of(self, node: Node) -> Optional[Node]:
        for _ in range(len(self.nodes)):  # bounded: a misparse may hold a cycle
            if node.head == node.i:
                break
            node = self.nodes[node.head]
            if node.dep.startswith("acl"):
                return node
        return None
