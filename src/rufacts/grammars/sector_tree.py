"""Sector counts read from a dependency tree (UD relations, slovnet's news parser), for
the sentences where the surface grammar (:mod:`.sectors`) finds nothing at a count.

A sentence comes as :class:`Node` s (one per token: lemma, POS, case, head, relation);
:func:`tree_counts` walks its numbers. A number counts a noun (``nummod``) from the
object lexicon, or stands for one left out ("20 из них представляют ..."). Its sector is
read, in this order, from (the *family* each :class:`TreeCount` names):

* ``adjective``: a sector adjective or prefix of the noun ("угледобывающих предприятий");
* ``profile``: "<adjective> профиля" ("компаний IT-профиля");
* ``genitive``: a genitive noun phrase after the noun, headed by a sector noun, or any
  after a maker ("предприятий рыбной отрасли", "производителей сыра");
* ``preposition``: "по" + a sector noun ("заводы по переработке молока") or a field
  ("компаний из сферы торговли", "стартапов в области ИИ");
* ``clause``: a participle or relative clause on the noun whose verb is a marker verb
  ("компаний, разрабатывающих ПО", "резидентов, которые производят упаковку");
* ``predicate``: the verb the noun (or the bare number) is subject of ("Строительством
  жилья занимаются 42 компании", "21 относится к сфере микроэлектроники");
* ``passive``: the subject of a passive verb whose agent the noun is, where it has ОКВЭД
  codes ("Производство бетона освоено 11 предприятиями");
* ``subject``: a sector phrase that is the subject of a verb of holding whose object the
  noun is ("Лесопромышленный комплекс Коми объединяет 40 предприятий").

Marker verbs, their prepositions and cases are the rows of ``sector_markers.tsv`` that the
grammar reads too. Totals come from "из"/"среди" next to the number, its noun or its verb:
"из 20 компаний", "из которых" (the noun the relative clause hangs on), "из них" (the
counted noun before). Headcounts, shares ("половина"), events and numbers that are names
("корпус № 5") never count: their nouns are no objects, and "№" before a number stops it.
"""
from __future__ import annotations

from typing import Optional, Sequence

from .morph import Morph
from .okved import okved_codes
from .sector_product_heads import grounded_phrase
from .sector_tree_echo import EchoCounts
from .sector_tree_field_genitive import field_genitives
from .sector_tree_fronted import FrontedObject
from .sector_tree_joined import objects_joined
from .sector_tree_last import LastCounts
from .sector_tree_lists import _SUBJECT
from .sector_number_words import inverted
from .sector_numbers_approx import under_approximate
from .sector_predicate_clauses import (
    numbers_own_subject, objects_to_own_verb, subjects_to_own_verb)
from .sector_predicate_modal import modal_adjectives
from .sector_predicate_cases import (
    adjectives_rehung, cases_rehung, gaps_rehung, subjects_rehung)
from .sector_tree_nodes import Node, TreeCount, activities, qualifier_words
from .sector_tree_official import OfficialRules, as_clauses, conducted, shared_subjects
from .sector_tree_own import OwnSector
from .sector_tree_qualified_noun import qualified_subjects
from .sector_tree_recall import RecallRules, requalified
from .sector_tree_words import TreeWords


