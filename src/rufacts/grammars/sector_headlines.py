"""Headline and news-wire grammar of sector counts (w149, issue 11, the family "headline and
news-wire grammar"; words in ``sector_headline_words.tsv``).

A headline or a wire item is cut into clauses by ",", ";" and ":"; a lead before a colon
("Кострома:", "Тамбовская обл.:", "Уральские металлурги:") names a place or a topic. Rules:

* the count last, its noun in the genitive plural first: "<adjectives> <noun> — N"
  ("осетровых ферм — 7, икорных цехов — 4", "ювелирных предприятий — 420", an agent noun
  "станкостроителей — 27"): the adjectives' industry, or the agent noun's;
* a part after it: "из них 60 крупные и средние" (no industry of its own: the whole's
  object and sector, the whole's number as total), "осетровых из них — 4" (its own
  adjective's sector, the whole as total);
* an earlier figure of the same count: "…, год назад было 19";
* a list of places: "Сахалин — 15 рыбоводных заводов, Курилы — 8": the second place's
  number counts the first item's noun in its sector;
* states of sites are no sectors ("7 заводов — на ремонте, 2 — на консервации"); a topic
  lead naming a trade's people ("Уральские металлурги:") gives those counts its industry.

Cheap gate: a sentence is read only when it has a dash or a colon and a digit.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_normal import join_sectors
from .sector_nouns import agent_industry
from .sector_number_tokens import is_count_number
from .sector_scan import sentences
from .sector_words import first_grams, forms, in_case, is_dash, is_sector_adjective, tokenize

_GATE = re.compile(r"[—–:-]")
_DIGIT = re.compile(r"\d")
_CUTS = frozenset({",", ";", ":"})


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    from ..lexicons import load_rows

    out: dict[str, dict[str, str]] = {}
    for row in load_rows("sector_headline_words.tsv"):
        out.setdefault(row[0], {})[row[1].replace("ё", "е")] = row[2] if len(row) > 2 else ""
    return out


def _lemma(token) -> str:
    f = forms(token)
    return f[0].normalized.replace("ё", "е") if f else token.value.lower()


def _clauses(tokens: Sequence) -> list[list]:
    out: list[list] = [[]]
    for t in tokens:
        if t.value in _CUTS:
            out.append([])
        else:
            out[-1].append(t)
    return [c for c in out if c]


def _number(morph, token) -> Optional[int]:
    return count_value(morph, [token]) if token.value.isdigit() else None


def _value(text: str, a: int, b: int, count: int, obj: str, sector: str,
           total: Optional[int]):
    from .sectors import SectorValue

    return SectorValue(a, b, text[a:b], count, obj, sector, total, via="headline")


def _noun_last(morph, clause: Sequence, bare: bool = True) -> Optional[tuple[int, str, str, int]]:
    """"<adjectives> <noun gen. pl.> — N" (the whole clause): (N, object, sector, start);
    a noun without adjectives ("станкостроителей — 27") only where ``bare``."""
    if len(clause) < 3 or not is_dash(clause[-2]) or _number(morph, clause[-1]) is None:
        return None
    words = [t for t in clause[:-2] if t.value.lower() != "и"]
    noun = words[-1] if words else None
    if noun is None or not in_case(noun, "gent") or not any(
            "plur" in f.grams.values for f in forms(noun) if "NOUN" in f.grams.values):
        return None
    adjectives = words[:-1]
    if not adjectives and not bare:
        return None
    if not all("ADJF" in first_grams(t) or "PRTF" in first_grams(t) for t in adjectives):
        return None
    obj = object_lemma(noun) or next(
        (f.normalized for f in forms(noun) if "NOUN" in f.grams.values), None)
    sector = join_sectors(adjective_sectors(adjectives + [noun], obj)) \
        if object_lemma(noun) else None  # a counted noun of the lexicons, not "скважин"
    if not sector and obj and not adjectives:
        sector = agent_industry(obj)  # "станкостроителей — 27"
    if not sector:
        return None
    return _number(morph, clause[-1]), obj, sector, clause[0].span.start


def _topic(clauses: list[list]) -> Optional[str]:
    """The industry of a topic lead: "Уральские металлурги:" (adjectives, a ``topic``
    noun in the nominative plural), the sentence's first clause before a colon."""
    lead = clauses[0] if clauses else []
    if not lead or len(lead) > 4:
        return None
    topics = _words().get("topic", {})
    last = lead[-1]
    return next((topics[f.normalized.replace("ё", "е")] for f in forms(last)
                 if f.normalized.replace("ё", "е") in topics and "plur" in f.grams.values),
                None)


