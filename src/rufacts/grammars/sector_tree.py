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
* ``subject``: a sector phrase that is the subject of a verb of holding whose object the
  noun is ("Лесопромышленный комплекс Коми объединяет 40 предприятий").

Marker verbs, their prepositions and cases are the rows of ``sector_markers.tsv`` that the
grammar reads too. Totals come from "из"/"среди" next to the number, its noun or its verb:
"из 20 компаний", "из которых" (the noun the relative clause hangs on), "из них" (the
counted noun before). Headcounts, shares ("половина"), events and numbers that are names
("корпус № 5") never count: their nouns are no objects, and "№" before a number stops it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicons import load_list, load_rows

from .morph import Morph
from .okved import okved_codes
from .sector_context import adjective_sectors, count_value
from .sector_normal import sector_name
from .sector_tree_lists import _SUBJECT, ListRules
from .sector_words import fused_object, head_lemma, lexicon, tokenize


@lru_cache(maxsize=1)
def qualifier_words() -> frozenset[str]:
    """One-word qualifiers of a count ("более", "около", "порядка"; ``qualifiers.tsv``)."""
    return frozenset(row[0] for row in load_rows("qualifiers.tsv") if " " not in row[0])

_SCALE_WORDS = frozenset({"тысяча", "миллион"})
_KEEP = ("amod", "nmod", "conj", "cc", "case", "flat", "flat:foreign", "fixed", "compound",
         "nummod", "det", "appos")


@lru_cache(maxsize=1)
def activities() -> frozenset[str]:
    """Activity nouns that name no sector alone (``sector_activities.txt``)."""
    return load_list("sector_activities.txt")


@dataclass(frozen=True, slots=True)
class Node:
    """One token of a parsed sentence; ``head`` is an index into the sentence (itself
    for the root)."""

    i: int
    start: int
    stop: int
    text: str
    lemma: str
    pos: str
    case: Optional[str]  # OpenCorpora case name (gent, loct, ...) or None
    head: int
    dep: str


@dataclass(frozen=True, slots=True)
class TreeCount:
    start: int
    stop: int
    count: int
    object: str
    sector: str
    total: Optional[int]
    family: str
    count_start: int  # where the number is: the grammar's spans are checked against it
    overrides: bool = False  # replaces the grammar's count there (a built thing, a verb
                             # over a fused prefix: "сельхозпредприятий ... выращиванием")