class _Tree(TreeWords, LastCounts, RecallRules, OwnSector, OfficialRules, FrontedObject,
            EchoCounts):
    # --- counts ------------------------------------------------------------
    def counts(self) -> list[TreeCount]:
        out = []
        for node in self.nodes:
            value = None if self.is_part_of_number(node) else self.count(node)
            if value is None or self.one_of_part(node):  # "одной из 18": not the one
                continue
            found = self.one_of(node, value) or self._count(node, value)
            if found is None and self.last is not None:
                found = self._after_count(node, value)
            found = found or self.last_count(node, value) or self.recall(node, value) \
                or self.amount_count(node, value) or self.echo_count(node, value)
            if found is not None:
                out.append(self.whole_number(found, node))
        return out

    def whole_number(self, found: TreeCount, number: Node) -> TreeCount:
        """``found`` ending inside its number ("стало 1 430", "30 с небольшим") ends with it."""
        end = self.scale_end(number)
        if number.stop <= found.stop < end.stop:
            from dataclasses import replace
            return replace(found, stop=end.stop)
        return found

    def _noun(self, number: Node) -> Optional[Node]:
        """The noun a number counts: the counted noun right after it (past adjectives; the
        parser may hang it elsewhere: "Три компании-резидента ОЭЗ"), else its ``nummod``
        head further on."""
        end = self.scale_end(number).i
        for node in self.nodes[end + 1:end + 6]:  # "N [тыс.] [adjectives] noun"
            if self.object_of(node)[0]:
                return node
            if node.pos != "ADJ" and not (node.pos == "VERB" and node.dep == "amod") and not (
                    node.text.lower() in ("и", "или") and self.nodes[node.i - 1].pos == "ADJ"):
                break  # past participles too: "54 хозяйствующих субъекта"; "крестьянских и
                # фермерских хозяйств"
        head = self.nodes[number.head] if number.head != number.i else None
        if head is not None and number.dep.startswith("nummod") and head.i > number.i \
                and self.object_of(head)[0] and not any(  # not "заводов … девять,
                    n.text in (",", ";") for n in self.nodes[end + 1:head.i]):  # производителей"
            return head
        return None

    def _verb(self, number: Node, noun: Optional[Node]) -> Optional[Node]:
        """The verb whose subject the counted noun (or the bare number) is; a misparsed
        bare number ("Из 56 резидентов 21 относится", read as an apposition) reaches the
        verb above it."""
        node = noun or number
        if noun is not None and noun.dep.startswith("nummod"):
            node = self.nodes[noun.head] if noun.head != noun.i else noun
        elif noun is not None and noun.head == self.head_number(number).i:
            node = self.head_number(number)  # "30 с небольшим хозяйств": the noun on it
        scale = self.nodes[number.i + 1] if self.scale_end(number) is not number else None
        if noun is not None and scale is not None and noun.dep not in _SUBJECT \
                and scale.dep in _SUBJECT:
            node = scale  # "2,3 тыс. организаций": the parser's subject is "тыс"
        parent = self.nodes[node.head] if node.head != node.i else None
        if noun is not None and node.dep == "conj" and parent is not None \
                and parent.dep in _SUBJECT:  # "производят шесть сыроварен и два молокозавода"
            node, parent = parent, self.nodes[parent.head]
        for _ in range(2):  # a misparsed noun hangs on the subject: "компании-резидента ОЭЗ"
            if parent is None or noun is None or node.dep not in ("amod", "appos", "nmod") \
                    or parent.pos not in ("NOUN", "PROPN"):
                break
            node, parent = parent, (self.nodes[parent.head] if parent.head != parent.i
                                    else None)
        if parent is not None and node.dep in ("obl", "nmod") and parent.i < node.i \
                and parent.lemma.lower() in qualifier_words():
            # "более 150 компаний" read as "более" (subject) <- "компаний": the qualifier
            # stands for the counted noun
            node = parent
            parent = self.nodes[node.head] if node.head != node.i else None
        if parent is None:
            return None
        if noun is None and node.dep.startswith("nummod") and parent.pos == "VERB" \
                and node.i < parent.i:
            return parent  # "12 из 40 резидентов ... производят": the parser's nummod
        if noun is not None and node is noun and self.agent(noun, parent):
            return parent  # "Производство бетона освоено 11 предприятиями"
        if node.dep in _SUBJECT and (parent.pos == "VERB" or self.is_marker(parent)) \
                and not self._apart(node, parent):
            return parent  # "заняты" (ADJ) is a predicate too
        if noun is not None and node.dep == "obl" and self.is_marker(parent) and all(
                k.text.lower() in qualifier_words() for k in self.kids[node.i] if k.dep == "case") and (node.i < parent.i and node.case == "gent" or (
                    node.i > parent.i and node.case in ("gent", "nomn")
                    and not any(k.dep in _SUBJECT and not self.in_case(k, "ablt", strict=True)
                                for k in self.kids[parent.i]))):
            return parent  # "1,2 тыс. компаний ... занимаются": a counted genitive, no oblique;
            # after the verb where it has no subject: "занимаются 20 с небольшим фирм" (w102)
        if node.dep == "obj" and parent.pos == "VERB" and node.i > parent.i:
            return parent  # "электротехническую продукцию выпускают 15 предприятий"
        if noun is None and node.dep in ("appos", "nmod", "parataxis"):
            for _ in range(len(self.nodes)):  # bounded: a misparse may hold a cycle
                if parent.head == parent.i or parent.pos == "VERB" or self.is_marker(parent):
                    break
                parent = self.nodes[parent.head]
            return parent if parent.pos == "VERB" or self.is_marker(parent) else None
        if self._cut_off(noun or number):
            # "Животноводством заняты около 400 хозяйств республики": the noun hangs in
            # a cycle of the parse; the sentence's predicate, a marker, is its verb
            root = next((n for n in self.nodes if n.head == n.i), None)
            if root is not None and self.is_marker(root) and not any(
                    k.dep in _SUBJECT and not self.in_case(k, "ablt", strict=True)
                    for k in self.kids[root.i]):  # "Растениеводством" is no subject
                return root
        return None

    def conjoined(self, verb: Node) -> list[Node]:
        """The verbs joined with ``verb`` by a lone "и" or "или" between them, an adverb
        after it ("разрабатывают и выпускают", "разрабатывают или уже выпускают"): the one
        it is a conjunct of, its own; not the verbs of other clauses."""
        out = [self.nodes[verb.head]] if verb.dep == "conj" and verb.head != verb.i else []
        return [v for v in out + [k for k in self.kids[verb.i] if k.dep == "conj"]
                if v.pos == "VERB" and _joined([n for n in self.nodes[
                    min(v.i, verb.i) + 1:max(v.i, verb.i)]])]

    def _leading_whole(self, number: Node) -> tuple[Optional[int], Optional[str]]:
        """"Из 12 резидентов бизнес-инкубатора трое ...", parsed as a cycle: the words
        "из N <noun>" before the number, in its clause."""
        for k, node in enumerate(self.nodes[:number.i]):
            if node.text in (";", ":"):
                return None, None
            if node.lemma.lower() not in ("из", "среди") or k + 1 >= number.i:
                continue
            first = self.past_qualifiers(k + 1)  # "Из почти 3 тысяч"
            total = self.count(first) if first.i < number.i else None
            end = self.scale_end(first).i if total else k  # "3 тысяч", "4 тыс."
            noun = next((n for n in self.nodes[end + 1:min(end + 4, number.i)] if self.object_of(
                n)[0] or n.case == "gent" and n.pos == "NOUN"), None)  # not "обращений X"
            if total and noun is not None and self.object_of(noun)[0]:
                return total, self.object_of(noun)[0]
        return None, None

    def _cut_off(self, node: Node) -> bool:
        """The node's chain of heads passes a word the parser left in a cycle (hung on
        the root as ``dep`` by the syntax component), or never reaches the root."""
        for _ in range(len(self.nodes)):
            if node.head == node.i:
                return False
            if node.dep == "dep":
                return True
            node = self.nodes[node.head]
        return True

    def _count(self, number: Node, value: int) -> Optional[TreeCount]:
        made_of = self._made_of(number)
        if self.whole_case(number) is not None and not made_of:
            return None  # a whole: "Из 25 резидентов ..."
        noun = self._noun(number)
        head = self.nodes[number.head] if number.head != number.i else None
        if noun is None and head is not None and (number.dep == "orphan" or (
                number.dep in _SUBJECT and head.dep == "orphan" and head.pos == "NOUN")):
            return self._orphan(number, value, head) or self._elided_item(number, value)
        if noun is None and head is not None and number.dep.startswith("nummod") \
                and head.pos != "VERB" and not (head.i < number.i and self._cut_off(head)):
            # "1200 человек", "20 соглашений" (not a head before it in a cycle); a dash
            # after the number: an elided item ("из них порядка 900 — в торговле")
            after = self.nodes[number.i + 1] if number.i + 1 < len(self.nodes) else None
            if after is not None and after.text in ("—", "–") and head.i < number.i:
                return self._elided_item(number, value)
            return None
        if noun is not None and self.prep(noun) in ("из", "среди") and not made_of:
            return None
        obj, prefix = self.object_of(noun) if noun is not None else (None, None)
        used = [number] + ([noun] if noun is not None else [])
        subject = noun or number
        verb = self.marker_before(number, noun, self._verb(number, noun))
        verb = next((k for k in self.kids[verb.i] if k.dep == "xcomp" and k.pos == "VERB"
                     and k.i > verb.i), verb) if verb is not None else None  # "начали
        # выпускать", "способны делать": the infinitive says what they do (w91)
        total, whole_obj = self.whole([subject] + ([verb] if verb else []), noun)
        if whole_obj is None and noun is None:  # "Из 120
            total, whole_obj = next((w for w in [self._leading_whole(number)]  # опрошенных
                                     if w[1]), (total, None))  # палатой компаний 34 ..."
        if noun is None:
            obj = whole_obj
            if obj is None and verb is not None and total is None and number.head == verb.i \
                    and (number.dep in _SUBJECT or number.dep.startswith("nummod")):
                # "Всего ... 56 компаний: X занимаются 22": the total's noun, said before
                obj, total = self._antecedent(number)
                more = number.i and self.nodes[number.i - 1].text.lower() in ("еще", "ещё") \
                    or self.contrasted(number)  # "…, а с глубокой переработкой работают два"
                if total is None and not more:
                    obj = None  # kept after "ещё": "..., ещё 40 перерабатывают рыбу"
                total = None if more else total  # "…; ещё 15 проектируют микросхемы": more
            if obj is None and verb is not None:  # "46 стартапов, X из них заняты 19"
                for stray in self.strays(verb, frozenset({number.i})):
                    total, obj = self.whole([stray], None)
                    if obj:
                        break
            if obj is None or verb is None:
                return self._elided_item(number, value)
        sector = family = None
        overrides = False
        built = self.built(verb, noun)
        if built is not None:
            sector, family = built[0], "built"
            used += [verb, built[1]]
        elif noun is not None:
            sector = prefix or self.adjective(noun)
            family = "adjective" if sector else None
            if prefix and "-" not in noun.text and verb is not None:
                found = self.argument(verb, frozenset(n.i for n in used))
                if found:  # "Выращиванием льна занимаются 7 сельхозпредприятий"
                    sector, family = found[0], "predicate"
                    used += [verb, found[1]]  # the fused noun kept whole: "сельхозпредприятие"
                    prefix, obj, overrides = None, self.written(noun), True
            own = None if sector else self.own_sector(noun)
            if own:  # "предприятий рыбной отрасли", "заводы по переработке молока"
                sector, family = own[0], own[2]
                used.append(own[1])
            clause = None if sector else self.clause_sector(noun)
            if clause:  # "компаний, разрабатывающих ПО"
                sector, family = clause[0], "clause"
                used += [clause[1], clause[2]]
        clause = self.clause_sector(noun) if sector and family in (
            "adjective", "genitive") else None  # "медицинских центров, специализирующихся
        if clause and clause[2].dep != "obj" and (  # на лабораторной диагностике" (what
                self.narrows(clause[0], sector) or (  # they do; not what they make: "рыбо-
                    self.argument(clause[1]) and okved_codes(self.morph, clause[0]))):
            # перерабатывающих заводов, выпускающих консервы")
            sector, family, overrides = clause[0], "clause", True
            used += [clause[1], clause[2]]
        elif sector and family in ("adjective", "genitive") and verb is not None \
                and verb.lemma.lower() not in self.lex.first_words("phase"):  # "3 сахарных
            # завода начали переработку свёклы": a verb of phase or change keeps the noun's own
            # "Выращиванием овощей ... занимаются восемь тепличных комбинатов": the activity
            # the verb takes says the sector where it narrows the noun's kind or genitive
            found = self.argument(verb, frozenset(n.i for n in used))
            if found and self.narrows(found[0], sector):  # not "Экспортом занимаются 35
                sector, family = found[0], "predicate"  # предприятий лёгкой промышленности"
                used += [verb, found[1]]
                overrides = True
        if not sector and noun is not None:
            found = self.whose(noun)
            if found:  # "15 компаний, чья основная деятельность — производство кормов"
                sector, family = found[0], "clause"
                used.append(found[1])
        if not sector and verb is not None and noun is not None and self.agent(noun, verb):
            found = self.passive(verb)
            if found:
                sector, family = found[0], "passive"
                used += [verb, found[1]]
        if not sector and verb is not None:
            avoid = frozenset(n.i for n in used)
            found = self.argument(verb, avoid) or self.argument(
                verb, avoid, self.strays(verb, avoid)) or self.role_sector(verb, avoid)
            for other in self.conjoined(verb) if not found else ():
                found = self.argument(other, avoid)  # "Электронику разрабатывают и
                if found:                            # выпускают семь резидентов"
                    break
            found = found or self.fronted(verb, avoid)  # "X, включённые в реестр, выпускают"
            if found:
                sector, family = found[0], "predicate"
                used += [verb, found[1]]
        if not sector and noun is not None:
            found = self.holder(noun)
            if found:
                sector, family = found[0], "subject"
                used += list(found[1:])
        if not sector and noun is not None and verb is not None:
            found = self.register_sector(noun, verb)  # "в реестр организаций X внесены"
            if found:
                sector, family = found[0], "preposition"
                used += [verb, found[1]]
        if not sector:  # "38 проектов, из них 15 — в обрабатывающей промышленности"
            return self._elided_item(number, value) if noun is None else None
        if noun is not None and self._whole_of_part(noun) and (  # a verb before it: a count
                family == "adjective" or max(n.i for n in used) > noun.i):
            return None  # "65 компаний-резидентов, из них микроэлектроникой занимаются 18"
        if total is None:
            total = self._including(number)
        if total is not None and total <= value:
            total = None
        start = min(n.start for n in used)
        stop = max(n.stop for n in used)
        self.last = (number, obj, total, verb, used[-1] if family in (
            "genitive", "predicate", "clause", "passive", "preposition") else None)
        return TreeCount(start, stop, value, obj, sector, total, family, number.start,
                         overrides or family == "built"  # "решения в области ИИ"
                         or grounded_phrase(self.morph, sector, self.lex.fields))


