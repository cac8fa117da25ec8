"""Counts with the noun left out in a clause after a count (round 15, w163; the class
"a subset or more firms counted in the next clause"; docs/gold-conventions.md, ``object``: a
count without a noun of its own takes the counted noun of the clause before).

After a count ("14 производителей светотехники", "порядка 120 верфей"), the next clause of
the sentence often counts some of the same firms, or more of them, with the noun left out:

* a subset, said with a restricting word ("лишь", "только", "всего", "не более", "не
  больше", "максимум") or a smaller number after "но": "…, но продукцию экспортируют лишь
  3", "…, но серийный выпуск наладили не более 15", "…, причём только 120 имеют допуск",
  "…, но на федеральном уровне работают 35–40": the count's object and
  sector carry over (the sector is the firms' own, whatever else the clause says);
* the clause names a trade of its own with a marker verb of ``sector_markers.tsv`` and its
  complement, after or before the verb: "…, но глубокой переработкой занимаются только
  одиннадцать", "…, ещё одна ведёт геологоразведку", "…, а 25 уже выпускают тест-системы":
  that trade is the sector (a "head" marker needs a complement with ОКВЭД codes, any marker
  a complement whose head is no ``sector_nonsector_heads.txt`` noun);
* "ещё" / "плюс" and a verb with no trade of its own ("…, ещё четыре ведут переговоры о
  скидках", "…, а ещё восемь перешли в руки конкурентов"): more firms of the same kind, the
  sector carried over only where the count before says it in its noun phrase
  (:func:`.sector_elided_more._in_noun_phrase`; "20 фирм занимаются ремонтом, ещё 9 подали
  заявки" is no count of a trade).

The number must stand alone (no noun after it but the count's own, no counted noun of its
own before it: "…; прошлым летом операторов было только четыре"), not after a preposition
("на 40%", "до 96"), and the clause must have a predicate. The total is null, but the count
before after "из них" / "из которых" ("…, из них только пять выпускают X"), and a part's own
total for its sibling ("из которых 84 ведут вылов, а 42 занимаются рыбопереработкой"). A
number another reader read is left alone.

:func:`scale_sectors`: a scale word read as the trade ("…, из которых лишь 40 выпускают
больше 100 тыс. изделий": "тыс") gives way to the whole's sector, or the reading is dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicons import load_list
from .okved import okved_codes
from .sector_context import count_value, object_lemma
from .sector_elided_more import _in_noun_phrase
from .sector_normal import sector_name
from .sector_number_tokens import is_count_number as _is_number
from .sector_scan import sentences
from .sector_words import first_grams, forms, in_case, is_preposition, lexicon, tokenize

_GATE = re.compile(r"[,;]\s*(?:но|а|причём|причем|однако|зато|плюс|и|при\s+этом)\s|"
                   r"\b(?:ещё|еще|лишь|только|всего|не\s+более|не\s+больше|максимум)\s", re.I)
_LEADS = frozenset({"но", "а", "причём", "причем", "однако", "зато", "и", "при", "этом"})
_RESTRICT = frozenset({"лишь", "только", "всего", "не", "максимум"})
_MORE = frozenset({"ещё", "еще", "плюс"})
_QUALS = frozenset({"лишь", "только", "всего", "не", "более", "больше", "максимум", "около",
                    "порядка", "примерно", "почти", "уже", "ещё", "еще", "плюс", "свыше",
                    "где-то", "приблизительно", "сейчас", "теперь"})
_ENDS = frozenset({",", ";", ".", "!", "?", "(", ")", ":", "—", "–", "«", "»"})
_PREDICATE = frozenset({"VERB", "PRTS", "INFN"})
_CONTENT = frozenset({"ADJF", "PRTF", "NOUN"})
_UNKNOWN = "?"  # a head marker's complement with no ОКВЭД codes
_NO_TRADE = "-"  # a complement that names no trade ("ведут переговоры", "строит цех")


@lru_cache(maxsize=1)
def _nonsector_heads() -> frozenset[str]:
    return load_list("sector_nonsector_heads.txt") | load_list("sector_subset_nonsector.txt")


@lru_cache(maxsize=1)
def _verb_markers() -> dict:
    """verb lemma -> [(prepositions, case, headed)] of the ``verb`` rows."""
    out: dict = {}
    for m in lexicon().markers:
        if m.kind != "verb":
            continue
        for lemma in m.lemmas:
            out.setdefault(lemma, []).append((m.prepositions, m.case, m.headed))
    return out


def _lemma(token) -> str:
    return forms(token)[0].normalized if forms(token) else token.value.lower()


def _content(token) -> bool:
    return token.type == "LATIN" or bool(forms(token)) and bool(
        first_grams(token) & _CONTENT) and not _is_number(token)


def _phrase(tokens: Sequence, k: int, step: int) -> list:
    """The run of content words (joined by "и") from ``tokens[k]`` going ``step``."""
    out = []
    j = k
    while 0 <= j < len(tokens) and (_content(tokens[j]) or tokens[j].value.lower() == "и"
                                    and 0 <= j + step < len(tokens) and out
                                    and _content(tokens[j + step])):
        out.append(tokens[j])
        j += step
    return out if step > 0 else out[::-1]


def _complement(morph, clause: Sequence, verb: int) -> Optional[str]:
    """The trade the clause's marker verb names: its complement after the verb, or fronted
    before it ("глубокой переработкой занимаются ..."), in the marker's case."""
    unknown = False
    for preps, case, headed in _verb_markers().get(_lemma(clause[verb]), ()):
        candidates = []
        if preps:
            for k, t in enumerate(clause):
                if t.value.lower() in preps and k + 1 < len(clause):
                    candidates.append(_phrase(clause, k + 1, 1))
        else:
            j = verb + 1
            while j < len(clause) and (first_grams(clause[j]) & {"ADVB", "PRCL"}
                                       or clause[j].value.lower() in _QUALS):
                j += 1
            candidates.append(_phrase(clause, j, 1))
            candidates.append(_phrase(clause, verb - 1, -1))
        for words in candidates:
            while words and not words[-1].value.isalpha() and words[-1].type != "LATIN":
                words = words[:-1]
            if not words or words[0].value.lower() == "и" or not (
                    words[0].type == "LATIN" or in_case(words[0], case)):
                continue
            if any(t.type == "LATIN" for t in words):  # "работают в FinTech": a field
                return " ".join(t.value for t in words)
            name = sector_name(morph, words, case)
            if not name:
                continue
            head = next((_lemma(t) for t in words if "NOUN" in first_grams(t)), None)
            if head is None:
                continue
            if len(words) == 1 and head.replace("ё", "е") in _nonsector_heads():
                return _NO_TRADE  # "продукцию экспортируют", not "выпускают погонажные изделия"
            if headed and not okved_codes(morph, name):
                unknown = unknown or not preps  # "делают решения для АСУ ТП": unproven;
                # "работают на федеральном уровне": a frame, no trade
                continue
            return name
    return _UNKNOWN if unknown else None


