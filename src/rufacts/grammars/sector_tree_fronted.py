"""Fronted objects (w78): the thing the firms make said first, the counted noun after the
verb, where the parser loses the link ("Серверное оборудование и системы хранения данных,
включённые в реестр, сегодня выпускают 17 компаний, тогда как ...", "Как подсчитали
аналитики, целлюлозно-бумажную продукцию в России выпускают около 180 предприятий",
"Через порт Ванино лес сейчас отгружают шесть экспортёров").

A mixin of :class:`rufacts.grammars.sector_tree._Tree` (it gives ``nodes``, ``kids``,
``lex``, ``prep``, ``phrase``, ``many``, ``object_of``). The clause before the verb is read
segment by segment (commas): a segment with no finite verb of its own (a parenthetical "по
оценке Минпромторга", a participle clause "включённые в реестр ...") is passed over; one
with a finite verb ("Как подсчитали аналитики,") ends the search. The object is the first
noun of the nearest segment holding one that heads its phrase (no preposition, no noun
above it in the segment), can be accusative and is no firm, field, place or person. A
pronoun object of a marker verb stands for the nearest noun of its gender and number
before it ("Амурская область — лидер по сое: её здесь выращивают ... хозяйств" -> соя).
"""
from __future__ import annotations

from typing import Optional

from .okved import okved_codes
from .sector_tree_nodes import Node

_BREAKS = (",", "(", ")")
_OWNERS = ("свой", "наш", "ваш", "этот", "тот", "такой", "их", "его", "её")
_PRONOUNS = {  # the gender and number of what a pronoun stands for
    "её": lambda t: t.number == "sing" and t.gender == "femn",
    "ее": lambda t: t.number == "sing" and t.gender == "femn",
    "его": lambda t: t.number == "sing" and t.gender in ("masc", "neut"),
    "их": lambda t: t.number == "plur",
}
_STOPS = (";", ":", "—", "–", ".", "!", "?")


