"""Official-report phrasing of sector counts, read from a dependency tree: a mixin of
:class:`rufacts.grammars.sector_tree._Tree` (it gives ``nodes``, ``kids``, ``lex``,
``prep``, ``phrase``, ``object_of``, ``adjective``, ``own_sector``, ``clause_sector``).

* ``activity``: an activity noun ("деятельность", ``activity`` cues) names no industry;
  the field or "по" phrase it takes does ("деятельность по обращению с отходами" ->
  обращение с отходами, "деятельность в сфере переработки отходов" -> переработка
  отходов), where that phrase has ОКВЭД codes (:meth:`OfficialRules.activity_goal`, read
  by :meth:`~rufacts.grammars.sector_tree_words.TreeWords.phrase`);
* ``conduct`` (:func:`conducted`): "осуществлять деятельность" is one verb; the parser
  hangs the counted noun after it on "деятельность" ("В сфере X осуществляют
  деятельность 23 организации и 6 индивидуальных предпринимателей"), and the field said
  before it on the verb: both are set back as the verb's subject and the activity's field;
* ``amount`` (:meth:`OfficialRules.amount_count`): "Количество организаций розничной
  торговли ... составило 356 единиц", "Число средств размещения в туристической отрасли
  ... достигло 540": the number a verb of amount (``amount_verb`` cues) reaches, its
  subject "число"/"количество" (``amount`` cues) of a counted noun with a sector of its
  own. A difference ("на 18 единиц меньше") is no count;
* ``official_sector`` (read first by ``own_sector``): a bound noun's word of business or
  what a recipient gets takes the field phrase ("средств размещения в сфере туризма",
  "получателей поддержки в сфере туризма" -> туризм); an ОКВЭД name in quotes after "по
  виду (экономической) деятельности" ("организаций по виду деятельности «Строительство»");
* ``shared_subjects``: several counted nouns of one predicate, a later one hung on the
  verb as ``conj``, are set back as conjuncts of the first subject;
* ``as_clauses``: a participle after "как" hung on the verb's oblique is set back on the
  counted subject ("23 организации включены в реестр туроператоров как осуществляющие
  деятельность в сфере X");
* ``register_sector``: a noun entered in a register of its own kind takes the sector the
  register's noun has ("в реестр организаций санаторно-курортного комплекса внесены 94
  организации");
* ``marker_before``: a marker predicate right before the number is its verb where the
  parser hangs the counted noun on the next clause's verb ("Рыболовством заняты почти 600
  организаций, при этом половина улова приходится на ...").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .okved import okved_codes
from .sector_nouns import bound_nouns
from .sector_number_words import change_verb
from .sector_tree_lists import _SUBJECT
from .sector_tree_nodes import Node, TreeCount, qualifier_words
from .sector_words import lexicon

_FIELD_PREPS = ("в", "во")


class OfficialRules:
    def activity_goal(self, head: Node, avoid: frozenset[int] = frozenset()
                      ) -> Optional[str]:
        """The sector an activity noun (``activity`` cues) takes: its "в <field>" phrase,
        before or after it, or its "по X" phrase, where it has ОКВЭД codes; else None."""
        if head.lemma.lower() not in self.lex.first_words("activity"):
            return None
        for kid in self.kids[head.i]:
            if kid.dep != "nmod" or kid.i in avoid or kid.pos != "NOUN":
                continue
            prep = self.prep(kid)
            if prep in _FIELD_PREPS and kid.lemma.lower() in self.lex.fields:
                name = self.phrase(kid, "loct", avoid)
            elif prep == "по" and kid.i > head.i:
                name = self.phrase(kid, "datv", avoid)
            else:
                continue
            if name and okved_codes(self.morph, name):
                return name
        return None

    def marker_before(self, number: Node, noun: Optional[Node],
                      verb: Optional[Node]) -> Optional[Node]:
        """"Рыболовством заняты почти 600 организаций, при этом половина улова приходится
        на ...": the parser hangs the counted noun on a verb of the next clause; a marker
        predicate right before the number (past its qualifiers), with no subject of its
        own, is its verb."""
        if noun is None or verb is None or verb.i < noun.i or not any(
                n.text == "," for n in self.nodes[noun.i + 1:verb.i]):
            return verb
        k = number.i - 1
        while k >= 0 and self.nodes[k].text.lower() in qualifier_words():
            k -= 1
        marker = self.nodes[k] if k >= 0 else None
        if marker is None or not self.is_marker(marker) or any(
                n.dep in _SUBJECT and n.i < noun.i and self.in_case(n, "nomn")
                for n in self.kids[marker.i]):
            return verb  # (a subject in the next clause is the parser's too)
        return marker

    def amount_count(self, number: Node, value: int) -> Optional[TreeCount]:
        """"Количество организаций X составило 356 единиц", "Число участников «Сколково» из
        сферы биомедицины превысило 600" (see the module's docstring)."""
        nodes = self.nodes
        reached = change_verb(nodes, number, self.lex.first_words("amount_verb"),
                              qualifier_words())  # "сократилось с сорока восьми до тридцати одного"
        if reached is not None:
            return self._amount_of(reached, number, self.scale_end(number), value)
        last = self.scale_end(number)  # "1 200", "2 тыс."
        if last.head == number.i:
            last = number  # the parser hangs the group on the first digits: "5 120"
        head = nodes[last.head] if last.head != last.i else None
        holder = last
        k = number.i - 1
        while k >= 0 and nodes[k].text.lower() in qualifier_words():
            k -= 1
        after_verb = k >= 0 and nodes[k].pos == "VERB" \
            and nodes[k].lemma.lower() in self.lex.first_words("amount_verb")
        if head is not None and last.dep.startswith("nummod") and head.pos != "VERB":
            if head.i < last.i and after_verb:
                pass  # "составило 1 038, из которых ...": the parser hangs "038" back on "число"
            elif head.i < last.i or head.lemma.lower() not in self.lex.first_words("amount_unit"):
                return None  # "составило 412 млн рублей": a measure
            else:
                holder = head  # "356 единиц"
        if self.prep(holder) not in (None, "до"):
            return None  # "на 18 единиц меньше": a difference
        dashed = number.i and nodes[number.i - 1].text in ("—", "–")
        if after_verb and holder in (number, last):
            verb = nodes[k]  # "... превысило 600", whatever the parser hangs "600" on
        elif dashed:  # "Количество организаций X — 356 единиц": no verb
            verb = holder
        elif holder.head == holder.i or holder.dep not in (
                "obj", "obl", "nsubj", "nsubj:pass", "conj", "nummod"):
            return None
        else:
            verb = nodes[holder.head]
            if verb.pos != "VERB" or verb.i > holder.i \
                    or verb.lemma.lower() not in self.lex.first_words("amount_verb"):
                return None
        return self._amount_of(verb, number, holder, value)

    def _amount_of(self, verb: Node, number: Node, holder: Node, value: int
                   ) -> Optional[TreeCount]:
        """The count of :meth:`amount_count` once its verb of amount is known."""
        noun = self._amount_noun(verb)
        if noun is None:
            return None
        obj, prefix = self.object_of(noun)
        own = None if prefix else self.adjective(noun)
        if not (prefix or own):
            found = self.own_sector(noun) or self.clause_sector(noun) or self._occupied(noun)
            own = found[0] if found else self.agent_sector(noun) or next(
                (name for kid in self.kids[verb.i] if noun.i < kid.i < verb.i
                 and kid.dep == "obl" and self.prep(kid) in ("в", "во", "из")
                 and kid.lemma.lower() in self.lex.fields
                 for name in [self.phrase(kid, "loct")] if name), None)
            # "Число участников X из сферы биомедицины превысило 600": the field on the verb
        sector = prefix or own
        if not obj or not sector:
            return None
        return TreeCount(min(noun.start, number.start), max(noun.stop, holder.stop), value,
                         obj, sector, None, "amount", number.start)

    def _occupied(self, noun: Node) -> Optional[tuple[str, Node, Node]]:
        """"Число организаций, занятых кинопоказом, ...": the tagger reads "занятых" as the
        adjective "занятой"; read as the marker "занятый" (its instrumental the sector)."""
        for kid in self.kids[noun.i]:
            if kid.dep == "acl" and kid.lemma.lower() == "занятой":
                found = self.argument(replace(kid, lemma="занятый"), frozenset({noun.i}))
                if found:
                    return found[0], kid, found[1]
        return None

    def register_sector(self, noun: Node, verb: Node) -> Optional[tuple[str, Node]]:
        """"В реестр организаций санаторно-курортного комплекса внесены 94 организации":
        the counted noun entered in a register (``register`` cues) of its own kind; that
        register's noun names the sector its own words say."""
        for kid in self.kids[verb.i]:
            if kid.dep != "obl" or self.prep(kid) not in _FIELD_PREPS \
                    or kid.lemma.lower() not in self.lex.first_words("register"):
                continue
            for kind in self.kids[kid.i]:
                if kind.dep == "nmod" and kind.i > kid.i and self.prep(kind) is None \
                        and (kind.lemma.lower() == noun.lemma.lower() or self.object_of(kind)[0]):
                    # w182: or a counted noun the firms are: "В реестре операторов техосмотра
                    # значатся 118 организаций"
                    found = self.own_sector(kind)
                    if found:
                        return found[0], found[1]
        return None

    def official_sector(self, noun: Node) -> Optional[tuple[str, Node, str]]:
        """The sector official wording gives a counted noun (read first by ``own_sector``):
        a bound noun's field (:meth:`named_field`) or a kind of activity named in quotes
        (:meth:`activity_kind`)."""
        return self.named_field(noun) or self.activity_kind(noun)

    def activity_kind(self, noun: Node) -> Optional[tuple[str, Node, str]]:
        """"организаций по виду экономической деятельности «Добыча полезных ископаемых»",
        "организаций, зарегистрированных по виду деятельности «Строительство»": the ОКВЭД
        name in quotes after "по виду деятельности" on the noun or on its participle."""
        holders = [noun] + [k for k in self.kids[noun.i] if k.dep.startswith("acl")]
        holders += [a for h in holders[1:] for a in self.kids[h.i] if a.dep == "obj"
                    and a.lemma.lower() in self.lex.first_words("activity")]
        # "субъектов, осуществляющих деятельность по виду «Деятельность ...»"
        for kind in (k for h in holders for k in self.kids[h.i]):
            if kind.lemma.lower() != "вид" or self.prep(kind) != "по":
                continue
            quoted = self._quoted(kind.i + 1)  # "по виду «Деятельность такси»"
            if quoted and okved_codes(self.morph, quoted):
                return quoted, kind, "preposition"
            for act in self.kids[kind.i]:
                if act.lemma.lower() != "деятельность" or act.dep != "nmod":
                    continue
                quoted = self._quoted(act.i + 1)
                if quoted and okved_codes(self.morph, quoted):
                    return quoted, act, "preposition"
        return None

    def _quoted(self, i: int) -> Optional[str]:
        """The words between "«" at node ``i`` and its "»", the first letter lowered
        unless the first word is an abbreviation."""
        nodes = self.nodes
        if i >= len(nodes) or nodes[i].text not in ("«", '"'):
            return None
        close = next((n for n in nodes[i + 1:i + 12] if n.text in ("»", '"')), None)
        if close is None or close.i == i + 1:
            return None
        text = self.text[nodes[i + 1].start:nodes[close.i - 1].stop]
        return text if text[1:2].isupper() else text[:1].lower() + text[1:]

    def named_field(self, noun: Node) -> Optional[tuple[str, Node, str]]:
        """A bound noun's word of business is part of its name ("средств размещения",
        ``sector_objects_bound.tsv``), and what a recipient gets is no sector
        ("получателей поддержки", ``not_sector`` cues): the field phrase that word takes
        is the sector ("средств размещения в сфере туризма", "получателей поддержки в
        сфере туризма" -> туризм)."""
        bound = noun.lemma.lower() in bound_nouns()
        for kid in self.kids[noun.i]:
            if kid.dep == "nmod" and kid.i == noun.i + 1 and self.prep(kid) is None and (
                    bound or kid.lemma.lower() in self.lex.first_words("not_sector")):
                found = self.own_sector(kid)
                return found if found and found[2] == "preposition" else None
        return None

    def _amount_noun(self, verb: Node) -> Optional[Node]:
        """The counted noun of "число/количество <noun>", the subject of the verb of
        amount or of the verb it is joined to ("удвоилось и достигло 540")."""
        amounts = self.lex.first_words("amount")
        verbs = [verb] + ([self.nodes[verb.head]] if verb.dep == "conj"
                          and verb.head != verb.i else [])
        for v in verbs:
            for subject in self.kids[v.i]:
                if subject.i > v.i or subject.lemma.lower() not in amounts \
                        or subject.dep not in _SUBJECT + ("obj",) \
                        or self.prep(subject) is not None:
                    continue
                for noun in self.kids[subject.i]:
                    if noun.dep == "nmod" and noun.i > subject.i and all(
                            n.pos == "ADJ" or n.pos == "VERB" and n.dep == "amod"
                            for n in self.nodes[subject.i + 1:noun.i]) \
                            and self.prep(noun) is None and self.object_of(noun)[0]:
                        return noun  # "Количество [коллективных] средств размещения"
                noun = self._premodified_noun(subject, v)
                if noun is not None:
                    return noun
        return None

    def _premodified_noun(self, subject: Node, verb: Node) -> Optional[Node]:
        """"Число зарегистрированных в Калининграде предприятий общепита ...": the parser
        hangs a counted noun whose participle phrase stands before it on the verb, not on
        "число"; it is the genitive noun after "число" whose words between are all its own
        premodifiers (w200)."""
        for noun in self.kids[verb.i]:
            if noun.i <= subject.i + 1 or noun.case != "gent" or noun.pos != "NOUN" \
                    or self.prep(noun) is not None or not self.object_of(noun)[0]:
                continue
            between = self.nodes[subject.i + 1:noun.i]
            if any(n.text in (",", "—", "–", "(") for n in between):
                continue
            if all(subject.i < n.head <= noun.i and n.head != n.i for n in between) and any(
                    n.head == noun.i and n.pos in ("ADJ", "VERB") for n in between):
                return noun
        return None


