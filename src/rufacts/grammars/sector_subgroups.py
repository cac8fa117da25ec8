"""Subgroups of a counted whole that :mod:`.sector_parts` leaves (w64; docs/gold-conventions.md,
``total``): the part names no industry of its own, keeps the whole's noun and sector and takes
the whole's number as its total. Read once every other reader has found its counts:

* ``leading``: a whole said first with "из"/"среди", then its parts as bare numbers in the
  rest of the clause ("Из 15 целлюлозно-бумажных комбинатов страны, по данным X, лишь
  четыре расположены за Уралом", "Из 54 производителей сельхозтехники, опрошенных
  ассоциацией, 23 заявили о …, ещё девять — о …", "из пяти производителей турбин выпуск
  наладили лишь двое");
* ``numbered``: "N из них" after the whole ("80 заводов, 12 из них входят в группу",
  "около 70 фабрик, выпускавших мебель, — полтора десятка из них закрылись");
* ``adjective``: an adjective before the cue, the number after it ("Лесопильных заводов
  около двухсот, крупных среди них не больше десятка");
* ``sector adjective``: "1 760 компаний, в том числе 640 текстильных" (the noun left out,
  the adjective's own sector);
* ``restated``: "из них N …" whose words name the whole's industry again or a narrower
  one of it, never one outside it ("163 хозяйства занимаются виноделием, из них 71 имеет
  статус производителя вина", "19 застройщиков, из них семь — с объектами долевого
  строительства"); :mod:`.sector_parts` reads only parts that name no industry at all.

:func:`cue_totals` gives the whole's number to a count another rule read right after a part
cue ("15 команд, из них 6 — проекты в сфере медицины").

Not parts: shares ("половина из них"), people and sums ("из них 300 человек"), a part whose
number counts another noun ("5 субсидий"), a whole of people (no count: no whole).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_normal import join_sectors
from .sector_number_tokens import is_scale, is_scale_word
from .sector_number_tokens import is_count_number as _is_number
from .sector_parts import (_Parts, _codes, _kind_of_firm, _lemma, _numbers,
                           _own_noun, _part_cue, _pos)
from .sector_scan import sentence_at, sentences
from .sector_tree_nodes import qualifier_words
from .sector_words import any_grams, forms, is_dash, lexicon, tokenize

_PROPER = frozenset({"Geox", "Name", "Surn", "Orgn", "Trad"})
_CUE = (("из", "них"), ("из", "которых"), ("среди", "них"), ("среди", "которых"))
_LEAD = re.compile(r"(?:^|[,:]\s+)[«\"]?(?:из|среди)\s+(?:(?:почти|около|более|свыше|"
                   r"примерно|порядка)\s+)?$", re.IGNORECASE)
# "больше всего среди них", "а чаще всего из них", "при этом среди них": focus words between
# the comma and the cue (w140)
_FOCUS = r"(?:(?:а|и|но|при\s+этом|больше|меньше|чаще|реже|всего|прежде|особенно|" \
         r"в\s+основном|в\s+частности)\s+){0,3}"
_TRAILING_CUE = re.compile(r"(?:^|[,;]\s*)" + _FOCUS
                           + r"(?:из|среди)\s+(?:них|которых)\s+(?:[а-яё]+\s+)?"
                           r"(?:[—–]\s*)?$"  # "600 экспонентов, в том числе 120 станко…"
                           r"|(?:[,;]|\()\s*(?:в\s+том\s+числе|включая|в\s+т\.\s*ч\.)\s+"
                           r"(?:[а-яё]+\s+){0,2}$", re.IGNORECASE)  # "сто" of a span from "двадцать"
_GROUPS = re.compile(r"^\d{1,3}(?:[\s\u00a0]\d{3})+$")
_LEAD_IN = frozenset({"и", "а", "при", "этом", "ещё", "еще", "под"})
# the end of a part's clause in its sentence (sector_scan.sentences gives the stop): the
# sentence's own final mark, or a quote closed before its speaker
_SENTENCE_END = re.compile(r"[.!?](?=\s*$)|»(?=\s*,?\s*[—–]\s)")
# not "Bumprom.ru"; (round 17) a quote closed before its speaker: "— частные», — сказал"
_CLAUSE_END = re.compile(r"[;!?]|\.(?=\s*$|\s+[А-ЯЁA-Z«])|\s[—–]\s\S+\s[—–]|»(?=\s*,?\s*[—–]\s)")


def _starts_number(token) -> bool:
    return _is_number(token) or is_scale_word(token)  # "десятка", "полтора десятка"


def _after_preposition(tokens: Sequence, k: int) -> bool:
    """The noun at ``k`` is in a prepositional phrase ("без единого судебного иска"), also
    as a genitive of its noun ("работают в режиме неполной недели")."""
    gent = "gent" in any_grams(tokens[k])
    k -= 1
    while k >= 0:
        while k >= 0 and _pos(tokens[k]) & {"ADJF", "PRTF"}:
            k -= 1
        if k >= 0 and "PREP" in _pos(tokens[k]):
            return True
        if not gent or k < 0 or "NOUN" not in _pos(tokens[k]) or _pos(tokens[k]) & _PROPER:
            return False
        gent = "gent" in any_grams(tokens[k])
        k -= 1  # the genitive's own noun: walk on to its preposition
    return False


def _cue_at(tokens: Sequence, k: int) -> bool:
    return k + 1 < len(tokens) and (tokens[k].value.lower(),
                                    tokens[k + 1].value.lower()) in _CUE


class _Subgroups(_Parts):
    def fits(self, tokens: Sequence, own: set[int], skip: set[int], whole) -> bool:
        """No word of the part names an industry outside the whole's ОКВЭД codes (a
        narrower one is the same trade said again), and no marker verb takes a common noun
        in it ("из них 18 разводят коз": the part's own trade)."""
        codes = frozenset(c.code for c in okved_codes(self.morph, whole.sector))
        if not codes:
            return False
        if any(_lemma(t) in lexicon().verbs for t in tokens) and any(
                "NOUN" in _pos(t) and not _pos(t) & _PROPER for k, t in enumerate(tokens)
                if k not in own and k not in skip and not _after_preposition(tokens, k)):
            return False  # not "работает без единого иска"
        return all(not named or named <= codes for k, t in enumerate(tokens) if k not in skip
                   for named in [_codes(self.morph, t)])

    def part(self, tokens: Sequence, first: int, end: int, whole):
        """A part at ``tokens[first:end]``, the clause ``tokens`` its segment; its number
        counts no noun, or a counted one."""
        obj, _, stop = _own_noun(tokens, first, end)
        if stop or obj is not None and not any(
                object_lemma(t) for t in tokens[end:end + 4] if forms(t)):
            return None
        return self.value(tokens, first, end, whole, tokens, 0)

    def clause(self, begin: int, stop: int, ends: re.Pattern = _CLAUSE_END) -> list:
        end = ends.search(self.text, begin, stop)
        return tokenize(self.morph, self.text, begin, end.start() if end else stop)

    # --- the readers ---------------------------------------------------------
    def leading(self, whole, start: int, stop: int) -> list:
        """"Из 15 комбинатов …, лишь четыре расположены за Уралом"."""
        inside = tokenize(self.morph, self.text, whole.start, whole.stop)
        first = next((t for t in inside if _starts_number(t)), None)
        if first is None or not _LEAD.search(self.text[start:first.span.start]):
            return []
        tokens = self.clause(whole.stop, stop)
        numbers = _numbers(tokens)
        out = []
        for n, (a, b) in enumerate(numbers):
            lo = numbers[n - 1][1] if n else 0
            hi = numbers[n + 1][0] if n + 1 < len(numbers) else len(tokens)
            found = self.part(tokens[lo:hi], a - lo, b - lo, whole)
            if found is not None:
                out.append(found)
        return out

    def numbered(self, whole, stop: int) -> list:
        """", 12 из них входят в группу", ", — полтора десятка из них закрылись", ", 60 с
        лишним из них — резиденты технопарка"."""
        tokens = self.clause(whole.stop, stop, _SENTENCE_END)
        for k, token in enumerate(tokens):
            if _is_number(token) and not is_scale(token) or any(
                    v.start == token.span.start for v in self.values):
                break  # another count before it
            if token.value not in (",", ";", "(") or k > 12:  # "16 (шесть из них …)"
                continue
            j = k + 1
            while j < len(tokens) and (is_dash(tokens[j]) or tokens[j].value.lower() in _LEAD_IN
                                       or tokens[j].value.lower() in _qualifiers()):
                j += 1  # ", и только три из них", ", при этом 31 из них", "; под сотню из них"
            numbers = _numbers(tokens[j:])
            end = j + numbers[0][1] if numbers else j
            above = 2 if end + 1 < len(tokens) and tokens[end].value.lower() == "с" and \
                tokens[end + 1].value.lower() in ("лишним", "небольшим") else 0  # "60 с лишним"
            if numbers and numbers[0][0] == 0 and _cue_at(tokens, end + above):
                seg = tokens[j:end] + self._until_comma(tokens[end + above + 2:])
                found = self.part(seg, 0, end - j, whole)
                return [found] if found is not None else []
        return []

    def adjective(self, whole, stop: int) -> list:
        """", крупных среди них не больше десятка"."""
        tokens = self.clause(whole.stop, stop)
        for k in range(len(tokens) - 3):
            if tokens[k].value == "," and _pos(tokens[k + 1]) & {"ADJF", "PRTF"} \
                    and _cue_at(tokens, k + 2):
                numbers = [n for n in _numbers(tokens) if n[0] > k + 3]
                if not numbers or any(t.value.lower() not in _qualifiers() and not is_dash(t)
                                      for t in tokens[k + 4:numbers[0][0]]):
                    return []  # only qualifiers: "крупных среди них не больше десятка"
                a, b = numbers[0]
                seg = tokens[k + 1:k + 2] + tokens[a:b] + self._until_comma(tokens[b:])
                found = self.part(seg, 1, 1 + b - a, whole)
                return [found] if found is not None else []
            if _is_number(tokens[k]):
                return []
        return []

    def sector_adjective(self, whole, stop: int) -> list:
        """"1 760 компаний, в том числе 640 текстильных": after a part cue, a number and
        sector adjectives whose noun is left out (the whole's): the adjectives' sector."""
        from .sectors import SectorValue

        cue = _part_cue().match(self.text, whole.stop, stop)
        if cue is None:
            return []
        tokens = self.clause(cue.end(), stop)
        out = []
        for a, b in _numbers(tokens):
            k = b
            while k < len(tokens) and _pos(tokens[k]) & {"ADJF", "PRTF"}:
                k += 1
            start = tokens[a].span.start
            if k == b or k < len(tokens) and tokens[k].value not in (",", "и") \
                    or self.covered(start):
                continue
            names = adjective_sectors(tokens[b:k], whole.object)
            count = count_value(self.morph, tokens[a:b])
            if names and count and count < whole.count:
                end = tokens[k - 1].span.stop
                out.append(SectorValue(start, end, self.text[start:end], count, whole.object,
                                       join_sectors(names), whole.count, via="part"))
        return out

    def _until_comma(self, rest: Sequence) -> list:
        out = []
        for token in rest:  # the part's clause: up to the next comma past the verb
            if token.value in (",", ":") and any("VERB" in _pos(t) for t in out):
                break
            out.append(token)
        return out


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset:
    """Words between a cue and its number ("не больше", "лишь", "около")."""
    return qualifier_words() | {"не", "только", "лишь", "больше", "меньше"}


def subgroup_counts(morph, text: str, values: list) -> list:
    """The parts of each whole in ``values`` that no rule counted (module docstring)."""
    if not values:
        return []
    parts = _Subgroups(morph, text, values)
    out: list = []
    for start, stop in sentences(text):
        for whole in [v for v in values if start <= v.start < stop]:
            if whole.total is not None:
                continue  # a part itself
            found = parts.leading(whole, start, stop) + parts.numbered(whole, stop) \
                + parts.adjective(whole, stop) + parts.after(whole, stop) \
                + parts.sector_adjective(whole, stop)
            for value in found:
                if not any(f.start == value.start for f in out):
                    out.append(value)
                    parts.values = values + out
    return out


def cue_totals(morph, text: str, values: list) -> list:
    """``values`` with the whole of an "из них" right before them as total, where they have
    none: "15 команд, из них 6 — проекты в сфере медицины" (the whole "N <counted noun>"
    nearest before the cue in the sentence, N larger than the part)."""
    out = list(values)
    for n, value in enumerate(out):
        if value.total is not None:
            continue
        begin = max(0, value.start - 200, sentence_at(text, value.start, (0, 0))[0])
        begin = max(begin, text.rfind(";", begin, value.start) + 1)  # the clause after ";"
        m = _TRAILING_CUE.search(text[begin:value.start])
        if m is None:
            continue
        tokens = tokenize(morph, text, begin, begin + m.start())
        for k in range(len(tokens) - 1, -1, -1):
            if not (_is_number(tokens[k]) or _GROUPS.match(tokens[k].value)) \
                    or k and _is_number(tokens[k - 1]):
                continue
            e = j = k + 1
            while e < len(tokens) and (_is_number(tokens[e]) or is_scale(tokens[e])):
                e = j = e + 1
            if j < len(tokens) and tokens[j].value == "." and e > k + 1:
                j += 1  # "1,2 тыс. компаний"
            while j < len(tokens) and _pos(tokens[j]) & {"ADJF", "PRTF"}:
                j += 1
            digits = text[tokens[k].span.start:tokens[e - 1].span.stop]
            whole = int(re.sub(r"\D", "", digits)) if _GROUPS.match(digits) else \
                count_value(morph, tokens[k:e])  # "1 200 компаний"
            whole = whole if j < len(tokens) and forms(tokens[j]) \
                and (object_lemma(tokens[j]) or _kind_of_firm(tokens[j])) else None  # "команд"
            if whole and whole > value.count:
                out[n] = replace(value, total=whole)
            break
    return out


_SIBLING_GAP = re.compile(r"\s*(?:[,;]\s*(?:(?:а|и)\s+)?|\s(?:и|а)\s+)(?:(?:ещё|еще)\s+)?")
_DASHED_ITEM = re.compile(r"[\d\s\u00a0]*[а-яё]*(?:\s+[а-яё]+)?\s+[—–]\s", re.I)


def carried_totals(morph, text: str, values: list) -> list:
    """``values`` with the whole of a part carried to the parts listed after it (w158): "в
    том числе 21 — в машиностроении, девять — в металлургии и одна — в судостроении" (31 for
    each); a dashed item right after a part of the same noun, the list not yet past the
    whole. A sector glued to the next item's number is cut: "металлургии и одна"."""
    out = [_unglued_number(morph, v) for v in values]
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    for i, j in zip(order, order[1:]):
        part, item = out[i], out[j]
        if part.total is None or item.total is not None or item.object != part.object \
                or item.count >= part.total or item.start < part.stop:
            continue
        if _SIBLING_GAP.fullmatch(text[part.stop:item.start]) is None \
                or _DASHED_ITEM.match(text, item.start) is None:
            continue
        out[j] = replace(item, total=part.total)
    return out


def _unglued_number(morph, value):
    """"металлургия и одна" -> "металлургия": the next item's number word is no sector."""
    head, sep, last = value.sector.rpartition(" и ")
    if sep and head and " " not in last and any(
            p.tag.POS == "NUMR" or p.normal_form == "один" and p.tag.POS == "ADJF"
            for p in morph.parse(last)[:1]):
        return replace(value, sector=head)
    return value


__all__ = ["carried_totals", "cue_totals", "subgroup_counts"]
