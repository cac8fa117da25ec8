"""The sector a counted noun carries itself, read from its dependents in the tree: a mixin
of :class:`rufacts.grammars.sector_tree._Tree` (it gives ``kids``, ``lex``, ``prep``,
``phrase``, ``adjective``, ``sectorish``, ``coded``, ``owner``, ``is_maker``).

Read for a number counting the noun (``_count``) and for a count said last ("Кожевенных
заводов в России осталось 12": ``_count_last``), in this order:

* ``profile``: "<adjective> профиля" ("компаний IT-профиля");
* ``genitive``: a genitive phrase after the noun headed by a sector noun or with ОКВЭД
  codes, or any after a maker ("предприятий рыбной отрасли", "производителей сыра");
* ``preposition``: "по" + a sector noun ("заводы по переработке молока"), or a field
  after "в"/"из" ("стартапов в области ИИ", "компаний из сферы торговли"), or "из" + a
  sector phrase with ОКВЭД codes or "из числа" + firms of one ("заёмщиков из
  обрабатывающей промышленности", "из числа предприятий ЛПК");
* ``role`` (:meth:`OwnSector.role_sector`): a firm noun in the instrumental after a verb
  of being or naming ("Экспортёрами станков выступили 17 компаний");
* ``one of`` (:meth:`OwnSector.one_of`): "одной из 18 компаний, производящих X" counts
  the 18 with no whole, and not the one;
* ``clause`` (:meth:`OwnSector.clause_sector`): a participle or relative clause on the
  noun whose verb takes the sector ("компаний, разрабатывающих ПО").
"""
from __future__ import annotations

from typing import Optional

from .okved import okved_codes
from .sector_context import adjective_sectors
from .sector_normal import join_sectors, sector_name
from .sector_tree_lists import _SUBJECT
from .sector_tech import tech_form
from .sector_tree_nodes import Node, TreeCount
from .sector_words import tokenize


