"""Predicate counts read from a dependency tree (issue 11, "numbers away from the noun"):
the counted noun first, in the genitive plural, and its number said last in the clause as
the predicate, where :meth:`LastCounts._count_last` (the plain form, moved here from
``sector_tree``) does not reach. A mixin of ``_Tree`` (it gives ``nodes``, ``kids``,
``count``, ``object_of``, ``adjective``, ``phrase``, ``argument`` ...).

* the number past a subordinate clause or an inserted source ("Агрофирм, выращивающих
  свёклу, в области 31", "Хостинг-провайдеров в Рунете, по данным X, свыше 400"), after a
  dash ("Участников рынка …, включённых в реестр, — 73"), or with "с лишним" after it
  ("Поставщиков облачных услуг 60 с лишним");
* the sector as for any counted noun: its prefix or adjective, "<adj> профиля", a genitive
  or "по" phrase after it, or a participle or relative clause on it;
* a pronoun "их" standing for the noun ("Предприятия авиационной промышленности (их в
  Татарстане 23)", "в области их 212"): the nearest counted noun before it that carries no
  number of its own (one with a number is a count already; its repeated figures are
  :mod:`.sector_earlier`'s).

The number must end its clause: punctuation, the sentence's end, "с лишним" or "из M" (M
its whole: "оказалось 27 из 64") after it, and no other number between the noun and it but
one inside a clause on the noun ("владеющих парком свыше 1 000 вагонов") or a day ("на 1
октября"); nouns inside such a clause are not the counted noun. A count found here is the
noun's number for what follows (``said_last``): "из них форель выращивают 58", "из которых
21 выпускает стеклотару", "ещё 14 сеют подсолнечник", ", а с глубокой переработкой работают
лишь два" (:meth:`contrasted`).
"""
from __future__ import annotations

from typing import Optional

from .okved import okved_codes
from .sector_context import adjective_sectors
from .sector_numbers import ABOVE
from .sector_split_verbs import past_be_verb
from .sector_tree_lists import _SUBJECT
from .sector_tree_nodes import Node, TreeCount
from .sector_words import tokenize