def _states(values: list, topic: Optional[str], lo: int, hi: int) -> list:
    """Counts of the sentence whose sector is a state ("на ремонте"): the topic's industry,
    or none at all."""
    states = _words().get("state", {})
    out = []
    for v in values:
        if lo <= v.start < hi and v.sector.lower().replace("ё", "е") in states:
            if topic is None:
                continue
            v = replace(v, sector=topic)
        out.append(v)
    return out


def _in(values: list, a: int, b: int) -> list:
    return [v for v in values if a <= v.start < b or v.start < a < v.stop]


def headline_counts(morph, text: str, values: list) -> list:
    """The values with the headline rules applied (see the module's docstring)."""
    if not _GATE.search(text) or not _DIGIT.search(text):
        return values
    for lo, hi in sentences(text):
        chunk = text[lo:hi]
        if not _GATE.search(chunk) or not _DIGIT.search(chunk):
            continue
        clauses = _clauses(tokenize(morph, text, lo, hi))
        values = _states(values, _topic(clauses) if ":" in chunk else None, lo, hi)
        # a lead with a sector word of its own ("Итоги туристического сезона: гостиниц —
        # 84, …") is the counts' topic: a bare noun's own trade is not their sector
        bare = ":" not in chunk or len(clauses) < 2 or not any(
            is_sector_adjective(t) for t in clauses[0])
        values = _sentence(morph, text, clauses, values, bare)
    return values


_PLACED = re.compile(r"(?:\s+и\s+|,\s*(?:а\s+|и\s+)?)(?P<n>\d+|[а-яё]+)\s+[—–]\s+"
                     r"(?P<prep>из|в|во|на)\s+[А-ЯЁ][а-яё-]+\s*(?=[,.;:!?]|$)")


# the place said last before the sibling: "из Свердловской области", "в Екатеринбурге"
_PLACE_LAST = re.compile(r"(?<!\S)(?P<prep>из|в|во|на)\s+[А-ЯЁ][а-яё-]+(?:\s+[а-яё]+)?"
                         r"(?=\s*(?:и\s+|,\s*(?:а\s+|и\s+)?)(?:\d+|[а-яё]+)\s+[—–]\s)")
# a part and its verb before the place: "12 из них работают в Екатеринбурге"
_VERB_ONLY = re.compile(r"\s+(?:из\s+них\s+)?[а-яё]+\s+")


def placed_siblings(morph, text: str, values: list) -> list:
    """"пять стартапов из Иннополиса и три — из Сколково", "семь заводов в Татарстане, а
    четыре — в Башкирии": a bare number after a dash and the same preposition of place as
    the count before it, with a capitalised name: the count before's noun, sector and whole
    (w180: the place may be inside the count's own span, "14 заводов X из Свердловской
    области и шесть — из Татарстана", or after a part's verb, "12 из них работают в
    Екатеринбурге, семь — в Перми")."""
    if "—" not in text and "–" not in text:
        return values
    added = []
    for m in _PLACED.finditer(text):
        a = m.start("n")
        if any(v.start <= a < v.stop for v in values):
            continue
        count = count_value(morph, tokenize(morph, text, a, m.end("n")))
        before = [v for v in values if v.stop <= m.start() and not _cut_between(text, v.stop,
                                                                               m.start())]
        if count is None or not before:
            continue
        last = max(before, key=lambda v: v.stop)
        place = next((p for p in _PLACE_LAST.finditer(text, last.start, m.end())
                      if p.end() <= m.start() + 1), None)
        if place is None or place.group("prep").replace("во", "в") != \
                m.group("prep").replace("во", "в") or not (
                    place.start() >= last.stop or last.start <= place.start() < last.stop
                    and last.stop <= place.end() + 1 or _VERB_ONLY.fullmatch(
                        text, last.stop, place.start())):
            continue
        added.append(_value(text, a, m.end(), count, last.object, last.sector, last.total))
    return values + added


def _cut_between(text: str, a: int, b: int) -> bool:
    return any(c in text[a:b] for c in ".;:!?")


