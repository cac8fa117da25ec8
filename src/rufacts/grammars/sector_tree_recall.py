"""Tree rules for counts the other families miss: a mixin of
:class:`rufacts.grammars.sector_tree._Tree` (it gives ``nodes``, ``kids``, ``lex``,
``count``, ``phrase``, ``argument``, ``whole`` and the other word tests used here).

* ``place``: the counted noun is where the verb's action happens or who does it, and the
  sector is what the action is about: "Производство X ведётся на девяти предприятиях",
  "X собирают на двух заводах", "X выпускается силами 12 подрядчиков";
* ``clause``: a participle or relative clause on the counted noun whose verb takes the
  sector indirectly: through a verb it governs ("инвесторов, планирующих наладить выпуск
  стройматериалов"), a generic activity object with a field ("ведущих деятельность в
  обрабатывающей промышленности"), or a purpose ("проектов, направленных на развитие
  туризма");
* ``agent``: a maker or agent noun that names its own industry (``sector_agents.tsv``):
  "150 станкостроителей" (sector станкостроение), "из них более 150 — станкостроители"
  (the whole's noun counted).

Every sector read here must have ОКВЭД codes (:func:`rufacts.grammars.okved.okved_codes`):
the mapper is the gate that keeps events, tasks and sums out.
"""
from __future__ import annotations

from typing import Optional

from .okved import okved_codes
from .sector_agent_items import agent_item
from .sector_facilities import built, unowned
from .sector_nouns import agent_industry, bound_trades, facilities
from .sector_tree_lists import _SUBJECT
from .sector_tree_nodes import Node, TreeCount, children, larger_total, qualifier_words

_PLACE_PREPS = ("на", "в", "во")  # "на девяти предприятиях", "в 12 цехах"
_QUALIFIED = qualifier_words() | {"чем"}  # "более чем 20"