class OwnSector:
    def own_sector(self, noun: Node) -> Optional[tuple[str, Node, str]]:
        """(sector, the dependent it is read from, family) of the noun's own words."""
        named = self.official_sector(noun)  # "средств размещения в сфере туризма",
        if named:                           # "по виду деятельности «Строительство»"
            return named
        profiles = self.lex.first_words("profile")  # "IT-профиля"
        for kid in self.kids[noun.i]:
            prep = self.prep(kid)
            if kid.i < noun.i or kid.dep not in ("nmod", "appos") and not (
                    kid.dep == "obl" and prep == "из"):  # "экспонентов из машиностроения"
                continue
            sector = family = None
            if kid.lemma.lower().split("-")[-1] in profiles and prep is None:
                names = adjective_sectors(tokenize(self.morph, self.text, kid.start, kid.stop))
                sector, family = (join_sectors(names) if len(names) > 1 else None) or \
                    self.adjective(kid) or (names[0] if names else None), "profile"
            elif prep is None and kid.case == "gent" and not self.owner(kid) and (
                    self.is_maker(noun) or self.sectorish(kid) or self.coded(kid)):
                sector, family = self.phrase(kid, "gent"), "genitive"
            elif prep is None and kid.case is None and kid.i == noun.i + 1 \
                    and len(kid.text) > 1 and kid.text.isalpha() and kid.text.isupper() \
                    and okved_codes(self.morph, kid.text):
                # "предприятий ОПК", "организаций ЖКХ": an indeclinable abbreviation right
                # after the noun stands as its genitive (no case for the parser; w94)
                # what it is for stays: "разработчиков ПО для станков с ЧПУ" (w168)
                said = self.phrase(kid, "gent") if any(
                    self.prep(k) == "для" for k in self.kids[kid.i]) else None
                sector, family = (said if said and said.startswith(kid.text) else kid.text), \
                    "genitive"
            elif prep == "по" and (self.sectorish(kid) or (  # "мастерских по резьбе"
                    kid.pos == "NOUN" and self.coded(kid))):
                sector, family = self.phrase(kid, "datv"), "preposition"
            elif (prep in ("в", "во", "из") or prep is None and kid.i == noun.i + 1) \
                    and kid.pos in ("NOUN", "PROPN", "X") and tech_form(kid.text):
                # "стартапов из агротеха", "в EdTech", "провайдеров IaaS"
                sector, family = tech_form(kid.text), "preposition"
            elif prep in ("в", "во", "из") and kid.lemma.lower() in self.lex.fields:
                sector, family = self.phrase(kid, "loct"), "preposition"
            elif prep == "из":  # "заёмщиков из обрабатывающей промышленности"
                sector, family = self._partitive(kid), "preposition"
            if sector:
                return sector, kid, family
        return self._owner_sector(noun)

    def _owner_sector(self, noun: Node) -> Optional[tuple[str, Node, str]]:
        """The sector of the firms a counted noun belongs to, said by an owner genitive
        right after it: "семь проектов предприятий лёгкой промышленности", "15 проектов
        фармацевтических компаний" (a plural counted noun with no number of its own, whose
        adjective or own genitive names the industry)."""
        kid = next((k for k in self.kids[noun.i] if k.i == noun.i + 1 or (
            k.i > noun.i and all(self.nodes[j].dep == "amod" and self.nodes[j].head == k.i
                                 for j in range(noun.i + 1, k.i)))), None)
        if noun.lemma.lower() not in self.lex.first_words("owned"):
            return None
        if kid is None or kid.dep != "nmod" or kid.case != "gent" or self.prep(kid) \
                or not self.object_of(kid)[0] or kid.lemma.lower() == noun.lemma.lower() \
                or any(k.dep.startswith("nummod") for k in self.kids[kid.i]) \
                or not any("plur" in p.tag for p in self.morph.parse(kid.text)
                           if p.tag.POS == "NOUN" and p.tag.case == "gent"):
            return None
        sector = self.adjective(kid)
        if sector:
            return sector, kid, "genitive"
        own = self.own_sector(kid) if kid.i > noun.i else None
        return (own[0], own[1], "genitive") if own and own[2] != "profile" else None

    def whole_sector(self, noun: Node) -> Optional[tuple[str, Node]]:
        """(sector, its last node) of a whole's own words after its noun: a genitive right
        after it, with nothing but its words between, a sector noun's phrase or any after
        a maker ("Из 120 предприятий пищевой промышленности", "из пяти производителей
        газовых турбин"), not a programme's or a park's ("участников программы льготного
        лизинга"); else a clause ("Из 18 предприятий, выпускающих трансформаторы")."""
        clause = self.clause_sector(noun)
        for kid in self.kids[noun.i]:
            if kid.i <= noun.i or kid.dep != "nmod" or kid.case != "gent" \
                    or self.prep(kid) is not None or self.owner(kid) \
                    or not (self.is_maker(noun) or self.sectorish(kid)) or any(
                        n.pos in ("NUM", "PUNCT") for n in self.nodes[noun.i + 1:kid.i + 1]) \
                    or any(n.pos == "ADJ" and n.i and n.text[:1].isupper()
                           for n in self.nodes[noun.i + 1:kid.i]):
                continue  # "Ирбитского муниципального образования": a named place
            name = self.stray_adjectives(noun, kid) or self.phrase(kid, "gent")
            if name and okved_codes(self.morph, name) and not any(c.isdigit() for c in name):
                return name, kid
        return (clause[0], max(clause[1:], key=lambda n: n.i)) if clause else None

    def stray_adjectives(self, noun: Node, kid: Node) -> Optional[str]:
        """"Из 19 предприятий пищевой и перерабатывающей промышленности": coordinated
        genitive adjectives the parser hung on the whole's noun, not on the genitive noun
        ``kid`` right after them; the phrase read from the words (w71)."""
        between = self.nodes[noun.i + 1:kid.i]
        if not between or not any(n.pos == "ADJ" for n in between) or any(
                n.pos not in ("ADJ", "CCONJ") or n.pos == "ADJ" and n.case != "gent"
                or n.head not in (noun.i, kid.i) and self.nodes[n.head].pos != "ADJ"
                for n in between):
            return None
        if all(n.head == kid.i for n in between if n.pos == "ADJ"):
            return None  # parsed right: the phrase reads them
        return sector_name(self.morph, tokenize(self.morph, self.text, between[0].start,
                                                kid.stop), "gent")

    def whole_said_last(self, i: int) -> tuple[Optional[int], Optional[str]]:
        """(count, object) of a whole said last before node ``i`` ("Стекольных заводов во
        Франции осталось 38, из которых 21 …", "Консервных заводов в крае 19, из них
        семь …"): the last number before it that counts no noun of its own, and a counted
        noun with no number before that number, in the same clause."""
        for node in reversed(self.nodes[:i]):
            if node.text in (";", ":", "(", ")"):
                break
            value = None if self.is_part_of_number(node) else self.count(node)
            if value is None:
                continue
            head = self.nodes[node.head]
            if node.dep.startswith("nummod") and head.pos == "NOUN":
                break  # "12 компаний": the grammar's whole, not one said last
            noun = next((n for n in reversed(self.nodes[:node.i]) if self.object_of(n)[0]),
                        None)
            if noun is not None and not self.number_of(noun) and not any(
                    n.text in (";", ":") for n in self.nodes[noun.i:node.i]):
                return value, self.written(noun)
            break
        return None, None

    # --- "одной из 18 компаний" -------------------------------------------------
    def one_of_part(self, node: Node) -> bool:
        """"один/одной" right before "из N": the firm the sentence names is one of N,
        no count of its own."""
        if node.lemma.lower() != "один" or node.i + 2 >= len(self.nodes) \
                or self.nodes[node.i + 1].lemma.lower() != "из":
            return False
        first = self.past_qualifiers(node.i + 2)
        return first is not None and self.count(first) is not None

    def one_of(self, number: Node, value: int) -> Optional[TreeCount]:
        """"Компания X стала одной из 18 компаний, производящих металлоконструкции": the
        N firms with the noun's own sector are the count, with no whole."""
        case = self.whole_case(number)
        if case is None or case.lemma.lower() != "из" or not case.i \
                or not self.one_of_part(self.nodes[case.i - 1]):
            return None
        noun = self._noun(number)
        if noun is None:
            return None
        obj, prefix = self.object_of(noun)
        sector, stop = prefix or self.adjective(noun), noun.stop
        if not sector:
            own = self.own_sector(noun) or self.clause_sector(noun)
            sector = own[0] if own else None
            stop = max([stop] + [n.stop for n in (own or ())[1:] if isinstance(n, Node)])
        if not sector or not obj:
            return None
        return TreeCount(number.start, stop, value, obj, sector, None, "one of", number.start,
                         True)  # over the grammar's "одной из 18 ..." (1 of 18)

    def role_sector(self, verb: Node, avoid: frozenset[int]) -> Optional[tuple[str, Node]]:
        """"Экспортёрами станков с ЧПУ выступили 17 компаний", "поставщиками горячего
        питания определены 7 комбинатов": a firm noun in the instrumental said of the
        counted noun by a verb of being or naming (``role`` cues) gives its own sector
        (its genitive, "по"/field phrase, or an agent noun's industry)."""
        if verb.lemma.lower() not in self.lex.first_words("role"):
            return None
        for kid in self.kids[verb.i]:
            if kid.i in avoid or kid.pos != "NOUN" or self.prep(kid) is not None \
                    or not self.object_of(kid)[0] or not self.in_case(kid, "ablt"):
                continue
            own = self.own_sector(kid)  # with ОКВЭД codes: not "Разработчиками платформы"
            if own and own[2] != "profile" and okved_codes(self.morph, own[0]):
                return own[0], own[1]
            agent = self.agent_sector(kid)
            if agent:
                return agent, kid
        return None

    def _partitive(self, kid: Node, depth: int = 0) -> Optional[str]:
        """The industry the counted firms come from: "из" + a sector phrase with ОКВЭД
        codes ("поставщиков из атомного машиностроения"), or "из числа" + firms of one
        ("заёмщиков из числа предприятий лесопромышленного комплекса"); not a place
        ("компаний из Иннополиса", "из восьми районов")."""
        if kid.pos != "NOUN":
            return None
        if kid.lemma.lower() in self.lex.first_words("among") and depth == 0:
            for firms in self.kids[kid.i]:
                if firms.dep == "nmod" and firms.i > kid.i and self.object_of(firms)[0] \
                        and self.prep(firms) is None:
                    return self.adjective(firms) or (self.own_sector(firms) or (None,))[0]
            return None
        if not self.sectorish(kid) or self.owner(kid):
            return None
        name = self.phrase(kid, "gent")
        return name if name and okved_codes(self.morph, name) else None

    def clause_sector(self, noun: Node) -> Optional[tuple[str, Node, Node]]:
        """(sector, verb, argument) of a participle or relative clause on the noun whose
        verb takes the sector ("компаний, разрабатывающих ПО", "резидентов, которые
        производят упаковку"), or a participle joined to such a clause ("предприятий,
        созданных при вузах и осуществляющих деятельность в сфере X"); not a clause with a
        subject of its own."""
        clauses = [k for k in self.kids[noun.i] if k.dep in ("acl", "acl:relcl")]
        clauses += [c for k in clauses for c in self.kids[k.i]  # "созданных при вузах и
                    if c.dep == "conj" and c.pos == "VERB" and c.i > k.i]  # осуществляющих ..."
        for kid in clauses:
            if not any(
                    k.dep in _SUBJECT and k.lemma.lower() != "который" for k in self.kids[kid.i]):
                found = self.argument(kid) or self.clause_argument(kid) \
                    or self.licensed(kid)
                if found:
                    return found[0], kid, found[1]
        return None

    def licensed(self, verb: Node) -> Optional[tuple[str, Node]]:
        """"организаций, имеющих лицензию на дошкольное образование", "получивших
        разрешение на перевозку пассажиров": a verb of holding (``licence_verb`` cues) whose
        object is a licence noun (``licence`` cues) with "на X": X, where it has ОКВЭД
        codes ("лицензию на 10 лет" names none)."""
        if verb.lemma.lower() not in self.lex.first_words("licence_verb"):
            return None
        for obj in self.kids[verb.i]:
            if obj.dep != "obj" or obj.lemma.lower() not in self.lex.first_words("licence"):
                continue
            for kid in self.kids[obj.i]:
                if kid.dep == "nmod" and kid.i > obj.i and self.prep(kid) == "на" \
                        and kid.pos == "NOUN":
                    name = self.phrase(kid, "accs")
                    if name and okved_codes(self.morph, name):
                        return name, kid
        return None

    def passable(self, node: Node, number: Node) -> bool:
        """A number the scan back from a count said last passes: the figure a change
        starts from ("с 7 до 29": only the figure reached counts, docs/gold-conventions.md),
        or one counting a noun that is no counted object ("за три года")."""
        def word_before(n: Node) -> str:
            return self.nodes[n.i - 1].text.lower() if n.i else ""
        if word_before(node) in ("с", "со") and word_before(number) == "до":
            return node.i < number.i
        head = self.nodes[node.head]
        return node.dep.startswith("nummod") and head.pos == "NOUN" and head.i != node.i \
            and not self.object_of(head)[0]


__all__ = ["OwnSector"]