def _sentence(morph, text: str, clauses: list[list], values: list, bare: bool = True) -> list:
    prev = None  # the last count read in a clause before: (value, the clause's first word)
    for clause in clauses:
        a, b = clause[0].span.start, clause[-1].span.stop
        own = _in(values, a, b)
        found = _noun_last(morph, clause, bare)
        if found is not None and not any(v.count == found[0] for v in own):
            new = _value(text, found[3], b, found[0], found[1], found[2], None)
            values.append(new)
            own = [new]
        elif prev is not None and not own:
            new = _follower(morph, text, clause, prev[0], prev[1])
            if new is not None:
                values.append(new)
                own = [new]
        elif prev is not None and own and prev[0].total is None:
            values = [_part_total(clause, v, prev[0]) if v in own else v for v in values]
            own = [_part_total(clause, v, prev[0]) for v in own]
        if own:
            prev = (own[0], clause)
    return values


def _part_total(clause: Sequence, value, whole):
    """"осетровых из них — 4": a part after "из них" of the whole before has it as total."""
    words = [t.value.lower() for t in clause]
    if value.total is None and "из" in words and "них" in words and value.object == whole.object \
            and value.count < whole.count:
        return replace(value, total=whole.count)
    return value


def _follower(morph, text: str, clause: Sequence, whole, before: Sequence):
    """A clause with a bare number after a count: a part "из них 60 крупные и средние", an
    earlier figure "год назад было 19", or the next place of a list "Курилы — 8"."""
    numbers = [k for k, t in enumerate(clause) if _number(morph, t) is not None]
    if not numbers:
        return _place_word(morph, text, clause, whole, before)
    if len(numbers) != 1:
        return None
    k = numbers[0]
    count = _number(morph, clause[k])
    words = [t.value.lower() for t in clause]
    rest = clause[k + 1:]
    a, b = clause[0].span.start, clause[-1].span.stop
    if words[:2] == ["из", "них"] and k <= 3 and count < whole.count and all(
            t.value.lower() == "и" or (("ADJF" in first_grams(t) or is_dash(t))
                                       and not is_sector_adjective(t)) for t in rest) and rest:
        return _value(text, a, b, count, whole.object, whole.sector, whole.count)
    if k == 0 and len(clause) >= 4 and is_dash(clause[1]) and words[2] in ("на", "в", "во") \
            and _lemma(clause[3]) in _words().get("state", {}):
        return _value(text, a, b, count, whole.object, whole.sector, None)  # "2 — на консервации"
    earlier = _words().get("earlier", {})
    if k == len(clause) - 1 and any(_lemma(t) in earlier or t.value.lower() in earlier
                                    for t in clause[:k]) and not any(
            "NOUN" in first_grams(t) and _lemma(t) not in ("год",) for t in clause[:k]):
        return _value(text, a, b, count, whole.object, whole.sector, None)
    if k == len(clause) - 1 and k >= 2 and is_dash(clause[k - 1]) and _named_lead(clause[:k - 1]) \
            and _named_lead(_lead_of(before)):
        return _value(text, a, b, count, whole.object, whole.sector, None)
    return None


def _place_word(morph, text: str, clause: Sequence, whole, before: Sequence):
    """The next place of a list with its number in words (w158): "Марий Эл — 2 новые
    сыроварни, Чувашия — 3, Мордовия — одна", "Курск — 7 элеваторов, Орёл — пять"."""
    k = next((k for k, t in enumerate(clause) if is_dash(t)), None)
    words = [t for t in clause[k + 1:] if t.value not in ".!?"] if k else ()
    if not words or len(words) > 3 or not all(is_count_number(t) for t in words) \
            or not _named_lead(clause[:k]) or not _named_lead(_lead_of(before)):
        return None
    count = count_value(morph, list(words))
    if not count:
        return None
    return _value(text, clause[0].span.start, words[-1].span.stop, count, whole.object,
                  whole.sector, None)


def _lead_of(clause: Sequence) -> Sequence:
    """The words before the first dash of a clause ("Сахалин — 15 рыбоводных заводов")."""
    k = next((k for k, t in enumerate(clause) if is_dash(t)), None)
    return clause[:k] if k else ()


def _named_lead(words: Sequence) -> bool:
    """One to three capitalised words, a place or a name: "Курилы", "Ростовская обл."."""
    words = [t for t in words if t.value != "."]
    return 0 < len(words) <= 3 and words[0].value[:1].isupper() and all(
        t.type == "RU" and not any(c.isdigit() for c in t.value) for t in words)