def conducted(nodes: list[Node]) -> list[Node]:
    """The parse of "осуществлять деятельность" set right (see the module's docstring):
    a noun with a number hung on the activity object after it becomes the verb's subject;
    a "в <field>" oblique of the verb becomes the activity's."""
    lex = lexicon()
    activity, conduct = lex.first_words("activity"), lex.first_words("conduct")
    out = list(nodes)
    for act in nodes:
        if act.dep != "obj" or act.head == act.i or act.lemma.lower() not in activity:
            continue
        verb = nodes[act.head]
        if verb.pos != "VERB" or verb.lemma.lower() not in conduct:
            continue
        if any(k.dep in _SUBJECT and k.head == verb.i for k in nodes):
            continue
        for kid in nodes:
            if kid.head == act.i and kid.dep == "nmod" and kid.i > act.i \
                    and kid.pos == "NOUN" and any(
                        n.head == kid.i and n.dep.startswith("nummod") and n.i < kid.i
                        for n in nodes) and not any(
                        n.head == kid.i and n.dep == "case" for n in nodes):
                out[kid.i] = replace(kid, head=verb.i, dep="nsubj")
            elif kid.head == verb.i and kid.dep == "obl" and kid.lemma.lower() in lex.fields \
                    and any(n.head == kid.i and n.dep == "case"
                            and n.lemma.lower() in _FIELD_PREPS for n in nodes):
                out[kid.i] = replace(kid, head=act.i, dep="nmod")
    return out