def _clauses(tokens: Sequence) -> list[tuple[int, int]]:
    spans, a = [], 0
    for k, t in enumerate(tokens + [None]):
        if t is not None and t.value in "–-" and 0 < k < len(tokens) - 1 \
                and _is_number(tokens[k - 1]) and _is_number(tokens[k + 1]):
            continue  # "35–40": a range
        if t is None or t.value in _ENDS:
            if k > a:
                spans.append((a, k))
            a = k + 1
    return spans


def _alone(morph, clause: Sequence, j: int, end: int, obj: str) -> bool:
    """The number ``clause[j:end]`` has no noun of its own (but ``obj``) and no preposition."""
    k = j - 1
    while k >= 0 and clause[k].value.lower() in _QUALS:
        k -= 1
    if k >= 0 and is_preposition(clause[k]):
        return False
    if end < len(clause):
        nxt = clause[end]
        if nxt.value in ("%", "тыс", "млн", "млрд") or nxt.value.lower() == "из":
            return False
        if forms(nxt) and "NOUN" in first_grams(nxt) and object_lemma(nxt) != obj:
            return False
    return True


def _reading(morph, clause: Sequence, anchor_value: int, obj: str, carry: Optional[str],
             own_phrase: bool):
    """(first, last, value, sector, total) of an elided count in ``clause``, or None."""
    verbs = [k for k, t in enumerate(clause) if first_grams(t) & _PREDICATE and not _is_number(t)]
    if not verbs:
        return None
    for j, token in enumerate(clause):
        if not _is_number(token) or j and _is_number(clause[j - 1]):
            continue
        end = j
        while end < len(clause) and (_is_number(clause[end]) or clause[end].value in "–-"
                                     and end + 1 < len(clause) and _is_number(clause[end + 1])):
            end += 1
        run = [t for t in clause[j:end] if _is_number(t)]
        value = count_value(morph, run[-1:]) if len(run) > 1 and any(
            t.value in "–-" for t in clause[j:end]) else count_value(morph, run)
        if not value or token.type == "INT" and len(token.value) == 4 and 1900 <= value <= 2100:
            continue
        if not _alone(morph, clause, j, end, obj):
            continue
        if any(forms(t) and object_lemma(t) not in (None, obj) for t in clause[:j]):
            return None  # "…; прошлым летом операторов было только четыре": a noun of its own
        before = {t.value.lower() for t in clause[max(0, j - 3):j]}
        lead = {t.value.lower() for t in clause[:j]}
        whole = bool(lead & {"них", "которых"}) and bool(lead & {"из", "среди"})
        restricted = bool(before & _RESTRICT) or whole or (
            clause[0].value.lower() == "но" and bool(anchor_value) and value < anchor_value)
        more = bool(before & _MORE)
        if restricted and anchor_value and value >= anchor_value:
            continue
        own = None
        found = [_complement(morph, clause, v) for v in verbs]
        own = next((x for x in found if x not in (None, _UNKNOWN, _NO_TRADE)), None) or next(
            (x for x in found if x), None)
        if own is None and any(not preps for v in verbs
                               for preps, _, _ in _verb_markers().get(_lemma(clause[v]), ())):
            continue  # "решения для АСУ ТП делают не больше двадцати": a product unread
        if own == _NO_TRADE:
            own = None
        if own == _UNKNOWN:
            continue  # the clause names something the firms make: never the count's sector
        if own:
            sector = own
        elif restricted and carry:
            sector = carry
        elif more and carry and own_phrase:
            sector = carry
        else:
            continue
        return j, max(end, verbs[-1] + 1) - 1, value, sector, anchor_value if whole else None
    return None


