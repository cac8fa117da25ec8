"""The arguments of a parsed sentence's verbs and nouns: the base of
:class:`rufacts.grammars.sector_tree_words.TreeWords` (moved from there, moves only).

* :meth:`ArgumentRules.argument`: the sector a marker verb takes (``sector_markers.tsv``),
  or (:meth:`ArgumentRules.any_object`) the object of any other verb where it has ОКВЭД codes;
* :meth:`ArgumentRules.whose` ("чья основная деятельность — X"), :meth:`ArgumentRules.passive`
  (the passive's subject), :meth:`ArgumentRules.holder` (a sector subject of a verb of holding);
* word tests the rules share: :meth:`ArgumentRules.owner`, :meth:`ArgumentRules.sectorish`,
  :meth:`ArgumentRules.in_case`, :meth:`ArgumentRules.is_marker`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .okved import okved_codes
from .sector_tree_lists import _SUBJECT, ListRules
from .sector_tree_nodes import Node, activities
from .sector_hedges import is_hedge
from .sector_nouns import bound_nouns, unbound_at
from .sector_words import head_lemma

# a register's word for "is" in "основным видом деятельности которых указана X" (w148)
_STATED = frozenset({"указана", "указан", "указано", "заявлена", "заявлен", "заявлено",
                     "значится", "числится", "записана", "записан", "зарегистрирована"})


class ArgumentRules(ListRules):
    def strays(self, verb: Node, avoid: frozenset[int] = frozenset()) -> list[Node]:
        """Nouns of the verb's clause, before it, that the parser hung elsewhere (on the
        counted noun of the clause before, or as a root of their own): "46 стартапов,
        разработкой мобильных приложений из них заняты 19", "Рыбоводством в Карелии
        занято более 60 предприятий"."""
        lo = max((n.i for n in self.nodes[:verb.i] if n.text in (",", ";", ":")),
                 default=-1) + 1
        return [n for n in self.nodes[lo:verb.i] if n.pos == "NOUN" and n.i not in avoid
                and (n.head == n.i or not lo <= n.head <= verb.i or (
                    n.head == verb.i and n.dep in ("acl", "conj", "parataxis", "dep")) or (
                    n.dep == "acl" and n.head > n.i))]  # a noun is no clause: "Оленеводством
        # в Ненецком округе занимаются ...", hung on "округе"

    def argument(self, verb: Node, avoid: frozenset[int] = frozenset(),
                 strays: Optional[list[Node]] = None) -> Optional[tuple[str, Node]]:
        """The sector a marker verb takes: (normal form, argument node); ``avoid``: the
        counted noun itself; ``strays``: read these nouns as its obliques instead."""
        lemma = verb.lemma.lower()
        for marker in self.lex.markers:
            if marker.kind != "verb" or lemma not in marker.lemmas:
                continue
            for kid in (self.kids[verb.i] + self.raised(verb) if strays is None else strays):
                if strays is not None:  # taken as the verb's oblique
                    kid = replace(kid, dep="obl")
                prep = self.prep(kid)
                oblique = marker.case == "ablt" and not marker.prepositions
                # "Уголь добывают более 50 компаний": an object before the verb parsed as
                # its subject, where the counted noun is the subject
                object_first = marker.case == "accs" and not marker.prepositions \
                    and bool(avoid) and ((kid.dep in _SUBJECT or (
                        kid.dep == "obl" and prep is None)) and kid.i < verb.i
                        and self.in_case(kid, "accs") or kid.dep in _SUBJECT and kid.i > verb.i
                        and self.in_case(kid, "accs", strict=True))  # "семь выпускают сайру"
                if kid.i in avoid or kid.i in self.said_last or (  # the noun counted
                        kid.pos not in ("NOUN", "PROPN", "X") and not (
                        kid.pos == "ADJ" and kid.dep == "obj" and marker.case == "accs")) \
                        or kid.dep not in (  # "выращивают зерновые": an adjective as noun
                        ("obj", "obl", "iobj", "nmod") + (_SUBJECT if oblique else ())) \
                        and not object_first:
                    continue
                if marker.prepositions:
                    if prep not in marker.prepositions or is_hedge(f"{prep} {kid.text}"):
                        continue  # "занятых в основном овцеводством": no "в" phrase
                elif prep is not None or (marker.case == "accs" and kid.dep != "obj"
                                          and not object_first) or (
                        oblique and not self.in_case(kid, "ablt", strict=kid.dep in _SUBJECT)):
                    continue
                if marker.headed and not self.sectorish(kid) \
                        and not self.industry_object(kid, verb, marker.case):
                    continue
                if marker.case == "accs" and not self.many(kid) \
                        and lemma in self.lex.first_words("builds"):
                    continue  # "Новый жилой комплекс возводят три застройщика": one project
                name = self.phrase(kid, marker.case, avoid)
                if name and kid.pos == "ADJ" and not okved_codes(self.morph, name) or (
                        name and marker.case == "accs"
                        and name.lower() in self.lex.first_words("empty")):
                    continue  # "выпускают новые", "выпускают продукцию": no industry
                if name:
                    return name + self.to_order(verb, kid) * (marker.case == "accs"), kid
        if not any(lemma in m.lemmas for m in self.lex.markers if m.kind == "verb"):
            return self.any_object(verb, avoid, strays)
        return None

    def raised(self, verb: Node) -> list[Node]:
        """"Электронные компоненты ... начали выпускать восемь производств", "... способны
        делать пять заводов": an infinitive under a verb of phase or ability (``xcomp``)
        takes the nouns its head has before it as its own (w91)."""
        if verb.dep != "xcomp" or verb.head == verb.i:
            return []
        return [k for k in self.kids[verb.head] if k.i < verb.i
                and k.dep in _SUBJECT + ("obj", "obl")]

    def to_order(self, verb: Node, kid: Node) -> str:
        """" на заказ" where the verb's object is followed by a way of making (``order``
        cues: "шьют одежду на заказ" -> одежда на заказ), else ""."""
        cues = self.lex.cues.get("order", ())
        for other in self.kids[verb.i] + self.kids[kid.i]:
            prep = self.prep(other)
            if other.i > kid.i and prep and (prep, other.lemma.lower()) in cues:
                return f" {prep} {other.text}"
        return ""

    def any_object(self, verb: Node, avoid: frozenset[int] = frozenset(),
                   strays: Optional[list[Node]] = None) -> Optional[tuple[str, Node]]:
        """The sector a verb outside the markers takes: its accusative object, whatever its
        words, where its normal form has ОКВЭД codes and is more than one singular noun
        ("Шерстяные ткани ткут лишь две фабрики", "разработчиков, создающих системы
        видеоаналитики"); not after verbs of getting, paying or buying (``not_verb`` cues:
        "Кредиты получили 30 компаний"), nor an object that is a task or a sum
        (``not_sector`` cues: "оборонный заказ выполняют 12 предприятий")."""
        lemma = verb.lemma.lower()
        if verb.pos != "VERB" or lemma in self.lex.first_words("not_verb") \
                | self.lex.first_words("holds") or self.lets_out(verb):
            return None  # a verb of holding has its own rule (:meth:`holder`)
        things = self.lex.first_words("not_sector")
        subject = any(self.nodes[i].dep in _SUBJECT or (  # "Маршрутки и автобусы
            self.nodes[i].dep == "obj" and i > verb.i) for i in avoid)  # обслуживают 37 X"
        for kid in (self.kids[verb.i] if strays is None else strays):
            if kid.i in avoid or kid.pos != "NOUN" or self.prep(kid) is not None \
                    or kid.lemma.lower() in self.lex.objects | self.lex.fields | things \
                    and not self.unbound(kid) and not self.head_with_object(kid) \
                    or self.amount(kid):
                continue  # "переработали 2,1 млн тонн свёклы": an amount, no industry
            # the object, or (the counted noun being the subject) a noun before the verb
            # the parser took for its subject: "Шерстяные ткани ... ткут лишь две фабрики"
            first = subject and kid.i < verb.i and kid.dep in _SUBJECT + ("obl",) and not any(
                k.dep == "appos" or self.nodes[k.i - 1].text in ("«", '"') for k in self.kids[
                    kid.i])  # not a named actor: "Сети «Магнит» и «Пятёрочка» открыли 15 ..."
            case = "accs"
            if lemma.endswith(("ся", "сь")) and not first:
                case = "gent"  # a reflexive verb takes no accusative: "касаются машиностроения"
            if not (kid.dep == "obj" or first) or not any(
                    p.tag.POS == "NOUN" and p.tag.case == case
                    for p in self.morph.parse(kid.text)):
                continue
            name = self.phrase(kid, case, avoid)
            if name and (" " in name or self.many(kid) or case == "gent" or lemma in
                         self.lex.first_words("conduct")) and okved_codes(self.morph, name):
                return name, kid  # "Лесозаготовку осуществляют 12 хозяйствующих субъектов"
        return None

    def head_with_object(self, node: Node) -> bool:
        """A sector head that is a counted noun too, with a genitive of what is made
        (w187): "Производство лифтов наладили шесть заводов" (the work, not a plant);
        "серийный выпуск наладили 15" has none."""
        lemma = node.lemma.lower()  # not a field: "Рынок системной интеграции делят 50 X"
        return lemma in self.lex.heads and lemma not in self.lex.fields and any(
            k.dep == "nmod" and k.i > node.i and self.prep(k) is None and k.case == "gent"
            for k in self.kids[node.i])

    def amount(self, node: Node) -> bool:
        """A noun with a number of its own: "2,1 млн тонн свёклы", an amount, no industry."""
        return any(k.dep.startswith("nummod") for k in self.kids[node.i])

    def industry_object(self, kid: Node, verb: Node, case: str) -> bool:
        """The argument of a marker verb, whatever its words, where its normal form has
        ОКВЭД codes ("собирают сельскохозяйственную технику", "ведут вылов минтая",
        "работают в сфере клининга"); after a verb of building only in the plural
        ("Дороги строят 15 организаций", not "мост строят 2 компании": one project)."""
        builds = self.lex.first_words("builds")
        if kid.lemma.lower() in self.lex.objects | self.lex.fields \
                and not self.unbound(kid):  # not an establishment ("жилые дома" are)
            return False  # not "Стройку ведут 3 подрядные организации" ("сервисы": w90)
        if verb.lemma.lower() in builds and not self.many(kid):
            return False
        name = self.phrase(kid, case)
        makes = self.lex.first_words("makes")
        if name and " " not in name and not self.many(kid) and not self.in_case(kid, "ablt") \
                and verb.lemma.lower() not in builds | makes:
            return False  # a lone singular thing: "Стройку ведут 3 подрядные организации"
        return bool(name) and bool(okved_codes(self.morph, name))

    def whose(self, noun: Node) -> Optional[tuple[str, Node]]:
        """"компаний, чья основная деятельность — производство кормов": the noun phrase
        said of the "чей" noun right after the counted noun, where it has ОКВЭД codes."""
        nodes = self.nodes
        if noun.i + 1 >= len(nodes) or nodes[noun.i + 1].text != ",":
            return None
        dash = next((n for n in nodes[noun.i + 2:noun.i + 9] if n.text in ("—", "–", "-")
                     or n.lemma.lower() == "являться" or n.text.lower() in _STATED), None)
        if dash is None:  # "чья основная деятельность —", "профиль которых —", "для
            return None   # которых основным видом деятельности является"
        words = nodes[noun.i + 2:dash.i]
        if not any(n.lemma.lower() == "чей" or (n.lemma.lower() == "который"
                                                and n.case == "gent") for n in words) \
                or not any(n.pos == "NOUN" for n in words):
            return None
        pred = nodes[dash.i + 1] if dash.i + 1 < len(nodes) else None
        if pred is None:
            return None
        pred = next((n for n in nodes[pred.i:pred.i + 3] if n.pos == "NOUN"), None)
        if pred is None:
            return None
        name = self.phrase(pred, "nomn")
        return (name, pred) if name and okved_codes(self.morph, name) else None

    def narrows(self, sector: str, than: str) -> bool:
        """``sector`` says more within the same industry as ``than`` (they share ОКВЭД
        codes), or ``than`` names none ("лесные участки")."""
        codes = {c.code for c in okved_codes(self.morph, than)}
        own = okved_codes(self.morph, sector)  # a division inside a section too ("медь"
        return bool(own) and (not codes or any(  # 07 in "горнодобывающая" B)
            c.code in codes or c.section in codes for c in own))

    def agent(self, noun: Node, verb: Node) -> bool:
        """The counted noun is the agent (an instrumental oblique) of a passive verb."""
        return noun.dep == "obl" and noun.head == verb.i and verb.pos == "VERB" \
            and self.prep(noun) is None and self.in_case(noun, "ablt", strict=True) \
            and any(k.dep == "nsubj:pass" for k in self.kids[verb.i])

    def passive(self, verb: Node) -> Optional[tuple[str, Node]]:
        """The subject of a passive verb, whatever its words, where its normal form has
        ОКВЭД codes (not "Контракт подписан 5 компаниями")."""
        subject = next((k for k in self.kids[verb.i] if k.dep == "nsubj:pass"), None)
        if subject is None or subject.pos != "NOUN" or subject.lemma.lower() in self.lex.fields:
            return None
        name = self.phrase(subject, "nomn")
        return (name, subject) if name and okved_codes(self.morph, name) else None

    def unbound(self, node: Node) -> bool:
        """A bound counted noun without its word of business: "жилые дома" are things
        built, "гостевые дома" firms (:func:`~rufacts.grammars.sector_nouns.unbound_at`)."""
        lemma = node.lemma.lower()
        return lemma in bound_nouns() and unbound_at([n.text.lower() for n in self.nodes],
                                                     node.i, lemma)

    def firm_noun(self, node: Node) -> bool:
        """A counted noun that is no sector head, unless a thing built ("жилые дома")."""
        return node.lemma.lower() in self.lex.objects - self.lex.heads and not self.unbound(node)

    def owner(self, node: Node) -> bool:
        """A genitive that says whose or where, not what: a place noun (``place`` cues)
        or a counted noun ("местных производителей")."""
        places = self.lex.first_words("place")
        lemma = node.lemma.lower()
        if self.unbound(node):
            return False  # "строительством жилых домов": a thing built, no owner
        return lemma in places or lemma in self.lex.objects - self.lex.heads

    def holder(self, noun: Node) -> Optional[tuple[str, Node, Node]]:
        """"Лесопромышленный комплекс Коми объединяет 40 предприятий": the counted noun is
        the object of a verb of holding (``holds`` cues) whose subject is a sector phrase,
        or the instrumental of a passive one (``held_by`` cues: "Обрабатывающая
        промышленность области представлена 240 предприятиями")."""
        holds = self.lex.first_words("holds")
        verb = self.nodes[noun.head] if noun.head != noun.i else None
        if verb is not None and noun.dep in ("obl", "conj") and verb.i < noun.i \
                and verb.lemma.lower() in self.lex.first_words("held_by") \
                and self.in_case(noun, "ablt"):
            pass  # passive: "Обрабатывающая промышленность области представлена 240 предприятиями"
        elif verb is None or noun.dep != "obj" or verb.lemma.lower() not in holds:
            return None
        subject = next((k for k in self.kids[verb.i] if k.dep in _SUBJECT or (
            k.dep == "obj" and k.i < verb.i < noun.i and k.case == "nomn")), None)
        case = "nomn"
        if subject is not None and subject.lemma.lower() in self.lex.first_words("network"):
            # "Сеть розничной торговли округа включает 412 магазинов": the network's genitive
            subject, case = next((k for k in self.kids[subject.i] if k.dep == "nmod"
                                  and k.i > subject.i and self.prep(k) is None
                                  and k.case == "gent" and (self.sectorish(k) or self.coded(k))),
                                 None), "gent"
        if subject is None or not (self.sectorish(subject) or case == "gent") or \
                subject.lemma.lower() in self.lex.fields:
            return None
        name = self.phrase(subject, case)
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
        if lemma in activities() and any(k.dep == "amod" and k.i < node.i and k.pos == "ADJ"
                                         for k in self.kids[node.i]):
            return True  # "Дноуглубительные работы ведут три компании" (w91)
        return (head_lemma(lemma) in heads or lemma.split("-")[-1] in heads
                or (self.adjective(node) is not None  # not "в агропромышленном парке"
                    and not self.is_site(node)))
