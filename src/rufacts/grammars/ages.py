"""Ages are not durations: "в возрасте 50 лет", "ему исполняется 65 лет", "Иван Петров,
35 лет", "детям до 12 лет", "40-летний нападающий", "117 лет и 168 дней". NEREL and a
reader alike call these someone's age, not a span of time; the amounts component drops
them. Cue words are ``lexicons/durations.tsv`` (classes age, after, filler, person) and
``role_words.txt``.

    >>> from rufacts.grammars.durations import find_durations
    >>> text = "В возрасте 12 лет он переехал в Казань, а турнир шёл 12 лет."
    >>> [(d.text, is_age(text, d)) for d in find_durations(text) or _amounts(text)]
    [('12 лет', True), ('12 лет', False)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from rufacts.lexicons import load_list, load_rows

__all__ = ["is_age"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PREP = frozenset({"до", "от", "по"})


@lru_cache(maxsize=1)
def _cues():
    table: dict[str, set[str]] = {}
    for cls, form, _ in load_rows("durations.tsv"):
        table.setdefault(cls, set()).add(form)
    roles = {w for w in load_list("role_words.txt")}
    return (frozenset(table.get("age", ())), frozenset(table.get("after", ())),
            frozenset(table.get("filler", ())), frozenset(table.get("person", ())) | roles,
            frozenset(table.get("copula", ())))


def _amounts(text):  # for the doctest: the amounts grammar's durations
    from rufacts.grammars.amounts import AmountParser
    return [a for a in AmountParser().findall(text) if a.kind == "duration"]


def is_age(text: str, duration, morph=None) -> bool:
    """True when a number of years (or the days after one) is someone's age."""
    ages, after, fillers, persons, copulas = _cues()
    start, stop = duration.start, duration.stop
    if duration.unit in ("day", "month") and morph is not None:
        m = re.search(r"(\d+)\s+(лет|года?)\s*(?:и\s+)?$", text[max(0, start - 20):start])
        if m:  # "в возрасте 117 лет и 168 дней": the days continue an age
            s = start - (len(text[max(0, start - 20):start]) - m.start())
            return is_age(text, _Years(s, s + len(m.group(1)) + 1 + len(m.group(2))), morph)
    if duration.unit != "year":
        return False
    lead = text[max(0, start - 60):start]
    listed = re.search(r"(?:\d+\s*(?:,|и)\s*)+$", lead)  # "в 60 и 65 лет", "(12, 11 и 7 лет)"
    if listed:
        lead = lead[:listed.start()]
    before = _WORD.findall(lead)[-7:]
    words = [w for w in before if w.lower() not in fillers]
    low = [w.lower() for w in words]
    prep = "до" in duration.text.lower() or (low[-1:] == ["до"])
    if low[-1:] and low[-1] in ("в", "с") and "летн" not in duration.text.lower():
        # "в 19 лет", "начал рисовать с шести лет"; not "врач с 30-летним стажем"
        return True
    if any(w.startswith("возраст") for w in low[-3:]):
        return True
    if low[-1:] and not prep and (low[-1] in ages or (
            low[-1] in copulas and _dative_before(
                [w if w[:1].isupper() else w.lower() for w in words[-4:-1]], ages, morph))):
        return True  # "ему было 65 лет", "Пилоту было 38 лет", "исполняется 145 лет"; not "ей грозит до 15 лет"
    if any(w in ("моложе", "старше", "младше") for w in low[-2:]):
        return True  # "младше него на 50 лет"
    next_words = _WORD.findall(text[stop:stop + 20])[:1]
    if next_words and next_words[0].lower() in after:
        return True
    left = lead.rstrip()[-1:]
    right = text[stop:].lstrip()[:1]
    if left in ("(", ",", "—") and right in (")", ",", "("):  # "Иван Петров, 35 лет, инженер"
        return True
    if left == "(" and listed:
        return True
    if morph is None:
        return False
    if words and left.isalpha() and (right in (",", ".", ")", "\n", "") or right.isupper()) \
            and _name(morph, words[-1]):
        return True  # "Поленти 50 лет, ...", "Робел Филипос, 19 лет."
    if left == "," and right in (".", ")") and before and _name(morph, before[-1]):
        return True
    core = [w for w in words if w.lower() not in _PREP]
    if core and (core[-1] == words[-1] or low[-1] in _PREP):
        # "Герману Кейну 65 лет", "Молодой супруге 27 лет", "детям до 12 лет", "девочка 16 лет,"
        parses = morph.parse(core[-1].lower())[:2]
        for p in parses:
            if p.tag.POS != "NOUN" or not ("anim" in p.tag or {"Name", "Surn"} & p.tag.grammemes):
                continue
            if "datv" in p.tag and (core[-1][0].islower() or {"Name", "Surn"} & p.tag.grammemes
                                    or "anim" in p.tag):
                return True
            if "gent" in p.tag and prep and core[-1][0].islower():
                return True
            if "nomn" in p.tag and core[-1][0].islower() and right in (",", ".", ")"):
                return True
    if duration.text[-1:].isalpha() and "летн" in duration.text.lower():
        return _person_after(text, stop, morph, after, persons)
    return False


def _dative_before(words, ages, morph) -> bool:
    """"ему было", "Поэту было", "которой на тот момент было": a dative before the copula."""
    for word in reversed(words):
        if word in ages:
            return True
        if word[:1].isupper() and morph is not None and _name(morph, word):
            return True  # "Овьедо было 69 лет": a name that does not decline
        if morph is not None and any("datv" in p.tag and p.tag.POS in ("NOUN", "NPRO")
                                     for p in morph.parse(word)[:2]):
            return True
    return False


class _Years:
    unit = "year"
    text = ""

    def __init__(self, start, stop):
        self.start, self.stop = start, stop


def _name(morph, word: str) -> bool:
    """A capitalized name: a first name or surname, or a word the dictionary does not know."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    parses = morph.parse(word.lower())
    return any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses[:2]) \
        or all(p.score < 0.1 or "UNKN" in p.tag or not p.is_known for p in parses[:1])


def _person_after(text: str, stop: int, morph, after, persons) -> bool:
    """"40-летний нападающий", "53-летний экс-министр", "38-летнего топ-менеджера":
    the adjective before a person (a name, an animate noun, a role)."""
    found = _WORD.findall(text[stop:stop + 60])[:5]
    for i, word in enumerate(found[:4]):
        low = word.lower()
        if word[0].isupper():
            return True  # a name: "40-летний Нур Вали Мехсуд"
        tail = low.split("-")[-1]
        parses = morph.parse(low)
        adjective = parses[0].tag.POS in ("ADJF", "PRTF")
        lemmas = {p.normal_form for p in parses[:2]} | {p.normal_form for p in morph.parse(tail)[:2]}
        if low in after or tail in after:
            return True
        if lemmas & persons or {low, tail} & persons:
            nxt = morph.parse(found[i + 1].lower())[0] if i + 1 < len(found) else None
            if not adjective or nxt is None or nxt.tag.POS != "NOUN":
                return True  # "48-летний бывший военный", not "40-летней военной службы"
        elif any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses[:2]):
            return True
        if not any(p.tag.POS in ("ADJF", "PRTF", "ADVB") for p in parses[:1]):
            return False
    return False
