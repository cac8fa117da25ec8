"""Word, phrase and whole tests of a parsed sentence: the base of
:class:`rufacts.grammars.sector_tree._Tree` (its count rules are there, its list rules in
:mod:`.sector_tree_lists`).

* words: numbers with their scale ("1,5 тыс.", :class:`.sector_tree_numbers.TreeNumbers`), counted nouns with their prefix
  ("IT-компаний", "сельхозпредприятий"), the noun's sector adjectives;
* phrases: the normal form of a sector noun phrase (:meth:`TreeWords.phrase`); the
  arguments of verbs and nouns are in :mod:`.sector_tree_args`;
* wholes: "из"/"среди" phrases (:meth:`.sector_tree_wholes.TreeWholes.whole`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from .morph import Morph
from .okved import okved_codes
from .sector_context import adjective_sectors
from .sector_normal import join_sectors, sector_name
from .sector_product_heads import kept_adjunct
from .sector_tech import prefix_sector, tech_form
from .sector_phrase_tails import kept_site, kept_tail
from .sector_tree_adjuncts import adjuncts_rehung, against
from .sector_tree_joined import content_rejoined
from .sector_tree_args import ArgumentRules
from .sector_tree_lists import _SUBJECT
from .sector_tree_nodes import _KEEP, Node, activities
from .sector_tree_numbers import TreeNumbers
from .sector_tree_wholes import TreeWholes
from .sector_words import fused_object, lexicon, tokenize


_ABBR = ("тыс", "млн")  # scale abbreviations after digits
_CORE = _SUBJECT + ("obj", "root")
_POSSESSIVES = frozenset({"его", "её", "ее", "их"})  # "титана и его сплавов"


def _abbreviation(node: Node) -> bool:
    """"IT", "ПВХ", "ЧПУ": an all-capitals word, no name ("Китаем")."""
    return len(node.text) >= 2 and node.text.isalpha() and node.text.isupper()


class TreeWords(ArgumentRules, TreeNumbers, TreeWholes):
    def __init__(self, nodes: Sequence[Node], text: str, morph: Morph) -> None:
        self.nodes, self.text, self.morph, self.lex = nodes, text, morph, lexicon()
        self.ends = ends = self.lex.first_words("around") | self.lex.first_words("site")
        self.nodes = nodes = content_rejoined(adjuncts_rehung(self._rehung(list(nodes)), ends),
                                              ends | self.lex.objects)
        self.previous: Optional[tuple[int, str]] = None  # (count, object) said before
        # (number, object, total, verb, sector node) of the last count found in the sentence
        self.last: Optional[tuple] = None
        self.said_last: dict[int, int] = {}  # noun -> its count said last (sector_tree_last)
        self.said_by: dict[int, int] = {}  # that count's number -> the noun
        self.said_objects: dict[int, str] = {}  # the noun -> the object it was counted as
        self.kids: dict[int, list[Node]] = {n.i: [] for n in nodes}
        for n in nodes:
            if n.head != n.i:
                self.kids[n.head].append(n)

    def _rehung(self, nodes: list[Node]) -> list[Node]:
        """"Десяток компаний развивают ...": the parser makes the lone scale noun the
        subject and the counted noun its ``nmod``; the counted noun takes its place."""
        for n in list(nodes):
            if not self.is_scale_noun(n) or (n.i and self.is_number(nodes[n.i - 1])):
                continue
            m = next((m for m in nodes[n.i + 1:n.i + 3] if m.head == n.i
                      and self.object_of(m)[0]), None)
            if m is not None:
                nodes[m.i] = replace(m, head=m.i if n.head == n.i else n.head, dep=n.dep)
                nodes[n.i] = replace(n, head=m.i, dep="nummod")
        for n in list(nodes):  # "свыше 2 тыс. малых компаний": the parser counts "тыс"
            scale = nodes[n.i + 1] if n.i + 1 < len(nodes) else None
            if not n.text[:1].isdigit() or scale is None or scale.text.lower() not in _ABBR:
                continue
            m = next((m for m in nodes[scale.i + 1:scale.i + 5]
                      if m.text != "." and m.pos != "ADJ"), None)
            if m is None or n.head == m.i or not self.object_of(m)[0]:
                continue
            if scale.dep in _CORE and m.dep not in _CORE:
                nodes[m.i] = replace(m, head=m.i if scale.head == scale.i else scale.head,
                                     dep=scale.dep)
            nodes[n.i] = replace(n, head=m.i, dep="nummod")
            nodes[scale.i] = replace(scale, head=n.i, dep="flat")
            for k in nodes:  # "Из примерно 4 тыс. малых предприятий": "из" is the noun's
                if k.head == scale.i and k.dep == "case" and k.i < n.i:
                    nodes[k.i] = replace(k, head=m.i)
        return nodes

    # --- words -------------------------------------------------------------
    def prep(self, node: Node) -> Optional[str]:
        return next((k.lemma.lower() for k in self.kids[node.i] if k.dep == "case"), None)

    def lets_out(self, verb: Node) -> bool:
        """Whether the verb lets its object out ("сдают в аренду", "отдают в лизинг": the
        ``let_out`` cues): what is let out is no trade of the lessor."""
        nouns = self.lex.first_words("let_out")
        return any(self.prep(k) == "в" and k.lemma.lower() in nouns for k in self.kids[verb.i])

    def number_of(self, node: Node) -> Optional[int]:
        if node.i in self.said_last:  # "Заводов в стране 38, из которых 21 ..."
            return self.said_last[node.i]
        return next((v for k in self.kids[node.i] if k.dep.startswith("nummod") or (
                        k.dep == "amod" and k.pos == "NUM" and k.i < node.i)  # a misparse
                     for v in [self.count(self.nodes[k.i - 1] if self.digit_group(k) or (
                         k.i and self.is_scale_noun(k) and self.is_number(self.nodes[k.i - 1]))
                                          else self.word_run_end(k))]
                     if v), None)  # "1 100", "двух тысяч": the parser's nummod is the last

    def word_run_end(self, node: Node) -> Node:
        """The last word of a number in words that starts at ``node``: "семьдесят три"
        with both words hung on the noun reads 73, not 70 (count() walks back)."""
        while not node.text[:1].isdigit() and node.i + 1 < len(self.nodes) \
                and not self.nodes[node.i + 1].text[:1].isdigit() \
                and self.is_number(self.nodes[node.i + 1]):
            node = self.nodes[node.i + 1]
        return node

    def counted_before(self, i: int) -> Optional[Node]:
        """The last counted noun with a number of its own before node ``i``."""
        return next((n for n in reversed(self.nodes[:i])
                     if self.object_of(n)[0] and self.number_of(n)), None)

    def object_of(self, node: Node) -> tuple[Optional[str], Optional[str]]:
        """(object lemma, sector of its prefix): "IT-компаний" -> (компания, IT),
        "сельхозпредприятий" -> (предприятие, сельское хозяйство)."""
        objects, table = self.lex.objects, self.lex.adjectives
        if node.pos == "ADJ":  # "пекарен": pymorphy3 reads an adjective first
            noun = next((p.normal_form for p in self.morph.parse(node.text.lower())
                         if p.tag.POS == "NOUN" and p.normal_form in objects), None)
            return (noun, None) if noun else (None, None)
        if node.pos not in ("NOUN", "PROPN", "X"):
            return None, None
        lemma = node.lemma.lower()
        if lemma in objects:
            return lemma, None
        parts = lemma.split("-")
        if len(parts) > 1:
            for k, part in enumerate(parts):
                base = part if part in objects else self._lemma(part)
                if base in objects:
                    prefix = prefix_sector(node.text.split("-")[0], table, base,
                                           self.lex.kinds) if k else None
                    return base, prefix
            return None, None
        fused = fused_object(lemma)
        if fused:  # "турфирм", "сельхозпредприятий" (not "законопроект": no sector prefix)
            return fused[1], table[fused[0]]
        return None, None

    def written(self, node: Node) -> Optional[str]:
        """The counted noun's lemma as written: a fused compound kept whole
        ("сельхозпредприятие", "фармзавод"), where the sentence names the industry
        elsewhere (docs/gold-conventions.md); else :meth:`object_of`'s object."""
        obj = self.object_of(node)[0]
        lemma = node.lemma.lower()
        return lemma if obj and "-" not in lemma and fused_object(lemma) else obj

    def within(self, kid: Node, node: Node) -> bool:
        """"выращивание овощей в защищённом грунте", "консалтинг в сфере закупок": a "в X"
        after the head of a verb's complement, X a common noun that says no place or time
        (``around`` and ``site`` cues) and names no proper name."""
        return kid.dep == "nmod" and self.prep(kid) in ("в", "во") and kid.i > node.i \
            and kid.pos == "NOUN" and kid.text.islower() and not self.is_site(kid) \
            and kid.lemma.lower() not in self.lex.first_words("around") and not any(
                k.pos == "PROPN" or not k.text.islower() for k in self.kids[kid.i]
                if k.dep != "case")

    def named_place(self, node: Node) -> bool:
        """"с автовокзала «Сайран»", "из порта Ванино": a place noun or a noun with a
        proper name under it, a source, no part of what is made or served (w91)."""
        after = self.nodes[node.i + 1].text if node.i + 1 < len(self.nodes) else ""
        return self.route(node) or after in ("«", '"') or any(
            k.pos == "PROPN" or k.dep == "appos" for k in self.kids[node.i] if k.dep != "case")

    def route(self, node: Node) -> bool:
        """A place noun (``around``, ``site`` cues: "по Белому морю"); not a route that is
        the service itself ("грузоперевозки по Северному морскому пути")."""
        return node.lemma.lower() in self.lex.first_words("around") or self.is_site(node)

    def is_site(self, node: Node) -> bool:
        """A place where firms sit ("парке": ``site`` cues), by any noun reading; of a
        hyphenated compound, by its last part ("IT-парка", "агро-кластера")."""
        sites = self.lex.first_words("site")
        last = node.text.lower().rsplit("-", 1)[-1]
        return node.lemma.lower() in sites or any(
            p.tag.POS == "NOUN" and p.normal_form in sites
            for p in self.morph.parse(node.text.lower()) + (
                self.morph.parse(last) if last and "-" in node.text else ()))

    def _lemma(self, word: str) -> str:
        return self.morph.parse(word)[0].normal_form

    def is_maker(self, node: Node) -> bool:
        makers = self.lex.makers
        return any(p in makers or self._lemma(p) in makers
                   for p in node.lemma.lower().split("-"))

    def adjective(self, node: Node) -> Optional[str]:
        """The sector of the noun's own adjectives or prefix."""
        words = [k for k in self.kids[node.i] if k.dep == "amod" and k.i < node.i] or [
            k for k in self.nodes[max(0, node.i - 1):node.i] if k.pos == "ADJ"
            and k.case == node.case]  # the adjective before it, the parser hung elsewhere
        words += [c for w in words for c in self.kids[w.i]  # "фармацевтического и
                  if c.dep == "conj" and c.i < node.i]  # биотехнологического профиля"
        words.sort(key=lambda w: w.i)
        names = adjective_sectors([tokenize(self.morph, self.text, w.start, w.stop)[0]
                                   for w in words], self.object_of(node)[0])
        return join_sectors(names) or None

    # --- phrases -----------------------------------------------------------
    def phrase(self, head: Node, case: Optional[str],
               avoid: frozenset[int] = frozenset()) -> Optional[str]:
        """The normal form of the noun phrase under ``head``: its modifiers, genitives,
        "для"/"по" phrases and conjuncts; places, clauses and other prepositions left out."""
        coded = False  # the phrase counts only where it has ОКВЭД codes
        if not self.kids[head.i] and tech_form(head.text):  # "EdTech", "агротеха"
            return tech_form(head.text)
        if head.lemma.lower().split("-")[-1] in self.lex.fields:
            inner = next((k for k in self.kids[head.i] if k.dep == "nmod" and k.i > head.i
                          and (k.pos != "PROPN" or k.text.islower() or _abbreviation(k)
                               or tech_form(k.text))  # not "отрасли Дагестана"; "сфере EdTech"
                          and self.prep(k) is None and (k.case == "gent" or (
                              k.pos == "PROPN" and k.text.islower()
                              and self.in_case(k, "gent")) or _abbreviation(k)
                              or tech_form(k.text))),
                         None)  # "сфере клининга", "сфере IT", "сфере EdTech"
            if inner is not None and head.lemma.lower() in self.lex.headed_fields \
                    and not self.sectorish(inner):
                return None  # "на долю малого бизнеса": no sector head
            if inner is not None:
                return self.phrase(inner, "gent", avoid)
            prefix = adjective_sectors(tokenize(self.morph, self.text, head.start, head.stop))
            if prefix:
                return prefix[0]
            # "в Воронежской области": a place, no sector; "сфере креативных индустрий",
            # "ракетно-космическую отрасль": an adjective outside the lexicon, with codes
            coded = self.adjective(head) is None
        if head.lemma.lower() in activities() and not self.grounded(head):
            field = next((k for k in self.kids[head.i] if k.dep == "nmod" and k.i > head.i
                          and self.prep(k) in ("в", "во")
                          and k.lemma.lower().split("-")[-1] in self.lex.fields), None)
            inner = self.phrase(field, "loct", avoid) if field is not None else None
            if inner:  # "разработками в области медицины"; not "решения в области ИИ":
                return inner  # whole; nor "деятельность в Новосибирской области": a place
            goal = self.activity_goal(head, avoid)  # "деятельность по обращению с отходами"
            if goal:
                return goal
            if self.adjective(head) is None and not any(
                    k.dep == "nmod" and k.i > head.i and self.prep(k) is None
                    and (k.case == "gent" or k.case is None and _abbreviation(k))  # "ПО"
                    and not self.owner(k)
                    and k.lemma.lower() not in activities() for k in self.kids[head.i]):
                if not any(k.dep == "amod" and k.i < head.i
                           and (k.text.islower() or k.i == 0) for k in self.kids[head.i]):
                    return None  # "занимаются разработкой": no sector
                coded = True  # "Музейной деятельностью": an adjective with ОКВЭД codes
            # "Туристической деятельностью", "Разработкой программного обеспечения": whole
        if self.firm_noun(head) or self.is_site(head):
            return None  # "строят заводы по производству кормов": a facility, no sector;
            # "работают в агропромышленном парке": a site
        keep = self._subtree(head, top=True, seen=set(avoid))
        if not keep:
            return None
        lo = hi = head.i
        while lo - 1 in keep:
            lo -= 1
        while hi + 1 in keep:
            hi += 1
        while hi > lo and self.nodes[hi].dep in ("cc", "case", "punct"):
            hi -= 1
        while lo < head.i and self.nodes[lo].dep in ("cc", "punct"):
            lo += 1  # ", биотехнологиями — 9": the comma before the conjunct
        while lo == head.i and lo and lo - 1 not in avoid and self.nodes[lo - 1].pos == "ADJ" \
                and (self.nodes[lo - 1].text.islower() or lo == 1) and head.case \
                and self.nodes[lo - 1].case == head.case:
            lo -= 1  # "крабовым промыслом", the adjective hung elsewhere by the parser
        tokens = tokenize(self.morph, self.text, self.nodes[lo].start, self.nodes[hi].stop)
        name = sector_name(self.morph, tokens, case) if tokens else ""
        if name[1:2].islower():  # "Строительством жилья ..." at the start of a sentence
            name = name[0].lower() + name[1:]
        if coded and (" " not in name or not okved_codes(self.morph, name)):
            return None
        return name or None

    def grounded(self, head: Node) -> bool:
        """A product noun with its field or ground ("решения в области ИИ", "продукты на
        базе ИИ"; :mod:`.sector_product_heads`): the whole phrase is the sector."""
        return any(k.dep == "nmod" and k.i > head.i and self.field_of(head, k)
                   for k in self.kids[head.i])

    def field_of(self, head: Node, kid: Node) -> bool:
        """"в области ИИ" under a product head: the field noun with a genitive after it
        (not "в области" alone, a region; not "в Воронежской области")."""
        return kept_adjunct(head.lemma, self.prep(kid), kid.lemma, self.lex.fields) and any(
            k.dep == "nmod" and k.i > kid.i and self.prep(k) is None for k in self.kids[kid.i])

    def cared(self, node: Node, kid: Node) -> bool:
        """"уходу за детьми" under a care noun, or hung by the parser on the head of a care
        noun before it ("услуги по присмотру и уходу за детьми": "за" on "услуги")."""
        care = self.lex.first_words("care")
        return node.lemma.lower() in care or kid.i > node.i and any(
            self.nodes[j].lemma.lower() in care for j in range(node.i + 1, kid.i))

    def _purpose(self, node: Node) -> Optional[str]:
        """"для" of ``node`` or, for a conjunct, of the first conjunct it is joined to:
        "для мостов и промышленных зданий" (the buildings as what a thing is for)."""
        while node.dep == "conj" and node.head != node.i and self.prep(node) is None:
            node = self.nodes[node.head]
        return "для" if self.prep(node) == "для" else None

    def _subtree(self, node: Node, top: bool = False, seen: Optional[set] = None,
                 named: bool = False, site: bool = False) -> set[int]:
        seen = set() if seen is None else seen
        if node.i in seen:
            return set()
        seen.add(node.i)
        if node.lemma.lower() in self.lex.stopwords and not site \
                and (top or self._purpose(node) is None) or (
                # a building or site is no sector, but what a thing is for may be one
                # ("роботов для складов"); a name as a kept tail: "по Енисею" (``named``)
                node.pos == "PROPN" and not node.text.islower() and not _abbreviation(node)
                and not named and (top or not tech_form(node.text))):  # "услуги IaaS"
            return set()
        keep = {node.i}
        for kid in self.kids[node.i]:
            if kid.dep == "punct" and kid.text == ",":
                keep.add(kid.i)
                continue
            if kid.dep not in _KEEP or (kid.dep == "case" and top) or kid.i in seen:
                continue
            if kid.dep == "nmod" and kid.i > node.i and self.field_of(node, kid):
                keep |= self._subtree(kid, seen=seen)  # "решения в области ИИ"
                continue
            if kid.dep == "nmod" and kid.i > node.i and self.prep(kid) is None \
                    and kept_site(node.lemma, kid):  # "уборка помещений" (w127)
                keep |= self._subtree(kid, seen=seen, site=True)
                continue
            if kid.dep == "nmod" and kid.i > node.i and kept_tail(  # "реабилитация после
                    node.lemma, self.prep(kid), kid, self.ends):  # инсульта", "по Енисею"
                keep |= self._subtree(kid, seen=seen, named=True)  # a name too: "по Енисею"
                continue
            if kid.dep in ("nmod", "conj") and self.prep(kid) not in (None, "для", "по", "и") \
                    and not (self.prep(kid) == "за" and self.cared(node, kid)) \
                    and not (kid.dep == "nmod" and self.prep(kid) == "от" and kid.i > node.i
                             and against(kid)) \
                    and not (kid.dep == "nmod" and self.prep(kid) in ("с", "из")
                             and kid.i > node.i and (kid.pos != "PROPN"
                                                     or _abbreviation(kid))
                             and not self.named_place(kid)) \
                    and not self.within(kid, node):
                continue  # kept: "станки с ЧПУ", "мебель из массива", not "в Казани"
            if kid.dep == "nmod" and self.prep(kid) == "по" and self.route(kid):
                continue  # "круизы по Белому морю": where, not what ("услуги по уходу")
            if kid.text.lower() in _POSSESSIVES and node.dep == "conj" and kid.i < node.i:
                keep.add(kid.i)  # "из титана и его сплавов": the conjunct's own owner
                continue
            if kid.pos == "PRON" or kid.dep in ("conj", "parataxis", "orphan") and (
                    kid.pos == "NUM" or kid.text.isdigit()):
                continue  # "оборудование для них"; "скотоводстве, 5 — в ...": a next item
            if kid.dep == "nmod" and self.prep(kid) != "для" and self.owner(kid) and not (
                    kid.case == "gent" and node.lemma.lower() in self.lex.first_words("serves")
                    and kid.lemma.lower() in self.lex.objects):  # "обслуживанием юрлиц"
                continue  # "продукции местных производителей", "отрасли Ивановской области"
            keep |= self._subtree(kid, seen=seen, named=named and kid.dep == "conj")
        return keep  # "по Катуни и Чуе": a kept name's conjunct is kept too (w168)
