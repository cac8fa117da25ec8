"""Tree rules of lists, elided nouns and built things: a mixin of
:class:`rufacts.grammars.sector_tree_words.TreeWords` (which gives ``nodes``, ``kids``, ``lex``,
``count``, ``phrase``, ``whole`` and the other word tests used here).

* "Всего в технопарке 56 компаний: X занимаются 22, Y — 9": a bare number takes the
  counted noun of the total said before (:meth:`_antecedent`), the number after a dash
  the verb's subject's object and its conjunct as the sector (:meth:`_orphan`);
* "В сфере X — 120 предприятий, в Y — 340": the dashed item after a "в <sector>" phrase;
* "Жильё строят 35 девелоперских компаний": what is built, when it heads a sector
  (:meth:`built`), over the counted noun's adjective.
"""
from __future__ import annotations

from typing import Optional

from .okved import okved_codes
from .sector_normal import sector_name
from .sector_tree_nodes import Node, TreeCount, larger_total, qualifier_words
from .sector_words import in_case, tokenize

_ADJ = frozenset({"ADJF", "PRTF"})

_SUBJECT = ("nsubj", "nsubj:pass")


class ListRules:
    def built(self, verb: Optional[Node], noun: Optional[Node]
              ) -> Optional[tuple[str, Node]]:
        """"Жильё строят 35 девелоперских компаний": the object of a verb of building
        (``builds`` cues) that the counted noun is subject of, when it heads a sector."""
        builds = self.lex.first_words("builds")
        if verb is None or noun is None or verb.lemma.lower() not in builds \
                or noun.dep not in _SUBJECT + ("obj",):
            return None
        thing = next((k for k in self.kids[verb.i] if k.dep == "obj" and k.i != noun.i
                      and self.prep(k) is None and self.sectorish(k) and self.many(k)
                      and k.lemma.lower() not in self.lex.fields), None)
        if thing is not None and noun.dep == "obj" and not thing.i < verb.i < noun.i:
            return None  # two objects: the one before the verb is built (a misparse)
        name = self.phrase(thing, "accs") if thing is not None else None
        return (name, thing) if name else None

    def many(self, node: Node) -> bool:
        """A plural object or a mass noun: "дороги", "жильё" (not "мост", "новый жилой
        комплекс": one project)."""
        return any(p.tag.POS == "NOUN" and p.tag.case == "accs" and (
            p.tag.number == "plur" or "Sgtm" in p.tag) for p in self.morph.parse(node.text))

    def _elided_head(self, number: Node, value: int, part: Node, verb: Node
                     ) -> Optional[TreeCount]:
        """"Пищевой промышленностью заняты 86 предприятий, лёгкой — 14": the adjective
        after the comma takes the head noun of the verb's sector ("лёгкая промышленность")."""
        found = self.argument(verb)
        subject = next((k for k in self.kids[verb.i] if k.dep in _SUBJECT and k.i < part.i
                        and self.object_of(k)[0] and self.number_of(k)), None)
        if found is None or subject is None or found[1].case is None or not any(
                k.dep == "amod" and k.i < found[1].i for k in self.kids[found[1].i]) \
                or self._place_gap(part, found[1]):
            return None
        words = f"{part.text} {found[1].text}"
        name = sector_name(self.morph, tokenize(self.morph, words, 0, len(words)),
                           found[1].case)
        if not name or not self._names_industry(name):
            return None
        return TreeCount(part.start, number.stop, value, self.object_of(subject)[0], name,
                         None, "predicate", number.start)

    def _place_gap(self, part: Node, head: Optional[Node]) -> bool:
        """"..., в Архангельской — 19", "..., в соседнем — 12": an adjective capitalised
        inside the sentence (a place) or after a preposition the sector phrase ``head``
        has not says where, not what: the noun it leaves out is a place's, not the
        sector's (the count keeps the first count's sector, read by
        :mod:`.sector_earlier`)."""
        if part.i > 0 and part.text[:1].isupper():
            return True
        before = self.nodes[part.i - 1] if part.i else None
        said = self.prep(head) if head is not None else None
        return before is not None and before.pos == "ADP" \
            and before.text.lower() != (said or "")

    def _names_industry(self, name: str) -> bool:
        """The phrase has ОКВЭД codes (not "новые промышленности")."""
        return bool(okved_codes(self.morph, name))

    def _apart(self, subject: Node, verb: Node) -> bool:
        """"40 резидентов: фармацевтикой занимаются 12": a ":" or ";" between a subject
        and the verb after it parts them (a misparse)."""
        return subject.i < verb.i and any(n.text in (":", ";")
                                          for n in self.nodes[subject.i + 1:verb.i])

    def _antecedent(self, number: Node) -> tuple[Optional[str], Optional[int]]:
        """(object, total) for a bare number from the counted noun before it in the
        sentence; its count is a total when "всего" is before it or ":"/";" after it."""
        for n in reversed(self.nodes[:number.i]):
            obj = self.object_of(n)[0]
            count = self.number_of(n) if obj else None
            if not count or self.prep(n) in ("из", "среди"):
                continue
            after = self.nodes[n.i + 1].text if n.i + 1 < len(self.nodes) else ""
            said = any(m.lemma.lower() == "весь" and m.text.lower() == "всего"
                       for m in self.nodes[max(0, n.i - 5):n.i])
            obj = self.said_objects.get(n.i, obj)  # "Агрофирм …, ещё 14 сеют подсолнечник"
            return obj, (count if (said or after in (":", ";")) and count > 0 else None)
        return None, None

    def _orphan(self, number: Node, value: int, part: Node) -> Optional[TreeCount]:
        if part.pos == "ADJ" and part.dep == "conj" and self.is_marker(self.nodes[part.head]):
            return self._elided_head(number, value, part, self.nodes[part.head])
        """"X занимаются 22, биотехнологиями — 9", "заняты 85 предприятий, в строительстве
        — 40": the number left alone after a dash counts what the verb's subject counts;
        its sector is the conjunct it hangs on, read as the verb's argument."""
        if part.dep not in ("conj", "orphan", "nmod") or part.pos not in (
                "NOUN", "PROPN", "X") or part.head == part.i:
            return None
        first = self.nodes[part.head]
        if part.dep != "conj" and self.prep(part) in ("в", "во") and self.sectorish(part) \
                and first.i < part.i and self.object_of(first)[0] and self.number_of(first) \
                and any(n.text == "," for n in self.nodes[first.i:part.i]):
            # "В сфере общественного питания — 120 предприятий, в розничной торговле — 340"
            name = self.phrase(part, "loct")
            if not name:
                return None
            return TreeCount(part.start, number.stop, value, self.object_of(first)[0], name,
                             None, "predicate", number.start)
        if part.dep != "conj":
            return None
        verb = self.nodes[part.head]
        if not self.is_marker(verb) and verb.head != verb.i:
            verb = self.nodes[verb.head]  # conjunct of the argument
        if not self.is_marker(verb):
            return None
        obj = total = None
        fronted = any(k.dep == "obj" and k.i < verb.i for k in self.kids[verb.i])
        for kid in self.kids[verb.i]:
            if kid.dep not in _SUBJECT and not (fronted and kid.dep == "obj" and kid.i > verb.i) \
                    or kid.i > number.i or self._apart(kid, verb):
                continue  # "Яйцо выпускают 36 птицефабрик" (the subject parsed as an object)
            if self.count(kid):
                total, obj = self.whole([kid, verb], None)
                if obj is None and total is None:
                    obj, total = self._antecedent(kid)
                    obj = obj if total is not None else None
            elif self.object_of(kid)[0] and self.number_of(kid):
                obj = self.written(kid)  # the conjunct names the industry: "птицефабрика"
                total = self.whole([kid, verb], kid)[0]
            if obj:
                break
        if obj is None:
            return None
        name = self._verb_sector(verb, part)
        if not name:
            return None
        if total is not None and total <= value:
            total = None
        return TreeCount(min(part.start, number.start), max(part.stop, number.stop),
                         value, obj, name, total, "predicate", number.start)

    def _verb_sector(self, verb: Node, part: Node) -> Optional[str]:
        """The sector ``part`` names as the argument of the marker verb ``verb`` (its
        preposition or case as a marker of the lexicon wants), or None."""
        prep = self.prep(part)
        for marker in self.lex.markers:
            if marker.kind != "verb" or verb.lemma.lower() not in marker.lemmas:
                continue
            if (prep not in marker.prepositions) if marker.prepositions else (
                    prep is not None or not self.in_case(part, marker.case)):
                continue
            if marker.headed and not self.sectorish(part):
                continue
            name = self.phrase(part, marker.case)
            if name:
                return name
        return None

    def _elided_item(self, number: Node, value: int) -> Optional[TreeCount]:
        """"Логистикой занимаются 12 компаний, а ещё 7 — складским хранением",
        "Швейным производством заняты 40 предприятий, обувным — ещё 12": a bare number
        next to a dash, after a clause with a marker verb and a counted subject; its
        sector is the phrase across the dash, in the verb's case (an adjective alone takes
        the head noun of the verb's sector)."""
        nodes = self.nodes
        before = nodes[number.i - 1] if number.i else None
        if before is not None and before.text.lower().replace("ё", "е") == "еще" \
                and number.i > 1:
            before = nodes[number.i - 2]
        after = nodes[number.i + 1] if number.i + 1 < len(nodes) else None
        dash_before = before is not None and before.text in ("—", "–", "-")
        dash_after = after is not None and after.text in ("—", "–", "-")
        if dash_before == dash_after:
            return None
        verb = next((n for n in reversed(nodes[:number.i]) if self.is_marker(n)), None)
        if verb is None or any(n.text in (";", ":", ".") for n in nodes[verb.i:number.i]):
            return self._elided_field(number, value, after if dash_after else None)
        subject = next((k for k in self.kids[verb.i] if k.dep in _SUBJECT + ("obj",)
                        and k.i < number.i and self.object_of(k)[0] and self.number_of(k)),
                       None)
        if subject is None:
            return None
        if dash_before:
            part = nodes[before.i - 1] if before.i else None
            if part is None or part.i <= verb.i or part.i <= subject.i:
                return None
            if part.pos == "ADJ":
                return self._elided_head(number, value, part, verb)
        else:
            part = next((n for n in nodes[after.i + 1:after.i + 4] if n.pos != "ADJ"), None)
            if part is None:
                return None
        if part.pos not in ("NOUN", "PROPN", "X"):
            return None
        name = self._verb_sector(verb, part)
        if not name:
            return None
        total = self.whole([subject, verb], subject)[0]
        return TreeCount(min(part.start, number.start), max(part.stop, number.stop),
                         value, self.object_of(subject)[0], name,
                         larger_total(total, value), "predicate", number.start)

    def _after_count(self, number: Node, value: int) -> Optional[TreeCount]:
        """"девять компаний пищевой промышленности и шесть — химической", "12 представляли
        нефтегазовую отрасль, девять — энергетику": a bare number next to a dash after a
        count of the same clause counts that count's object (and total); its sector is the
        phrase across the dash, as the verb's argument, or an adjective alone with the
        head noun of the count's sector."""
        first, obj, total, verb, head = self.last
        nodes = self.nodes
        if obj is None or first.i >= number.i or any(
                n.text in (";", ":", ".") for n in nodes[first.i:number.i]):
            return None
        before = nodes[number.i - 1] if number.i else None
        after = nodes[number.i + 1] if number.i + 1 < len(nodes) else None
        dash_before = before is not None and before.text in ("—", "–", "-")
        dash_after = after is not None and after.text in ("—", "–", "-")
        if dash_before == dash_after:
            return None
        if dash_before:
            part = nodes[before.i - 1] if before.i else None
        else:
            part = next((n for n in nodes[after.i + 1:after.i + 4] if n.pos != "ADJ"
                         or n.i + 1 >= len(nodes) or nodes[n.i + 1].pos == "PUNCT"), None)
        if part is None or part.i <= first.i:
            return None
        name = None
        if part.pos == "ADJ" and self._place_gap(part, head):
            return None
        if part.pos == "ADJ" and head is not None and head.case and in_case(
                tokenize(self.morph, part.text)[0], head.case, _ADJ):  # agreeing: not
            words = f"{part.text} {head.text}"  # "судоремонтом ..., из них 2 — крупные"
            name = sector_name(self.morph, tokenize(self.morph, words, 0, len(words)),
                               head.case)
            name = name if name and self._names_industry(name) else None
        elif part.pos in ("NOUN", "PROPN", "X") and verb is not None and self.is_marker(verb):
            name = self._verb_sector(verb, part)
        if not name:
            return None
        return TreeCount(min(part.start, number.start), max(part.stop, number.stop),
                         value, obj, name, larger_total(total, value), "predicate",
                         number.start)

    def _elided_field(self, number: Node, value: int, dash: Optional[Node]
                      ) -> Optional[TreeCount]:
        """"11 проектов в области экологии и 9 — в сфере образования": a bare number, a
        dash and a "в <field or sector>" phrase count what the counted noun before counts."""
        if dash is None:
            return None
        part = next((n for n in self.nodes[dash.i + 1:dash.i + 5] if n.pos == "NOUN"), None)
        first = self.counted_before(number.i)
        after = self.nodes[dash.i + 1] if dash.i + 1 < len(self.nodes) else None
        said = (self.prep(part) if part is not None else None) or (
            after.text.lower() if after is not None else None)
        if part is None or first is None or said not in ("в", "во", "из") or any(
                n.text in (";", ".") for n in self.nodes[first.i:number.i]) or not (
                part.lemma.lower() in self.lex.fields or self.sectorish(part)):
            return None  # "в" as the parser hung it, or right after the dash
        name = self.phrase(part, "gent" if said == "из" else "loct")  # "— из биотехнологий"
        if not name:
            return None
        # "38 проектов, из них 15 — в обрабатывающей промышленности, шесть — в ...": the
        # counted noun before a "из них" is the whole
        words = [n.text.lower() for n in self.nodes[first.i + 1:number.i]]
        total = self.number_of(first) if words[:1] == [":"] or any(
            words[k:k + 3] in ([",", "из", "них"], [",", "среди", "них"])
            for k in range(len(words))) else None  # or "15 стартапов: девять — ..."
        return TreeCount(number.start, part.stop, value, self.object_of(first)[0], name,
                         larger_total(total, value), "preposition", number.start)

    # --- wholes ("из них", "в том числе", "кластер из 16 компаний") --------------------
    def _including(self, number: Node) -> Optional[int]:
        """"1200 экспонентов, среди них около 300 ...", "около 2 тыс. компаний, в том числе
        более 400 ...": after a comma and a ``part`` cue ("среди них", "в том числе",
        "включая"), the count of the counted noun before is the whole."""
        k = number.i - 1
        while k >= 0 and self.nodes[k].text.lower() in qualifier_words():
            k -= 1
        words = [(n.i, n.text.lower()) for n in self.nodes[max(0, k - 5):k + 1]
                 if n.text != "."]
        cue = next((c for c in self.lex.cues.get("part", ()) if c[0].isalpha()
                    and tuple(w for _, w in words[-len(c):]) == c), None)  # "в т.ч." too
        start = words[-len(cue)][0] if cue and len(words) >= len(cue) else 0
        if cue is None or start < 1 or self.nodes[start - 1].text != ",":
            return None
        for noun in reversed(self.nodes[:start - 1]):
            if noun.text in (";", ":", "."):
                return None
            if not self.object_of(noun)[0]:
                continue
            for m in reversed(self.nodes[max(0, noun.i - 5):noun.i]):
                if self.is_number(m) and not self.digit_group(m) \
                        and noun.i - self.scale_end(m).i <= 3:
                    return self.count(m)
            return None
        return None

    def _whole_of_part(self, noun: Node) -> bool:
        """The counted noun is followed by ", из них", ", в том числе" (``part`` cues): a whole."""
        words = tuple(n.text.lower().strip(".") for n in self.nodes[noun.i + 1:noun.i + 5])
        return words[:1] == (",",) and any(c[0].isalpha() and words[1:1 + len(c)] == c
                                           for c in self.lex.cues.get("part", ()))

    def _made_of(self, number: Node) -> bool:
        """"кластер из 16 фармацевтических компаний": "из" after a noun that is neither
        counted, a number nor a share (``share`` cues: "Большинство из 30 резидентов")
        says what the thing is made of, not a whole."""
        case = self.whole_case(number)
        if case is None or case.i < 1 or case.lemma.lower() != "из":
            return False
        before = self.nodes[case.i - 1]
        shares = self.lex.first_words("share")
        return before.pos == "NOUN" and not self.object_of(before)[0] \
            and not self.is_number(before) and before.lemma.lower() not in shares