class RecallRules:
    # --- qualified numbers --------------------------------------------------
    def past_qualifiers(self, k: int) -> Optional[Node]:
        """The node at ``k`` or, past qualifier words, the first after it."""
        while k < len(self.nodes) and self.nodes[k].text.lower() in _QUALIFIED:
            k += 1
        return self.nodes[k] if k < len(self.nodes) else None

    # --- agent nouns -------------------------------------------------------
    def agent_sector(self, node: Optional[Node]) -> Optional[str]:
        """"станкостроителей" -> станкостроение; the last part of a hyphenated noun."""
        if node is None or node.pos not in ("NOUN", "PROPN", "ADJ"):
            return None
        obj = self.object_of(node)[0]
        if built(self.nodes, node, obj) or unowned(self.kids[node.i], obj,
                                                   self.lex.first_words("private")):
            return None  # "отремонтировали 14 поликлиник", "две школы" (sector_facilities)
        if self.one_project(node):
            return None  # "Новый мост возводят три застройщика": one project, no count
        if node.pos == "ADJ":  # "сыроварен": pymorphy3 reads an adjective first
            noun = self.object_of(node)[0]
            return agent_industry(noun) if noun else None
        return agent_industry(node.lemma.split("-")[-1]) or next(
            (trade for k in self.kids[node.i] if k.dep == "amod"  # "аптечных пунктов" (w200)
             for trade in [bound_trades().get((node.lemma.lower(), k.lemma.lower()))] if trade),
            None)

    def one_project(self, node: Node) -> bool:
        """The subject of a verb of building (``builds`` cues) whose object is one thing
        ("жилой комплекс возводят три застройщика", w127), not many ("дома", "жильё")."""
        if node.dep not in _SUBJECT or not 0 <= node.head < len(self.nodes):
            return False
        verb = self.nodes[node.head]
        return verb.pos == "VERB" and verb.lemma.lower() in self.lex.first_words("builds") \
            and any((k.dep == "obj" or k.dep in _SUBJECT and k.i < verb.i)  # the parser
                    and k.i != node.i and k.pos == "NOUN" and not self.many(k)  # may take
                    for k in self.kids[verb.i])  # the object first for a second subject

    def coded(self, node: Node) -> bool:
        """A genitive after the counted noun whose phrase has ОКВЭД codes, whatever its head
        ("магазинов продуктовой розницы", "учреждений культуры"); not a name, nor one of
        "заводах компании" (:meth:`owner` is checked by the caller)."""
        if node.pos != "NOUN" or node.lemma.lower() in self.lex.first_words("not_sector"):
            return False
        name = self.phrase(node, "gent")
        return bool(name) and bool(okved_codes(self.morph, name))

    # --- clauses -----------------------------------------------------------
    def clause_argument(self, verb: Node, depth: int = 0) -> Optional[tuple[str, Node]]:
        """The sector a clause's verb takes indirectly (see the module's docstring)."""
        activity = self.lex.first_words("activity")
        purpose = self.lex.first_words("purpose")
        for kid in self.kids[verb.i]:
            lemma = kid.lemma.lower()
            if kid.dep == "xcomp" and kid.pos == "VERB" and depth < 2:
                found = self.argument(kid) or self.clause_argument(kid, depth + 1) \
                    or self._coded_object(kid)
                if found:  # "планирующих наладить выпуск стройматериалов"
                    return found
            elif kid.dep == "obj" and lemma in activity:
                for field in self.kids[kid.i]:  # "ведущих деятельность в строительстве"
                    if field.dep == "nmod" and field.i > kid.i and self.prep(field) in (
                            "в", "во") and (self.sectorish(field) or field.lemma.lower()
                                           in self.lex.fields):
                        name = self.phrase(field, "loct")
                        if name and okved_codes(self.morph, name):
                            return name, field
            elif kid.dep == "obl" and self.prep(kid) == "на" and lemma in purpose:
                for what in self.kids[kid.i]:  # "направленных на развитие туризма"
                    if what.dep == "nmod" and what.i > kid.i and self.prep(what) is None \
                            and what.case == "gent":
                        name = self.phrase(what, "gent")
                        if name and okved_codes(self.morph, name):
                            return name, what
        if depth == 0 and verb.lemma.lower() not in self.lex.first_words("not_verb"):
            return self._coded_object(verb, lone=True)  # "хозяйств, выбравших козоводство"
        return None

    def _coded_object(self, verb: Node, lone: bool = False) -> Optional[tuple[str, Node]]:
        """The object of a governed verb, a sector head included, where it has ОКВЭД codes
        ("собирающихся начать производство упаковки"); ``lone``: one noun will do (the
        clause's own verb: "хозяйств, выбравших козоводство")."""
        for kid in self.kids[verb.i]:
            if kid.dep == "obj" and kid.pos == "NOUN" and self.prep(kid) is None \
                    and kid.lemma.lower() not in self.lex.first_words("not_sector") \
                    and not self.amount(kid):  # "переработали 2,1 млн тонн свёклы"
                name = self.phrase(kid, "accs")
                if name and (lone or " " in name) and okved_codes(self.morph, name):
                    return name, kid
        return None

    # --- counts ------------------------------------------------------------
    def recall(self, number: Node, value: int) -> Optional[TreeCount]:
        """A count of the families of this module, where no other rule found one."""
        if self.whole_case(number) is not None:
            return self._whole_count(number, value)
        if number.i and self.nodes[number.i - 1].text in ("№", "#"):
            return None
        noun = self._noun(number)
        if noun is None:
            return self._agent_item(number, value) or self._agent_whole(number, value) \
                or self._copula(number, value) \
                or self._adjective_item(number, value)
        return self._place(number, value, noun) or self._field_passive(number, value, noun) \
            or self._apposed_maker(number, value, noun) \
            or self._shared_verb(number, value, noun) \
            or self._sector_subject(number, value, noun) \
            or self._agent_count(number, value, noun)

    def _place(self, number: Node, value: int, noun: Node) -> Optional[TreeCount]:
        """"Производство сельхозтехники ведётся на девяти предприятиях края", "солнечные
        панели собирают на двух заводах", "выпускается силами 12 подрядчиков": the
        verb's subject (or, with no subject, its object) is the sector where it has
        ОКВЭД codes."""
        prep = self.prep(noun)
        holder = noun
        if prep is None and noun.case == "gent" and noun.head != noun.i:
            parent = self.nodes[noun.head]  # "силами 12 подрядчиков"
            if parent.lemma.lower() in self.lex.first_words("by_means") and \
                    self.prep(parent) is None and parent.dep == "obl":
                holder = parent
        elif prep not in _PLACE_PREPS or not self.in_case(noun, "loct"):
            return None
        if holder.dep != "obl" or holder.head == holder.i:
            return None
        verb = self.nodes[holder.head]
        if verb.pos != "VERB" or verb.lemma.lower() in self.lex.first_words("not_verb") \
                or self._whole_of_part(noun):
            return None
        things = self.lex.first_words("not_sector")
        kids = self.kids[verb.i]
        subjects = [k for k in kids if k.dep in _SUBJECT]
        for kid in subjects or [k for k in kids if k.dep == "obj"]:
            if kid.pos != "NOUN" or self.prep(kid) is not None or kid.lemma.lower() in (\
                    self.lex.objects - self.lex.heads) | self.lex.fields | things:
                continue
            case = "accs" if kid.dep == "obj" else "nomn"
            name = self.phrase(kid, case, frozenset({noun.i, number.i}))
            if name and okved_codes(self.morph, name):
                obj = self.object_of(noun)[0]
                used = (number, noun, verb, kid)
                return TreeCount(min(n.start for n in used), max(n.stop for n in used),
                                 value, obj, name, None, "place", number.start)
        return None

    def _apposed_maker(self, number: Node, value: int, noun: Node) -> Optional[TreeCount]:
        """"36 компаний — производителей оборудования для атомной энергетики": a maker noun
        after a dash, said of the counted noun; its genitive is the sector where it has
        ОКВЭД codes."""
        for kid in self.kids[noun.i]:
            if kid.i <= noun.i or kid.lemma.lower() not in self.lex.makers or not any(
                    n.text in ("—", "–") for n in self.nodes[noun.i + 1:kid.i]) \
                    or kid.i - noun.i > 3:
                continue
            for what in self.kids[kid.i]:
                if what.dep != "nmod" or what.i < kid.i or self.prep(what) is not None \
                        or what.case != "gent":
                    continue
                name = self.phrase(what, "gent")
                if name and okved_codes(self.morph, name):
                    total = self.whole([noun], noun)[0]
                    return TreeCount(number.start, what.stop, value, self.object_of(noun)[0],
                                     name, larger_total(total, value), "genitive",
                                     number.start)
        return None

    def _agent_count(self, number: Node, value: int, noun: Node) -> Optional[TreeCount]:
        """"150 станкостроителей": the agent noun's own industry (``sector_agents.tsv``)."""
        sector = self.agent_sector(noun)
        if sector is None or self.prep(noun) in ("из", "среди") \
                or self.text[number.stop:number.stop + 1].isalpha():
            return None  # "по данным «2ГИС»": a digit glued to letters is a name
        echoed = self.echo_count(number, value)  # "Сеть стоматологических клиник открыла
        if echoed is not None:                   # три новые клиники": the earlier mention's
            return echoed                        # trade over the noun's own (w200)
        total = self.whole([noun], noun)[0]
        return TreeCount(min(number.start, noun.start), max(number.stop, noun.stop), value,
                         self.object_of(noun)[0] or noun.lemma.lower(), sector,
                         larger_total(total, value), "agent",
                         number.start)

    def _agent_item(self, number: Node, value: int) -> Optional[TreeCount]:
        """"из них более 150 — станкостроители" (:mod:`.sector_agent_items`)."""
        return agent_item(self, number, value)

    def _copula(self, number: Node, value: int) -> Optional[TreeCount]:
        """"Четыре из семи резидентов — логистические компании": the bare number is the
        subject of a dashed predicate, a counted noun with a sector adjective or prefix;
        that noun is the object (docs/gold-conventions.md), the "из" phrase the whole."""
        if number.dep not in _SUBJECT or number.head == number.i:
            return None
        pred = self.nodes[number.head]
        obj, prefix = self.object_of(pred)
        if obj is None or pred.i < number.i or not any(
                n.text in ("—", "–") for n in self.nodes[number.i + 1:pred.i]):
            return None
        sector = prefix or self.adjective(pred)
        if not sector:
            return None
        total = self.whole([number], None)[0]
        return TreeCount(number.start, pred.stop, value, obj, sector,
                         larger_total(total, value), "copula",
                         number.start)

    def _whole_count(self, number: Node, value: int) -> Optional[TreeCount]:
        """"Семь из 19 туристических компаний ...": a whole whose noun has an industry of
        its own (a sector adjective or prefix, a genitive, a clause) is a count too
        (docs/gold-conventions.md); not "кластер из 16 компаний" (a thing made of N), nor
        "из 30 малых предприятий"; a whole under a share is one ("Половина из 80 строительных
        фирм": the share is no count, its whole is, as docs/gold-conventions.md ``total``
        reads and the gold files mark it)."""
        noun = self._noun(number)
        if noun is None or self._made_of(number):
            return None
        obj, prefix = self.object_of(noun)  # "Из 54 производителей сельхозтехники": its own
        own = self.whole_sector(noun)  # its genitive or clause (sector_tree_own)
        sector = prefix or self.adjective(noun) or (own[0] if own else None) \
            or self.agent_sector(noun)
        if not sector:
            return None
        stop = own[1].stop if own and own[0] == sector else noun.stop
        return TreeCount(number.start, stop, value, obj, sector, None, "whole",
                         number.start)

    def whole_case(self, number: Node) -> Optional[Node]:
        """The "из"/"среди" of a whole right before the number, past its qualifiers ("из
        почти 3 тысяч", "среди более чем 200", "Из примерно 4 тыс."); None where the
        number is no whole."""
        k = number.i - 1
        while k >= 0 and self.is_number(self.nodes[k]) and not number.text[:1].isdigit() \
                and not self.nodes[k].text[:1].isdigit():
            k -= 1  # "из двадцати | трёх": the number's first word
        while k >= 0 and self.nodes[k].text.lower() in _QUALIFIED:
            k -= 1
        node = self.nodes[k] if k >= 0 else None
        return node if node is not None and node.lemma.lower() in ("из", "среди") else None

    def _adjective_item(self, number: Node, value: int) -> Optional[TreeCount]:
        """"22 предприятия: машиностроительные — 10, приборостроительные — 7": a number
        after a dash and a sector adjective standing for the counted noun before the ":"
        (its count the whole)."""
        from .sector_context import adjective_sectors
        from .sector_words import tokenize
        nodes = self.nodes
        if number.i < 2 or nodes[number.i - 1].text not in ("—", "–"):
            return None
        part = nodes[number.i - 2]
        if part.pos != "ADJ":
            return None
        first = self.counted_before(part.i)
        words = [n.text for n in nodes[first.i + 1:part.i]] if first is not None else []
        if first is None or ":" not in words or any(w in (";", ".") for w in words):
            return None
        obj = self.object_of(first)[0]
        names = adjective_sectors(tokenize(self.morph, self.text, part.start, part.stop), obj)
        total = self.number_of(first)
        if not names or total is None or total <= value:
            return None
        return TreeCount(part.start, number.stop, value, obj, names[0], total, "list",
                         number.start)

    def _shared_verb(self, number: Node, value: int, noun: Node) -> Optional[TreeCount]:
        """"18 компаний получили статус резидентов и займутся переработкой рыбы": the
        counted subject is shared by a verb joined with "и" that has no subject of its own;
        its argument is the sector."""
        verb = self._verb(number, noun)
        if verb is None or noun.dep not in _SUBJECT:
            return None
        avoid = frozenset({number.i, noun.i})
        for other in self.kids[verb.i]:
            if other.dep != "conj" or other.pos != "VERB" or other.i < verb.i or any(
                    k.dep in _SUBJECT for k in self.kids[other.i]) or not any(
                    k.dep == "cc" and k.lemma.lower() == "и" for k in self.kids[other.i]):
                continue
            found = self.argument(other, avoid)
            if found:
                total = self.whole([noun, verb], noun)[0]
                used = (number, noun, other, found[1])
                return TreeCount(min(n.start for n in used), max(n.stop for n in used), value,
                                 self.object_of(noun)[0], found[0],
                                 larger_total(total, value),
                                 "predicate", number.start)
        return None

    def _sector_subject(self, number: Node, value: int, noun: Node) -> Optional[TreeCount]:
        """"Рыбная отрасль Сахалина — это 74 предприятия": a sector phrase is the subject
        of a dashed predicate, the counted noun."""
        subject = next((k for k in self.kids[noun.i] if k.dep in _SUBJECT and k.i < noun.i),
                       None)
        if subject is None or not any(n.text in ("—", "–") for n in
                                      self.nodes[subject.i + 1:number.i]) \
                or not self.sectorish(subject) or self.object_of(subject)[0]:
            return None
        name = self.phrase(subject, "nomn") or self.adjective(subject)  # "отрасль Сахалина"
        if not name or not okved_codes(self.morph, name):
            return None
        return TreeCount(subject.start, noun.stop, value, self.object_of(noun)[0], name, None,
                         "subject", number.start)

    def _agent_whole(self, number: Node, value: int) -> Optional[TreeCount]:
        """"Шесть из десяти крупнейших страховщиков предложили ...": a bare number whose
        whole's noun is an agent noun counts that noun in its industry."""
        total, obj = self.whole([number], None)
        noun = next((k for k in self.kids[number.i] if self.prep(k) in ("из", "среди")),
                    None)
        sector = self.agent_sector(noun)
        if sector is None or obj is None or total is None or total <= value:
            return None
        return TreeCount(number.start, noun.stop, value, obj, sector, total, "agent",
                         number.start)

    def _field_passive(self, number: Node, value: int, noun: Node) -> Optional[TreeCount]:
        """"Сегмент нефтегазового сервиса представлен 38 компаниями": the passive's subject
        is a field noun; its genitive or adjective is the sector."""
        verb = self.nodes[noun.head] if noun.head != noun.i else None
        if verb is None or not self.agent(noun, verb):
            return None
        subject = next(k for k in self.kids[verb.i] if k.dep == "nsubj:pass")
        if subject.lemma.lower() not in self.lex.fields:
            return None
        name = self.phrase(subject, "nomn")
        if not name or not okved_codes(self.morph, name):
            return None
        return TreeCount(subject.start, noun.stop, value, self.object_of(noun)[0], name, None,
                         "passive", number.start)