def shared_subjects(nodes: list[Node]) -> list[Node]:
    """"Сельскохозяйственное производство осуществляют 9 организаций, 46 крестьянских
    хозяйств и 3 предпринимателя": counted nouns sharing one predicate; the parser may hang
    a later one on the verb as ``conj``: it is set back as a conjunct of the first subject."""
    def counted(node: Node) -> bool:
        return any(n.head == node.i and n.dep.startswith("nummod") and n.i < node.i
                   for n in nodes)

    out = list(nodes)
    for node in nodes:
        if node.dep != "conj" or node.head == node.i or node.pos != "NOUN" \
                or nodes[node.head].pos != "VERB" or not counted(node):
            continue
        first = next((k for k in nodes if k.head == node.head and k.dep in _SUBJECT
                      and node.head < k.i < node.i and counted(k)), None)
        if first is not None:
            out[node.i] = replace(node, head=first.i)
    return out


def as_clauses(nodes: list[Node]) -> list[Node]:
    """"23 организации включены в реестр туроператоров как осуществляющие деятельность в
    сфере X": a participle after "как" says what the counted subject of the verb is; the
    parser may hang it on a noun of the verb's oblique or on the verb: it is set back on
    the subject as its clause."""
    out = list(nodes)
    for part in nodes:
        if part.dep not in ("acl", "dep", "advcl") or part.pos != "VERB" or part.head == part.i \
                or not any(n.head == part.i and n.lemma.lower() == "как" and n.i < part.i
                           for n in nodes):
            continue
        head = nodes[part.head]
        if head.pos == "VERB" and part.dep != "acl":
            verb = head  # hung on the verb itself: "включены в перечень X как ..."
        else:
            if head.dep == "nmod" and head.head != head.i:
                head = nodes[head.head]  # "в реестр туроператоров как ..."
            if head.dep != "obl" or head.head == head.i:
                continue
            verb = nodes[head.head]
        if verb.pos != "VERB" or verb.i > part.i:
            continue
        subject = next((k for k in nodes if k.head == verb.i and k.dep in _SUBJECT
                        and k.i < verb.i and k.pos == "NOUN" and any(
                            n.head == k.i and n.i < k.i and (n.dep.startswith("nummod")
                                                             or n.pos == "NUM") for n in nodes)),
                       None)
        if subject is not None:
            out[part.i] = replace(part, head=subject.i, dep="acl")
    return out


__all__ = ["OfficialRules", "as_clauses", "conducted", "shared_subjects"]