def subset_counts(morph, text: str, values: list) -> list:
    """``values`` with the elided counts of the module's docstring added."""
    from .sectors import SectorValue

    if not values or _GATE.search(text) is None:
        return values
    out = list(values)
    for start, stop in sentences(text):
        inside = sorted((v for v in values if start <= v.start < stop), key=lambda v: v.start)
        if not inside or _GATE.search(text, inside[0].stop, stop) is None:
            continue
        for n, anchor in enumerate(inside):
            limit = inside[n + 1].start if n + 1 < len(inside) else stop
            tokens = tokenize(morph, text, anchor.stop, limit)
            for a, b in _clauses(tokens):
                clause = tokens[a:b]
                if not clause or a == 0 or tokens[a - 1].value not in (",", ";"):
                    continue  # the rest of the count's own clause, or after a dash
                if not (clause[0].value.lower() in _LEADS | _MORE
                                                      or {t.value.lower() for t in clause}
                                                      & (_RESTRICT | _MORE)):
                    continue
                found = _reading(morph, clause, anchor.count, anchor.object,
                                 anchor.sector, _in_noun_phrase(morph, text, anchor))
                if found is None:
                    continue
                first, last, value, sector, total = found
                if anchor.total is not None and total is None:
                    total = anchor.total  # "из которых 84 осуществляют X, а 42 — Y": siblings
                x, y = clause[first].span.start, clause[-1].span.stop
                if any(v.start < y and x < v.stop for v in out):
                    continue  # read by another rule
                out.append(SectorValue(x, y, text[x:y], value, anchor.object, sector, total,
                                       via="subset_clause"))
    return out




# --- a quantity read as the trade -------------------------------------------------------------
_SCALES = frozenset({"тыс", "тыс.", "тысяча", "млн", "млн.", "миллион", "млрд", "млрд.",
                     "миллиард", "штука", "шт", "шт."})
_PART_CUE = re.compile(r"\b(?:из|среди)\s+(?:них|которых)\b", re.I)


def scale_sectors(morph, text: str, values: list) -> list:
    """``values`` where a sector that is a scale word ("…, из которых лишь 40 выпускают больше
    100 тыс. изделий": "тыс") is no trade: a part after "из них" / "из которых" takes the
    whole's sector and number as total, any other such reading is dropped."""
    from dataclasses import replace

    out = []
    for v in values:
        if v.sector.lower().replace("ё", "е").strip() not in _SCALES:
            out.append(v)
            continue
        whole = max((w for w in values if w.stop <= v.start and w.count > v.count
                     and w.object == v.object and w.sector.lower() not in _SCALES
                     and _PART_CUE.search(text, w.stop, v.start)
                     and not re.search(r"[.!?]\s", text[w.stop:v.start])),
                    key=lambda w: w.stop, default=None)
        if whole is not None:
            out.append(replace(v, sector=whole.sector, total=whole.count))
    return out


__all__ = ["scale_sectors", "subset_counts"]