class FrontedObject:
    def _fronted_finite(self, node: Node) -> bool:
        return node.pos in ("VERB", "AUX") and any(
            p.tag.POS == "VERB" for p in self.morph.parse(node.text.lower())[:1])

    def _fronted_candidate(self, node: Node, lo: int, avoid: frozenset[int]) -> bool:
        if node.pos != "NOUN" or node.i in avoid or not node.text.isalpha() \
                and "-" not in node.text or self.prep(node) is not None:
            return False
        k = node.i - 1
        while k >= lo and self.nodes[k].pos in ("ADJ", "DET"):
            k -= 1
        if k >= lo and self.nodes[k].pos == "ADP":
            return False  # "в России", a preposition the parser hung elsewhere
        head = self.nodes[node.head]
        if node.dep in ("nmod", "appos", "flat", "conj") and lo <= head.i < node.i:
            return False  # "хранения данных": inside another noun's phrase
        if self._fronted_quoted(node, lo):
            return False  # "экспозиции «Станки и инструмент»": a name
        lemma = node.lemma.lower()
        lex = self.lex
        if lemma in lex.objects or lemma in lex.fields or lemma in lex.stopwords \
                or lemma in lex.first_words("not_sector") or lemma in lex.first_words("around") \
                or self.is_site(node) or self.object_of(node)[0] or {
                    lemma, node.text.lower()} & lex.first_words("wrap"):
            return False  # "Программу импортозамещения ... реализуют": a task
        return any(p.tag.POS == "NOUN" and p.tag.case == "accs" and "anim" not in p.tag
                   for p in self.morph.parse(node.text.lower()))

    def _fronted_quoted(self, node: Node, lo: int) -> bool:
        opened = [n.text for n in self.nodes[lo:node.i] if n.text in ("«", "»", '"', "„", "“")]
        return bool(opened) and (opened[-1] == "«" or opened.count('"') % 2 == 1)

    def _fronted_transitive(self, verb: Node) -> bool:
        return any(p.tag.POS in ("VERB", "INFN") and "tran" in p.tag
                   for p in self.morph.parse(verb.text.lower())[:2])

    def fronted(self, verb: Node, avoid: frozenset[int]) -> Optional[tuple[str, Node]]:
        """(sector, noun) of an object said before the verb, the counted noun after it."""
        lemma = verb.lemma.lower()
        if verb.pos != "VERB" or not avoid or not all(i > verb.i for i in avoid) \
                or lemma in self.lex.first_words("not_verb") | self.lex.first_words("holds") \
                or self.lets_out(verb):  # "Экскаваторы сдают в аренду 38 компаний"
            return None
        markers = [m for m in self.lex.markers if m.kind == "verb" and lemma in m.lemmas]
        markers = [m for m in markers if m.case == "accs" and not m.prepositions]
        if not markers and (any(lemma in m.lemmas for m in self.lex.markers)
                            or not self._fronted_transitive(verb)):
            return None  # "заниматься", "работать в": their own rules; "значились 23 X"
        stop = verb.i
        while stop > 0:
            lo = stop
            while lo > 0 and self.nodes[lo - 1].text not in _BREAKS + _STOPS:
                lo -= 1
            segment = self.nodes[lo:stop]
            own = [n for n in segment if n.i != verb.i and self._fronted_finite(n)]
            if own:
                return None  # "Как подсчитали аналитики,": another clause
            for node in segment:
                if self._fronted_candidate(node, lo, avoid):
                    return self._fronted_name(node, verb, avoid, markers)
                if markers and self._fronted_pronoun(node):
                    return self._antecedent_name(node, avoid)
            if lo == 0 or self.nodes[lo - 1].text in _STOPS:
                return None
            stop = lo - 1
        return None

    def _fronted_pronoun(self, node: Node) -> bool:
        """"её здесь выращивают": a personal pronoun as the object, not a possessive
        ("её продукцию")."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        return node.text.lower() in _PRONOUNS and node.dep in ("obj", "nsubj") and (
            node.i == 0 or self.nodes[node.i - 1].pos != "ADP") and not (
            after is not None and after.pos in ("NOUN", "ADJ"))

    def _antecedent_name(self, pronoun: Node, avoid: frozenset[int]
                         ) -> Optional[tuple[str, Node]]:
        """The sector a pronoun stands for: the nearest noun before it in the sentence of
        its gender and number ("лидер по сое: её выращивают ..." -> соя), where it has
        ОКВЭД codes."""
        want = _PRONOUNS[pronoun.text.lower()]
        for node in reversed(self.nodes[:pronoun.i]):
            if node.pos != "NOUN" or node.i in avoid:
                continue
            parses = [p for p in self.morph.parse(node.text.lower()) if p.tag.POS == "NOUN"]
            if not any(want(p.tag) for p in parses[:2]):
                continue
            lemma = node.lemma.lower()
            if lemma in self.lex.objects or lemma in self.lex.fields \
                    or lemma in self.lex.first_words("around") or self.is_site(node):
                return None
            owners = frozenset(k.i for k in self.kids[node.i] if k.pos in ("DET", "PRON") or (
                k.lemma.lower() in _OWNERS))  # "своими станками" -> станки
            name = self.phrase(node, node.case, avoid | owners)
            return (name, node) if name and okved_codes(self.morph, name) else None
        return None

    def _fronted_name(self, node: Node, verb: Node, avoid: frozenset[int],
                      markers: list) -> Optional[tuple[str, Node]]:
        if any(m.headed for m in markers) and not self.sectorish(node) \
                and not self.industry_object(node, verb, "accs"):
            return None  # "представили продукцию": no sector head
        if self.is_site(node):
            return None  # "Резидентами IT-парка стали семь компаний": a place, no industry
        name = self.phrase(node, "accs", avoid)
        if not name or name.lower() in self.lex.first_words("empty"):
            return None  # "продукцию выпускают": no industry
        if verb.lemma.lower() in self.lex.first_words("builds") and not self.many(node):
            return None  # "Новый мост строят три компании": one project
        if not markers and not okved_codes(self.morph, name):
            return None
        return name, node


__all__ = ["FrontedObject"]