class _Tree(ListRules):
    def __init__(self, nodes: Sequence[Node], text: str, morph: Morph) -> None:
        self.nodes, self.text, self.morph, self.lex = nodes, text, morph, lexicon()
        self.previous: Optional[tuple[int, str]] = None  # (count, object) said before
        self.kids: dict[int, list[Node]] = {n.i: [] for n in nodes}
        for n in nodes:
            if n.head != n.i:
                self.kids[n.head].append(n)

    # --- words -------------------------------------------------------------
    def prep(self, node: Node) -> Optional[str]:
        return next((k.lemma.lower() for k in self.kids[node.i] if k.dep == "case"), None)

    def count(self, node: Node) -> Optional[int]:
        if not self.is_number(node):
            return None
        first = node
        while first.i and self.is_number(self.nodes[first.i - 1]) \
                and not first.text[:1].isdigit():
            first = self.nodes[first.i - 1]  # "Тридцать две": the whole number
        if first.i and self.nodes[first.i - 1].text in ("№", "#"):
            return None  # "корпус № 5"
        last = self.scale_end(node)
        return count_value(self.morph, tokenize(self.morph, self.text, first.start, last.stop))

    def scale_end(self, node: Node) -> Node:
        """The last node of a number with its scale word: "1,5 тыс." -> ".", else itself."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        if after is None or not node.text[:1].isdigit() or not (
                after.text.lower() in self.lex.scales
                or after.text.lower() + "." in self.lex.scales
                or after.lemma.lower() in _SCALE_WORDS):
            return node
        dot = self.nodes[after.i + 1] if after.i + 1 < len(self.nodes) else None
        if dot is None or dot.text != "." or after.text.lower() != "тыс":
            return after
        noun = next((n for n in self.nodes[dot.i + 1:dot.i + 4] if n.pos != "ADJ"), None)
        return dot if noun is not None and self.object_of(noun)[0] else after

    @staticmethod
    def is_number(node: Node) -> bool:
        return node.pos == "NUM" or node.text[:1].isdigit()

    def is_part_of_number(self, node: Node) -> bool:
        """A number word followed by another ("Тридцать" of "Тридцать две")."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        return after is not None and self.is_number(node) and self.is_number(after) \
            and not after.text[:1].isdigit()

    def number_of(self, node: Node) -> Optional[int]:
        return next((v for k in self.kids[node.i] if k.dep.startswith("nummod")
                     for v in [self.count(k)] if v), None)

    def object_of(self, node: Node) -> tuple[Optional[str], Optional[str]]:
        """(object lemma, sector of its prefix): "IT-компаний" -> (компания, IT),
        "сельхозпредприятий" -> (предприятие, сельское хозяйство)."""
        if node.pos not in ("NOUN", "PROPN", "X"):
            return None, None
        objects, table = self.lex.objects, self.lex.adjectives
        lemma = node.lemma.lower()
        if lemma in objects:
            return lemma, None
        parts = lemma.split("-")
        if len(parts) > 1:
            for k, part in enumerate(parts):
                base = part if part in objects else self._lemma(part)
                if base in objects:
                    prefix = table.get(parts[0] + "-") if k else None
                    return base, prefix
            return None, None
        fused = fused_object(lemma)
        if fused:  # "турфирм", "сельхозпредприятий" (not "законопроект": no sector prefix)
            return fused[1], table[fused[0]]
        return None, None

    def _lemma(self, word: str) -> str:
        return self.morph.parse(word)[0].normal_form

    def is_maker(self, node: Node) -> bool:
        makers = self.lex.makers
        return any(p in makers or self._lemma(p) in makers
                   for p in node.lemma.lower().split("-"))

    def adjective(self, node: Node) -> Optional[str]:
        """The sector of the noun's own adjectives or prefix."""
        words = [k for k in self.kids[node.i] if k.dep == "amod" and k.i < node.i]
        names = adjective_sectors([tokenize(self.morph, self.text, w.start, w.stop)[0]
                                   for w in words], self.object_of(node)[0])
        return " и ".join(names) or None

    # --- phrases -----------------------------------------------------------
    def phrase(self, head: Node, case: Optional[str],
               avoid: frozenset[int] = frozenset()) -> Optional[str]:
        """The normal form of the noun phrase under ``head``: its modifiers, genitives,
        "для"/"по" phrases and conjuncts; places, clauses and other prepositions left out."""
        if head.lemma.lower().split("-")[-1] in self.lex.fields:
            inner = next((k for k in self.kids[head.i] if k.dep == "nmod" and k.i > head.i
                          and self.prep(k) is None and k.case == "gent"), None)
            if inner is not None and head.lemma.lower() in self.lex.headed_fields \
                    and not self.sectorish(inner):
                return None  # "на долю малого бизнеса": no sector head
            if inner is not None:
                return self.phrase(inner, "gent", avoid)
            prefix = adjective_sectors(tokenize(self.morph, self.text, head.start, head.stop))
            if prefix:
                return prefix[0]
            if self.adjective(head) is None:
                return None  # "в Воронежской области": a place, no sector
        if head.lemma.lower() in activities():  # "разработками в области медицины"
            field = next((k for k in self.kids[head.i] if k.dep == "nmod" and k.i > head.i
                          and self.prep(k) in ("в", "во")
                          and k.lemma.lower().split("-")[-1] in self.lex.fields), None)
            if field is not None:
                return self.phrase(field, "loct", avoid)
            if self.adjective(head) is None and not any(
                    k.dep == "nmod" and k.i > head.i and self.prep(k) is None
                    and k.case == "gent" and not self.owner(k)
                    and k.lemma.lower() not in activities() for k in self.kids[head.i]):
                return None  # "занимаются разработкой": no sector
            # "Туристической деятельностью", "Разработкой программного обеспечения": whole
        if head.lemma.lower() in self.lex.objects - self.lex.heads:
            return None  # "строят заводы по производству кормов": a facility, no sector
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
        tokens = tokenize(self.morph, self.text, self.nodes[lo].start, self.nodes[hi].stop)
        name = sector_name(self.morph, tokens, case) if tokens else ""
        if name[1:2].islower():  # "Строительством жилья ..." at the start of a sentence
            name = name[0].lower() + name[1:]
        return name or None

    def _subtree(self, node: Node, top: bool = False, seen: Optional[set] = None) -> set[int]:
        seen = set() if seen is None else seen
        if node.i in seen:
            return set()
        seen.add(node.i)
        if node.lemma.lower() in self.lex.stopwords or (node.pos == "PROPN"
                                                        and not node.text.islower()):
            return set()
        keep = {node.i}
        for kid in self.kids[node.i]:
            if kid.dep == "punct" and kid.text == ",":
                keep.add(kid.i)
                continue
            if kid.dep not in _KEEP or (kid.dep == "case" and top) or kid.i in seen:
                continue
            if kid.dep in ("nmod", "conj") and self.prep(kid) not in (None, "для", "по", "и"):
                continue
            if kid.dep == "nmod" and self.owner(kid):
                continue  # "продукции местных производителей", "отрасли Ивановской области"
            keep |= self._subtree(kid, seen=seen)
        return keep

    def argument(self, verb: Node, avoid: frozenset[int] = frozenset()
                 ) -> Optional[tuple[str, Node]]:
        """The sector a marker verb takes: (normal form, argument node); ``avoid``: the
        counted noun itself."""
        lemma = verb.lemma.lower()
        for marker in self.lex.markers:
            if marker.kind != "verb" or lemma not in marker.lemmas:
                continue
            for kid in self.kids[verb.i]:
                prep = self.prep(kid)
                oblique = marker.case == "ablt" and not marker.prepositions
                if kid.i in avoid or (kid.pos not in ("NOUN", "PROPN", "X") and not (
                        kid.pos == "ADJ" and kid.dep == "obj" and marker.case == "accs")) \
                        or kid.dep not in (  # "выращивают зерновые": an adjective as noun
                        ("obj", "obl", "iobj", "nmod") + (_SUBJECT if oblique else ())):
                    continue
                if marker.prepositions:
                    if prep not in marker.prepositions:
                        continue
                elif prep is not None or (marker.case == "accs" and kid.dep != "obj") or (
                        oblique and not self.in_case(kid, "ablt", strict=kid.dep in _SUBJECT)):
                    continue
                if marker.headed and not self.sectorish(kid):
                    continue
                name = self.phrase(kid, marker.case, avoid)
                if name and kid.pos == "ADJ" and not okved_codes(self.morph, name):
                    continue  # "выпускают новые": an adjective names no industry
                if name:
                    return name, kid
        return None

    def owner(self, node: Node) -> bool:
        """A genitive that says whose or where, not what: a place noun (``place`` cues)
        or a counted noun ("местных производителей")."""
        places = {cue[0] for cue in self.lex.cues.get("place", ())}
        lemma = node.lemma.lower()
        return lemma in places or lemma in self.lex.objects - self.lex.heads

    def holder(self, noun: Node) -> Optional[tuple[str, Node, Node]]:
        """"Лесопромышленный комплекс Коми объединяет 40 предприятий": the counted noun is
        the object of a verb of holding (``holds`` cues) whose subject is a sector phrase."""
        holds = {cue[0] for cue in self.lex.cues.get("holds", ())}
        verb = self.nodes[noun.head] if noun.head != noun.i else None
        if verb is None or noun.dep != "obj" or verb.lemma.lower() not in holds:
            return None
        subject = next((k for k in self.kids[verb.i] if k.dep in _SUBJECT or (
            k.dep == "obj" and k.i < verb.i < noun.i and k.case == "nomn")), None)
        if subject is None or not self.sectorish(subject) or \
                subject.lemma.lower() in self.lex.fields:
            return None
        name = self.phrase(subject, "nomn")
        return (name, verb, subject) if name else None

    def is_marker(self, node: Node) -> bool:
        lemma = node.lemma.lower()
        return any(m.kind == "verb" and lemma in m.lemmas for m in self.lex.markers)

    def in_case(self, node: Node, case: str, strict: bool = False) -> bool:
        """The parser's case, or (its guess may be wrong: "финтехом") one of the word's
        readings; ``strict``: the word has no nominative reading ("Нефтепереработкой"
        parsed as a subject is still no subject)."""
        parses = [p for p in self.morph.parse(node.text) if p.tag.POS == "NOUN"]
        if strict:
            return bool(parses) and all(p.tag.case == case for p in parses)
        return node.case == case or any(p.tag.case == case for p in parses)

    def sectorish(self, node: Node) -> bool:
        """A noun that can head a sector ("строительстве", "сфере IT", "ИТ-отрасли")."""
        lemma = node.lemma.lower()
        heads = self.lex.heads | self.lex.fields
        return (head_lemma(lemma) in heads or lemma.split("-")[-1] in heads
                or self.adjective(node) is not None)

    # --- wholes ------------------------------------------------------------
    def whole(self, nodes: Sequence[Node], counted: Optional[Node]
              ) -> tuple[Optional[int], Optional[str]]:
        """(total, object) of an "из"/"среди" phrase under any of ``nodes``."""
        for parent in nodes:
            for kid in self.kids[parent.i]:
                if kid.dep not in ("nmod", "obl", "nummod") or self.prep(kid) not in (
                        "из", "среди") or (kid.dep == "nummod" and kid.i < parent.i):
                    continue  # "27 предприятий из 90": the parser's nummod
                lemma = kid.lemma.lower()
                if lemma == "который":
                    verb = self._clause_of(kid)
                    noun = self.nodes[verb.head] if verb is not None and \
                        verb.dep == "acl:relcl" else None
                    if noun is not None:
                        return self.number_of(noun), self.object_of(noun)[0]
                elif lemma in ("они", "их"):
                    noun = next((n for n in reversed(self.nodes[:kid.i])
                                 if self.object_of(n)[0] and self.number_of(n)), None)
                    if noun is not None:
                        return self.number_of(noun), self.object_of(noun)[0]
                    if self.previous is not None:  # "... 40 предприятий. Из них ..."
                        return self.previous
                elif self.count(kid):
                    return self.count(kid), None
                else:
                    obj = self.object_of(kid)[0]
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

    # --- counts ------------------------------------------------------------
    def counts(self) -> list[TreeCount]:
        out = []
        for node in self.nodes:
            value = None if self.is_part_of_number(node) else self.count(node)
            if value is None:
                continue
            found = self._count(node, value)
            if found is not None:
                out.append(found)
        return out

    def _noun(self, number: Node) -> Optional[Node]:
        """The noun a number counts: the counted noun right after it (past adjectives; the
        parser may hang it elsewhere: "Три компании-резидента ОЭЗ"), else its ``nummod``
        head further on."""
        end = self.scale_end(number).i
        for node in self.nodes[end + 1:end + 4]:  # "N [тыс.] [adjectives] noun"
            if self.object_of(node)[0]:
                return node
            if node.pos != "ADJ":
                break
        head = self.nodes[number.head] if number.head != number.i else None
        if head is not None and number.dep.startswith("nummod") and head.i > number.i \
                and self.object_of(head)[0]:
            return head
        return None

    def _verb(self, number: Node, noun: Optional[Node]) -> Optional[Node]:
        """The verb whose subject the counted noun (or the bare number) is; a misparsed
        bare number ("Из 56 резидентов 21 относится", read as an apposition) reaches the
        verb above it."""
        node = noun or number
        if noun is not None and noun.dep.startswith("nummod"):
            node = self.nodes[noun.head] if noun.head != noun.i else noun
        scale = self.nodes[number.i + 1] if self.scale_end(number) is not number else None
        if noun is not None and scale is not None and noun.dep not in _SUBJECT \
                and scale.dep in _SUBJECT:
            node = scale  # "2,3 тыс. организаций": the parser's subject is "тыс"
        parent = self.nodes[node.head] if node.head != node.i else None
        if parent is not None and node.dep in ("obl", "nmod") and parent.i < node.i \
                and parent.lemma.lower() in qualifier_words():
            # "более 150 компаний" read as "более" (subject) <- "компаний": the qualifier
            # stands for the counted noun
            node = parent
            parent = self.nodes[node.head] if node.head != node.i else None
        for _ in range(2):  # a misparsed noun hangs on the subject: "компании-резидента ОЭЗ"
            if parent is None or noun is None or node.dep not in ("amod", "appos", "nmod") \
                    or parent.pos not in ("NOUN", "PROPN"):
                break
            node, parent = parent, (self.nodes[parent.head] if parent.head != parent.i
                                    else None)
        if parent is None:
            return None
        if noun is None and node.dep.startswith("nummod") and parent.pos == "VERB" \
                and node.i < parent.i:
            return parent  # "12 из 40 резидентов ... производят": the parser's nummod
        if node.dep in _SUBJECT and (parent.pos == "VERB" or self.is_marker(parent)) \
                and not self._apart(node, parent):
            return parent  # "заняты" (ADJ) is a predicate too
        if noun is not None and node.dep == "obl" and node.case == "gent" \
                and self.prep(node) is None and node.i < parent.i and self.is_marker(parent):
            return parent  # "1,2 тыс. компаний ... занимаются": a counted genitive, no oblique
        if node.dep == "obj" and parent.pos == "VERB" and node.i > parent.i:
            return parent  # "электротехническую продукцию выпускают 15 предприятий"
        if noun is None and node.dep in ("appos", "nmod", "parataxis"):
            for _ in range(len(self.nodes)):  # bounded: a misparse may hold a cycle
                if parent.head == parent.i or parent.pos == "VERB":
                    break
                parent = self.nodes[parent.head]
            return parent if parent.pos == "VERB" else None
        return None

    def _count(self, number: Node, value: int) -> Optional[TreeCount]:
        if (number.i and self.nodes[number.i - 1].lemma.lower() in ("из", "среди")):
            return None  # a whole: "Из 25 резидентов ..."
        noun = self._noun(number)
        head = self.nodes[number.head] if number.head != number.i else None
        if noun is None and head is not None and (number.dep == "orphan" or (
                number.dep in _SUBJECT and head.dep == "orphan" and head.pos == "NOUN")):
            return self._orphan(number, value, head)
        if noun is None and head is not None and number.dep.startswith("nummod") \
                and head.pos != "VERB":
            return None  # "1200 человек", "20 соглашений"
        if noun is not None and self.prep(noun) in ("из", "среди"):
            return None
        obj, prefix = self.object_of(noun) if noun is not None else (None, None)
        used = [number] + ([noun] if noun is not None else [])
        subject = noun or number
        verb = self._verb(number, noun)
        total, whole_obj = self.whole([subject] + ([verb] if verb else []), noun)
        if noun is None:
            obj = whole_obj
            if obj is None and verb is not None and total is None \
                    and number.dep in _SUBJECT and number.head == verb.i:
                # "Всего ... 56 компаний: X занимаются 22": the total's noun, said before
                obj, total = self._antecedent(number)
                if total is None:
                    obj = None
            if obj is None or verb is None:
                return None
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
                    used += [verb, found[1]]
                    prefix = None
                    overrides = True
            for kid in self.kids[noun.i]:
                if sector:
                    break
                if kid.dep not in ("nmod", "appos") or kid.i < noun.i:
                    continue
                prep = self.prep(kid)
                if kid.lemma.lower().split("-")[-1] == "профиль" and prep is None:
                    names = adjective_sectors(tokenize(self.morph, self.text, kid.start,
                                                       kid.stop))
                    sector, family = self.adjective(kid) or (names[0] if names else None), \
                        "profile"
                elif prep is None and kid.case == "gent" and not self.owner(kid) and (
                        self.is_maker(noun) or self.sectorish(kid)):  # not "заводах компании"
                    sector, family = self.phrase(kid, "gent"), "genitive"
                elif prep == "по" and self.sectorish(kid):
                    sector, family = self.phrase(kid, "datv"), "preposition"
                elif prep in ("в", "во", "из") and kid.lemma.lower() in self.lex.fields:
                    sector, family = self.phrase(kid, "loct"), "preposition"
                if sector:
                    used.append(kid)
            for kid in self.kids[noun.i]:
                if sector:
                    break
                if kid.dep in ("acl", "acl:relcl") and not any(
                        k.dep in _SUBJECT and k.lemma.lower() != "который"
                        for k in self.kids[kid.i]):
                    found = self.argument(kid)
                    if found:
                        sector, family = found[0], "clause"
                        used += [kid, found[1]]
        if not sector and verb is not None:
            found = self.argument(verb, frozenset(n.i for n in used))
            if found:
                sector, family = found[0], "predicate"
                used += [verb, found[1]]
        if not sector and noun is not None:
            found = self.holder(noun)
            if found:
                sector, family = found[0], "subject"
                used += list(found[1:])
        if not sector:
            return None
        if total is not None and total <= value:
            total = None
        start = min(n.start for n in used)
        stop = max(n.stop for n in used)
        return TreeCount(start, stop, value, obj, sector, total, family, number.start,
                         overrides or family == "built")


def tree_counts(nodes: Sequence[Node], text: str, morph: Morph,
                before: Sequence[Node] = ()) -> list[TreeCount]:
    """Sector counts of one parsed sentence (offsets into ``text``); ``before``: the
    sentence right before it, parsed, whose last counted noun "из них" may name."""
    tree = _Tree(nodes, text, morph)
    if before:
        previous = _Tree(before, text, morph)
        tree.previous = next(((previous.number_of(n), previous.object_of(n)[0])
                              for n in reversed(before)
                              if previous.object_of(n)[0] and previous.number_of(n)), None)
    return tree.counts()


__all__ = ["Node", "TreeCount", "tree_counts"]