def requalified(nodes: list[Node]) -> list[Node]:
    """The parser's misreadings of a qualified count, set right before the rules read the
    tree: "около 30" read as a prepositional ``obl`` of the verb ("Из почти сотни
    резидентов около 30 разрабатывают ...") is its subject where the verb has none but a
    whole ("из"/"среди" phrase), which then becomes the ``obl``."""
    from dataclasses import replace

    quals = qualifier_words()
    kids = children(nodes)
    out = list(nodes)
    wholes = [k for k in nodes if any(m.dep == "case" and m.lemma.lower() in ("из", "среди")
                                      for m in kids.get(k.i, ()))]
    for node in nodes:
        whole = nodes[node.head]
        if node.dep.startswith("nummod") and node.pos == "NUM" and whole in wholes \
                and whole.i < node.i and whole.head != whole.i \
                and nodes[whole.head].pos == "VERB" and nodes[whole.head].i > node.i \
                and not any(k.dep in _SUBJECT for k in kids.get(whole.head, ())):
            # "Из 90 предприятий порядка 30 относятся ...": the count hung on the whole
            out[node.i] = replace(node, head=whole.head, dep="nsubj")
            continue
        if node.dep != "obl" or node.pos != "NUM" or node.head == node.i \
                or nodes[node.head].pos != "VERB" or not any(
                    k.dep == "case" and k.text.lower() in quals for k in kids.get(node.i, ())):
            continue
        subjects = [k for k in kids.get(node.head, ()) if k.dep in _SUBJECT]
        if not all(k in wholes for k in subjects):
            continue
        out[node.i] = replace(node, dep="nsubj")
        for k in subjects:
            out[k.i] = replace(k, dep="obl")
    return out