_STOPS = (";", ".", "!", "?")
_OPENERS = frozenset({"а", "но", "однако", "и", "да", "еще", "тогда", "причем", "зато"})
_CLAUSE_ENDS = (",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "»")  # "» — сказал": quoted speech ends
_QUALIFIERS = frozenset({"лишь", "всего", "только", "около", "более", "свыше", "почти",
                         "примерно", "порядка", "менее", "под"})


class LastCounts:
    def last_count(self, number: Node, value: int) -> Optional[TreeCount]:
        """The count-last forms: a fused compound with a clause of its own first
        ("Агрофирм, выращивающих свёклу, в области 31": агрофирма, свёкла, as a verb
        after it would), then the plain form, then the others of this module."""
        found = self.predicate_count(number, value)
        if found is None or found.family != "predicate clause":
            if found is None and (self._opened(number) or self._dependent(number)):
                return None  # "Производителей X много, а рабочих мест на них 1200"
            found = self._count_last(number, value) or found
        return self._said(found)

    def _said(self, found: Optional[TreeCount]) -> Optional[TreeCount]:
        """Keep the noun's count said last for the parts after it: "из них", "из которых",
        "ещё N" then read it as a number of the noun's own (:meth:`number_of`)."""
        if found is not None:
            noun = next((n for n in self.nodes if n.start == found.start), None)
            if noun is not None and noun.start < found.count_start:
                self.said_last[noun.i] = found.count
                self.said_objects[noun.i] = found.object
                number = next((n for n in self.nodes if n.start == found.count_start), None)
                if number is not None:
                    self.said_by[number.i] = noun.i
        return found

    def _dependent(self, number: Node) -> bool:
        """The last counted noun before the number hangs on a noun that is not counted
        ("Работников молочных заводов в области — 1200"): the number counts that noun."""
        for node in reversed(self.nodes[:number.i]):
            if self.object_of(node)[0] and not self._in_clause(node, number):
                head = self.nodes[node.head]
                return head.i < node.i and head.pos in ("NOUN", "PROPN") \
                    and not self.object_of(head)[0] and self.prep(node) is None \
                    and not self._ranked_among(head) \
                    and head.lemma.lower() not in ("число", "количество")  # "число X — N"
        return False

    def _opened(self, number: Node) -> bool:
        """A clause of its own (", а", ", но" ...) opens between the number and the last
        counted noun before it."""
        for node in reversed(self.nodes[:number.i]):
            if self._new_clause(node):
                return True
            if self.object_of(node)[0]:
                return False
        return False

    def _ends_clause(self, number: Node) -> bool:
        k = self.scale_end(number).i + 1
        if k + 1 < len(self.nodes) and self.nodes[k].text.lower() == "с" \
                and self.nodes[k + 1].text.lower() in ABOVE:
            k += 2  # "60 с лишним"
        k = past_be_verb(self.nodes, k, lambda n: n.lemma, lambda n: n.pos)  # "три осталось,"
        if k < len(self.nodes) and self._kind_after(self.nodes[k]):
            return True  # "Нефтеперерабатывающих заводов в стране 32 крупных и ещё 80 …"
        return k >= len(self.nodes) or self.nodes[k].text in _CLAUSE_ENDS or (
            self.nodes[k].text.lower() == "против" and k + 1 < len(self.nodes)
            and self.is_number(self.nodes[k + 1])) or (  # "32 против 30 годом ранее"
            self._out_of(number) is not None)

    def _kind_after(self, node: Node) -> bool:
        """A plural genitive adjective of size or kind right after the number, naming no
        industry ("32 крупных"), then the clause's end or "и"."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        if node.pos != "ADJ" or after is not None and after.text not in _CLAUSE_ENDS \
                and after.text.lower() != "и":
            return False
        parses = [p for p in self.morph.parse(node.text.lower()) if p.tag.POS == "ADJF"]
        return bool(parses) and any(p.tag.number == "plur" and p.tag.case == "gent"
                                    for p in parses) and not adjective_sectors(
            tokenize(self.morph, self.text, node.start, node.stop))

    def _out_of(self, number: Node) -> Optional[int]:
        """The whole of "27 из 64" said last ("… оказалось 27 из 64."), where it ends
        the clause."""
        k = self.scale_end(number).i + 1
        if k + 1 >= len(self.nodes) or self.nodes[k].text.lower() != "из" \
                or not self.is_number(self.nodes[k + 1]):
            return None
        end = self.scale_end(self.nodes[k + 1]).i + 1
        if end < len(self.nodes) and self.nodes[end].text not in _CLAUSE_ENDS:
            return None
        return self.count(self.nodes[k + 1])

    def predicate_count(self, number: Node, value: int) -> Optional[TreeCount]:
        nodes = self.nodes
        if self.whole_case(number) is not None or not self._ends_clause(number) or (
                number.i and nodes[number.i - 1].text in ("№", "#")):
            return None
        words = [n.text.lower() for n in nodes[max(0, number.i - 4):number.i]]
        if any(words[k:k + 2] in (["из", "них"], ["среди", "них"]) for k in range(len(words))):
            return None  # "…, из них девять — в Бакчарском районе": a part (sector_parts)
        pronoun = None
        noun = None
        placed = False
        for node in reversed(nodes[:number.i]):
            if node.text in _STOPS and not self._inner_dot(node) or (
                    self.is_number(node) and not self.is_part_of_number(node)
                    and self.scale_end(node).i < number.i and node is not number
                    and not self.passable(node, number) and not self._in_clause(node, number)
                    and not self._day(node) and not self.name_digits(node)):
                return None  # not "владеющих парком свыше 1 000 вагонов", "на 1 октября"
            if self._in_clause(node, number):
                continue  # "Мебельных цехов, использующих древесину местных лесхозов"

            if node.text.lower() in ("их", "таких") and pronoun is None and noun is None:
                # "Компании, выпускающие кирпич, — а таких в регионе 160 —"
                pronoun = node
                continue
            if self._new_clause(node) and self._place_only(node, number):
                placed = True  # "…в мире единицы, а в России — один"
                continue
            if node.text == ":" and pronoun is None or self._new_clause(node):
                return None
            if self.object_of(node)[0] and self.prep(node) not in ("по", "из", "среди") and (
                    pronoun is not None or self._genitive_plural(node)):
                noun = node
                break
        if noun is None or any(k.dep.startswith("nummod") and k.i < noun.i
                               for k in self.kids[noun.i]) or placed and (
                noun.i in self.said_last or pronoun is not None):
            return None  # "46 компаний …": a count of its own (its other places: sector_earlier)
        head = self.nodes[noun.head]
        if noun.dep == "nmod" and self.prep(noun) is None and head.i < noun.i \
                and self.object_of(head)[0] and self.prep(head) is None and (
                    pronoun is not None or self._genitive_plural(head)):
            noun = head  # "Предприятия химического комплекса области (их 46)": the
            head = self.nodes[noun.head]  # genitive is their industry, not the counted noun
        if pronoun is None and (self._governed(noun) or noun.dep == "conj" and head.i < noun.i
                                and self.object_of(head)[0] and head.dep == "nmod"
                                and self._governed(head)):
            return None  # "Работников молочных заводов — 1200": the noun is not counted;
            # "с учётом разрезов и шахт, около ста двадцати": nor a conjunct of such a noun
        if pronoun is None and self._subject_between(noun, number):
            return None
        obj, prefix = self.object_of(noun)
        family = "predicate count"
        if prefix and "-" not in noun.text and self.written(noun):
            clause = self._clause_sector(noun)
            if clause:  # the fused noun kept whole (docs/gold-conventions.md)
                obj, prefix, family = self.written(noun), clause, "predicate clause"
        # the agent or facility noun's own trade last ("Вагоностроителей в стране девять",
        # "Лесопилок в районе осталось три"), as for a count with its number first
        sector = prefix or self.adjective(noun) or self._own_sector(noun) \
            or self.agent_sector(noun)
        if not sector:
            return None
        total = self._out_of(number)
        return TreeCount(min(noun.start, number.start), max(noun.stop, number.stop), value,
                         obj, sector, total if total and total > value else None, family,
                         number.start)

    def _governed(self, noun: Node) -> bool:
        """The noun has a preposition, or hangs on a noun before it that is no counted noun
        ("Работников молочных заводов", "с учётом разрезов")."""
        head = self.nodes[noun.head]
        return self.prep(noun) is not None or head.i < noun.i and head.pos in (
            "NOUN", "PROPN") and not self.object_of(head)[0] and not self._ranked_among(head)

    def _ranked_among(self, head: Node) -> bool:
        """"Среди регионов Дальнего Востока больше всего X в Магаданской области — 191":
        the noun "среди" ranks over is a frame, not the counted noun's owner (w148)."""
        return self.prep(head) == "среди"

    def _place_only(self, comma: Node, number: Node) -> bool:
        """", а в <place> —" and the number ("…, а в России — один"): the same noun
        counted in another place, its first figure no number ("единицы", "много")."""
        words = self.nodes[comma.i + 2:number.i]
        while words and words[-1].text.lower() in _QUALIFIERS:
            words = words[:-1]
        if len(words) < 3 or words[0].text.lower() not in ("в", "во", "на") \
                or words[-1].text not in ("—", "–"):
            return False
        return all(w.pos in ("ADJ", "PROPN", "NOUN") and not self.object_of(w)[0] and any(
            p.tag.case in ("loct", "loc2") for p in self.morph.parse(w.text.lower()))
            for w in words[1:-1])

    def contrasted(self, number: Node) -> bool:
        """", а" opens the number's clause after a count said last ("Лесопильных производств
        в районе около двадцати, а с глубокой переработкой работают лишь два"): the same
        noun, a sector of its own."""
        for node in reversed(self.nodes[:number.i]):
            if node.text in _STOPS:
                return False
            if node.i in self.said_by:
                return False
            if self._new_clause(node) and self.nodes[node.i + 1].text.lower() == "а":
                return any(n.i in self.said_by for n in self.nodes[:node.i])
        return False

    def _inner_dot(self, node: Node) -> bool:
        """A dot inside a name, no space either side ("ЕРЗ.РФ", "IPG.Estate")."""
        k = node.i
        return node.text == "." and 0 < k < len(self.nodes) - 1 \
            and self.nodes[k - 1].stop == node.start and self.nodes[k + 1].start == node.stop

    def _day(self, node: Node) -> bool:
        """A day of a date: "на 1 октября"."""
        from .dates import MONTHS

        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        return after is not None and after.lemma.lower() in MONTHS

    def _in_clause(self, node: Node, number: Optional[Node] = None) -> bool:
        """The node is inside a participle or relative clause on a noun before it ("…,
        использующих древесину местных лесхозов", "…, владеющих парком свыше 1 000
        вагонов"): not the counted noun, nor its number; not a word that hangs on the
        count's ``number`` (the parser may put the number itself in the clause)."""
        start = node.i
        for _ in range(len(self.nodes)):  # bounded: a misparse may hold a cycle
            if node.head == node.i or number is not None and node.i == number.i:
                return False
            if node.dep in ("acl", "acl:relcl"):
                return node.head < start and node.i <= start
            node = self.nodes[node.head]
        return False

    def _genitive_plural(self, node: Node) -> bool:
        return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur"
                   for p in self.morph.parse(node.text.lower()))

    def _new_clause(self, node: Node) -> bool:
        """", а", ", но", ", однако", ", и", ", ещё" open a clause of its own ("…, а с
        глубокой переработкой работают лишь два"): the number is not the noun's predicate."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        return node.text == "," and after is not None and after.text.lower().replace(
            "ё", "е") in _OPENERS

    def _subject_between(self, noun: Node, number: Node) -> bool:
        """A nominative noun or a verb's subject of its own between the noun and the number
        ("Производителей X много, а их продукция — 40 …"): another clause."""
        return any(n.dep in _SUBJECT and n.pos in ("NOUN", "PROPN") and n.case == "nomn"
                   and n.head != noun.i for n in self.nodes[noun.i + 1:number.i])

    def _own_sector(self, noun: Node) -> Optional[str]:
        """The noun's profile, genitive, "по" or field phrase, or a clause on it."""
        profiles = self.lex.first_words("profile")
        for kid in self.kids[noun.i]:
            if kid.i < noun.i or kid.dep not in ("nmod", "appos"):
                continue
            prep = self.prep(kid)
            if prep is None and kid.lemma.lower().split("-")[-1] in profiles:
                names = adjective_sectors(tokenize(self.morph, self.text, kid.start,
                                                   kid.stop))
                return self.adjective(kid) or (names[0] if names else None)
            if prep is None and kid.case == "gent" and not self.owner(kid) and (
                    self.is_maker(noun) or self.sectorish(kid) or self.coded(kid)):
                return self.phrase(kid, "gent")
            if prep == "по":  # "операторов по обращению с ТКО": a phrase with codes
                name = self.phrase(kid, "datv")
                if name and (self.sectorish(kid) or " " in name and okved_codes(
                        self.morph, name)):
                    return name
            if prep in ("в", "во") and kid.lemma.lower() in self.lex.fields:
                found = self.phrase(kid, "loct")  # not "в Томской области": a place
                if found:
                    return found
        return self._clause_sector(noun)

    def _clause_sector(self, noun: Node) -> Optional[str]:
        """A participle or relative clause after the noun whose verb takes the sector;
        of its verbs joined by "и" ("которые заготавливают и перерабатывают дикоросы"),
        the one that has it; a participle the parser hung on a name after the noun that
        agrees with the noun only ("Резидентов ОЭЗ «Алабуга», работающих в химической
        отрасли")."""
        clauses = list(self.kids[noun.i]) + [
            k for m in self.kids[noun.i] if m.dep in ("nmod", "appos") and m.i > noun.i
            and self._singular(m) for k in self.kids[m.i] if self._agrees(k, noun)]
        for kid in clauses:
            if kid.dep in ("acl", "acl:relcl") and kid.i > noun.i and not any(
                    k.dep in _SUBJECT and k.lemma.lower() != "который"
                    for k in self.kids[kid.i]):
                for verb in [kid] + [k for k in self.kids[kid.i] if k.dep == "conj"
                                     and k.pos == "VERB"]:
                    found = self.argument(verb) or self.clause_argument(verb)
                    if found:
                        return found[0]
        return None

    def _singular(self, node: Node) -> bool:
        """A name or a noun that cannot be plural ("ОЭЗ", "Алабуга", "района")."""
        return node.pos == "PROPN" or not any(
            p.tag.number == "plur" for p in self.morph.parse(node.text.lower()))

    def _agrees(self, participle: Node, noun: Node) -> bool:
        """A plural participle in the noun's case ("работающих" after "Резидентов")."""
        return participle.dep == "acl" and any(
            p.tag.POS == "PRTF" and p.tag.number == "plur" and p.tag.case == noun.case
            for p in self.morph.parse(participle.text.lower()))

    def _count_last(self, number: Node, value: int) -> Optional[TreeCount]:
        """"Ткацких фабрик в области осталось всего 9", "Производителей сыра на
        Алтае ... осталось всего пять", "..., а компаний геодезического профиля — 42": the
        counted noun in the genitive plural first, the bare number last in its clause (with
        nothing counted after it); the sector is the noun's own (prefix, adjective, profile,
        genitive or "по" phrase)."""
        nodes = self.nodes
        after = nodes[number.i + 1] if number.i + 1 < len(nodes) else None
        if after is not None and (after.pos not in ("PUNCT",) or after.text in ("%", "-")):
            return None  # "12 %", "в 2015 году", "12 млн": something else is counted
        if self.whole_case(number) or number.i and nodes[number.i - 1].text in ("№", "#"):
            return None
        noun = None
        for node in reversed(nodes[:number.i]):
            if node.text in (";", ":", ".") or (node is not number and self.is_number(node)
                                                and not self.glued(node)  # "по данным 2ГИС"
                                                and not self.passable(node, number)):
                return None
            if self.object_of(node)[0] and self.prep(node) != "по":  # "предприятий по производству"
                noun = node
                break
        if noun is None or self.prep(noun) is not None or self.number_of(noun) or not any(
                p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur"
                for p in self.morph.parse(noun.text.lower())):
            return None
        if any(n.text.lower() in ("них", "которых") and nodes[n.i - 1].text.lower() in (
                "из", "среди") for n in nodes[noun.i + 1:number.i]):
            return None  # "1 870 IT-компаний, из них 640": a part of that count
        obj, prefix = self.object_of(noun)
        sector = prefix or self.adjective(noun) or (self.own_sector(noun) or (None,))[0] \
            or (self.clause_sector(noun) or (None,))[0]  # "Число компаний, выпускающих X, — 29"
        if not sector:
            return None
        return TreeCount(min(noun.start, number.start), max(noun.stop, number.stop), value,
                         obj, sector, None, "count last", number.start)