def _joined(between: Sequence[Node]) -> bool:
    """"и", "или", "и/или", "либо", then adverbs ("или уже"): two verbs of one clause."""
    words = [n.text.lower() for n in between]
    k = next((k for k, w in enumerate(words) if w not in ("и", "или", "либо", "/")), len(words))
    return 0 < k and words[0] != "/" and all(n.pos == "ADV" for n in between[k:])


def tree_counts(nodes: Sequence[Node], text: str, morph: Morph,
                before: Sequence[Node] = ()) -> list[TreeCount]:
    """Sector counts of one parsed sentence (offsets into ``text``); ``before``: the
    sentence right before it, parsed, whose last counted noun "из них" may name."""
    nodes = inverted(under_approximate(nodes), morph)  # "издательств пятнадцать", "под сотню"
    nodes = subjects_rehung(cases_rehung(adjectives_rehung(gaps_rehung(nodes))))
    # "способны выпускать": a verb of ability; two clauses, each noun on its own verb
    nodes = modal_adjectives(numbers_own_subject(objects_to_own_verb(
        subjects_to_own_verb(nodes))))
    tree = _Tree(as_clauses(shared_subjects(conducted(qualified_subjects(
        field_genitives(requalified(objects_joined(nodes))))))), text, morph)
    if before:
        previous = _Tree(before, text, morph)
        tree.previous = next(((previous.number_of(n), previous.object_of(n)[0])
                              for n in reversed(before)
                              if previous.object_of(n)[0] and previous.number_of(n)), None)
    return tree.counts()


__all__ = ["Node", "TreeCount", "activities", "qualifier_words", "tree_counts"]
