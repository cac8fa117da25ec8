"""Elided counts after a counted phrase, and counts whose "sector" names no industry (w140,
the family "parts and elided counts after a counted whole, and false counts";
docs/gold-conventions.md, ``object``: a count without a noun of its own takes the counted
noun of the clause before; "What is a count").

Elided counts ("ещё" + a number and no noun, after a count found by another reader whose
sector is said in its noun phrase, "12 угледобывающих предприятий", "четыре производителя
мебели", "пять застройщиков"; a sector said by the predicate, "20 фирм занимаются
ремонтом, ещё 9 подали заявки", is not carried over, the nine may be other firms):

* the number inside a prepositional group, the noun left out: "…, ещё у трёх отозваны
  лицензии", "…, ещё в отношении пяти начата процедура банкротства", "…, ещё с четырьмя
  расторгнуты договоры"; a noun after the number must be the count's own counted noun
  ("ещё у трёх компаний"), any other noun ("ещё у шести человек") is no count of the firms;
* the number as the subject of an intransitive verb or a short participle whose clause
  names no industry: "…, ещё три готовятся выйти на рынок Армении", "…, ещё два собираются
  начать работу в Киргизии"; a clause with a word of ОКВЭД codes or a Latin field ("ещё
  два выпускают бетон", "ещё пять работают в FinTech") or a transitive verb ("ещё шесть
  продают кофе") is read by other rules.

Both keep the object, the sector and the whole of the count before them, and never replace a
reading another rule made of the same number.

The owner of a count written as a genitive place ("14 ферм Вологодской области, в
Костромской — шесть"): :func:`past_owner_place` finds where the words after the count go on
past it, so that :mod:`.sector_earlier` reads the same firms counted in another place.

False counts: :func:`unfounded_counts` drops a count whose sector is a place phrase alone
("заводов Свердловской и Челябинской областей" read as the industry) or a support instrument
the firms receive (an adjective of ``sector_support_terms.txt`` first: "льготный лизинг",
"беспроцентные займы"). Events the firms take part in ("аукцион", "миссия") are heads of
``sector_nonsector_heads.txt`` (:mod:`.sector_not_counts`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicons import load_list
from .lowered_search import has_match
from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_parts_places import _named, _place_noun
from .sector_number_tokens import LONE_SCALE, is_count_number as _is_number
from .sector_scan import sentence_at, sentences
from .sector_words import any_grams, first_grams, forms, is_preposition, tokenize

_STILL = frozenset({"ещё", "еще"})
_LEADS = frozenset({",", ";", "а", "и", "но"})
_ENDS = frozenset({",", ";", ".", "!", "?", "»", "—", "–", "(", ")"})
_PREDICATE = frozenset({"VERB", "PRTS", "ADJS", "INFN"})
_CONTENT = frozenset({"NOUN", "ADJF", "PRTF"})
_JOINS = frozenset({"и", ","})


@lru_cache(maxsize=1)
def _noun_preps() -> frozenset[str]:
    """Prepositions whose phrase stays in the counted noun's phrase ("заводов по выпуску
    цемента", "цехов для ремонта": ``sector_noun_prepositions.txt``)."""
    return load_list("sector_noun_prepositions.txt")


@lru_cache(maxsize=1)
def _support_terms() -> frozenset[str]:
    return load_list("sector_support_terms.txt")


# --- a genitive place after the count --------------------------------------------------------
def _genitive_place(token) -> bool:
    """"Вологодской", "Костромской", "области": a name or a place noun that can be genitive."""
    return (_named(token) or _place_noun(token)) and any(
        "gent" in f.grams.values for f in forms(token))


def _place_run(tokens: Sequence) -> bool:
    """Every token is a place word (a name or a place noun) or a join between two of them,
    at least one is a capitalised name, and a place noun or dictionary places alone make
    it a place ("ПЦР-диагностика" is a capitalised word, no place)."""
    if not tokens or tokens[-1].value in _JOINS or tokens[0].value in _JOINS:
        return False
    names = [t for t in tokens if _named(t)]
    return bool(names) and all(
        t.value.lower() in _JOINS or _named(t) or _place_noun(t) for t in tokens) and (
        any(_place_noun(t) for t in tokens) or all(_geographic(t) for t in names))


def _geographic(token) -> bool:
    """"Вологодчины", "Татарстана": a name of a place in the dictionary."""
    return any("Geox" in f.grams.values for f in forms(token))


def past_owner_place(morph, text: str, start: int, stop: int) -> int:
    """Where the words after a count go on past a genitive place that owns the firms
    ("ферм| Вологодской области, в Костромской …", "заводов| Свердловской и Челябинской областей,
    …"): the comma after the place, else ``start``."""
    comma = text.find(",", start, min(stop, start + 80))
    if comma <= start:
        return start
    tokens = tokenize(morph, text, start, comma)
    if not _place_run(tokens) or not all(_genitive_place(t) for t in tokens
                                         if t.value.lower() not in _JOINS):
        return start
    return comma


# --- elided counts after "ещё" --------------------------------------------------------------
def _industry_words(morph, tokens: Sequence) -> bool:
    """Some noun or adjective of ``tokens`` names an industry (has ОКВЭД codes, or is a
    tech word or a Latin field: "работают в EdTech")."""
    from .sector_tech import tech_form

    for t in tokens:
        if tech_form(t.value) or t.value[:1].isascii() and t.value[:1].isalpha():
            return True
        for f in forms(t)[:1]:
            if f.grams.values & _CONTENT and okved_codes(morph, f.normalized):
                return True
    return False


def _intransitive(token) -> bool:
    """"готовятся", "закрылись", "лишены": a verb that takes no object or a short passive
    participle."""
    grams = forms(token)[0].grams.values if forms(token) else frozenset()
    return "PRTS" in grams or "ADJS" in grams or "intr" in grams


def _takes_object(rest: Sequence) -> bool:
    """The verb at ``rest[0]`` has a direct object right after it ("продают кофе"), or
    nothing but its own clause tells: a verb tagged transitive that goes on with a
    preposition or a genitive ("переехали в Москву", "ждут включения в реестр") takes none."""
    if len(rest) >= 2 and "INFN" in first_grams(rest[1]):
        return False  # "обещают запустить": what the infinitive takes is read by _industry_words
    if len(rest) < 2 or is_preposition(rest[1]) or not forms(rest[1]):
        return len(rest) >= 2 and not is_preposition(rest[1]) and bool(forms(rest[1]))
    grams = forms(rest[1])[0].grams.values
    return not grams & _CONTENT or "Fixd" in grams or "gent" not in grams and any(
        "accs" in f.grams.values for f in forms(rest[1]))


def _in_noun_phrase(morph, text: str, anchor) -> bool:
    """The anchor's sector is said in its noun phrase ("12 угледобывающих предприятий", "четыре
    производителя мебели") or by its noun alone ("пять застройщиков"), not by its
    predicate ("20 компаний занимаются торговлей"): only then does a number with its noun
    left out carry the sector over."""
    tokens = tokenize(morph, text, anchor.start, min(len(text), anchor.stop + 60))
    noun = next((k for k, t in enumerate(tokens) if forms(t) and object_lemma(t) == anchor.object
                 or "-" in t.value and (t.value.lower().endswith(anchor.object[:-2]) or t.value.lower(
                     ).rsplit("-", 1)[1].startswith(anchor.object[:-2]))), None)  # "EdTech-стартапов"
    if noun is None:
        return False
    a = noun
    while a > 0 and (first_grams(tokens[a - 1]) & {"ADJF", "PRTF"} or _is_number(tokens[a - 1])):
        a -= 1
    b = _genitives(tokens, noun + 1, 4)
    if b < len(tokens) and tokens[b].value.lower() in _noun_preps():  # "заводов по выпуску цемента"
        b = _genitives(tokens, b + 2, 3) if b + 1 < len(tokens) \
            and first_grams(tokens[b + 1]) & _CONTENT else b
    elif b + 1 < len(tokens) and tokens[b].value == "," \
            and first_grams(tokens[b + 1]) & {"PRTF"}:  # "заводов, выпускающих стекло,"
        b += 1
        while b < len(tokens) and tokens[b].value not in _ENDS and b - noun <= 8:
            b += 1
    b = _po_phrase_end(tokens, b)  # "19 мастерских по плетению кружева"
    phrase = text[tokens[a].span.start:tokens[b - 1].span.stop].lower().replace("ё", "е")
    stems = [w[:4] for w in anchor.sector.lower().replace("ё", "е").split() if len(w) > 3]
    if any(stem in phrase for stem in stems):
        return True
    start, stop = sentence_at(text, anchor.start, (0, len(text)))
    return not any(stem in text[start:stop].lower().replace("ё", "е") for stem in stems)


def _po_phrase_end(tokens: Sequence, b: int) -> int:
    """Past a "по" phrase right after the counted noun ("мастерских| по плетению кружева|",
    "центров по ремонту техники"): the sector said in the noun phrase too (w187); ``b`` where
    none follows."""
    if b >= len(tokens) or tokens[b].value.lower() != "по":
        return b
    c = b + 1
    while c < len(tokens) and c - b <= 4 and forms(tokens[c]) \
            and first_grams(tokens[c]) & _CONTENT and not _is_number(tokens[c]):
        c += 1
    return c if c > b + 1 else b


def _genitives(tokens: Sequence, b: int, most: int) -> int:
    """The index after the run of genitive content words at ``b`` (at most ``most``)."""
    start = b
    while b < len(tokens) and b - start < most and forms(tokens[b]) \
            and any("gent" in f.grams.values for f in forms(tokens[b])[:1]) \
            and first_grams(tokens[b]) & _CONTENT and not _is_number(tokens[b]):
        b += 1
    return b


def _clause(tokens: Sequence, k: int) -> list:
    """The tokens from ``k`` to the end of the clause."""
    j = k
    while j < len(tokens) and tokens[j].value not in _ENDS:
        j += 1
    return list(tokens[k:j])


def _number_at(morph, tokens: Sequence, k: int) -> Optional[tuple[int, int]]:
    """(value, index after the number) of the number at ``tokens[k]``."""
    j = k
    while j < len(tokens) and _is_number(tokens[j]):
        j += 1
    if j == k and k < len(tokens) and tokens[k].value.lower() in LONE_SCALE:
        j = k + 1  # "…, ещё полсотни ждут включения в реестр", "ещё полдюжины переехали"
    if j == k:
        return None
    value = count_value(morph, tokens[k:j])
    return (value, j) if value else None


def _elided(morph, tokens: Sequence, k: int, anchor) -> Optional[tuple[int, int, int, str]]:
    """(first, end, value, object) of an elided count led by "ещё" at ``tokens[k]``."""
    j = k + 1
    group = j
    while j < len(tokens) and j - group < 3 and not _is_number(tokens[j]) \
            and (j > group or is_preposition(tokens[j])) \
            and not first_grams(tokens[j]) & _PREDICATE:
        j += 1  # "в отношении", "у", "с": the prepositional group of the number
    found = _number_at(morph, tokens, j)
    if found is None:
        return None
    value, end = found
    obj = anchor.object
    if end < len(tokens) and forms(tokens[end]) and any_grams(tokens[end]) & {"NOUN"}:
        own = object_lemma(tokens[end])
        if own != anchor.object:
            return None  # "ещё у шести человек": no count of the firms
        end += 1
    rest = _clause(tokens, end)
    if not rest or not first_grams(rest[0]) & _PREDICATE and j == group:
        return None  # "ещё два — …", "ещё пять крупных": the dash and list readers
    if j == group and not _intransitive(rest[0]) and _takes_object(rest):
        return None  # "ещё шесть продают кофе": what they sell is a sector of their own
    if j > group and not any(first_grams(t) & _PREDICATE for t in rest):
        return None
    if _industry_words(morph, rest):
        return None  # "ещё два выпускают бетон": a sector of its own, other readers
    return k, end + len(rest), value, obj


def more_counts(morph, text: str, values: list) -> list:
    """``values`` with the elided counts of the module's docstring added."""
    from .sectors import SectorValue

    out = list(values)
    for start, stop in sentences(text):
        inside = sorted((v for v in values if start <= v.start < stop), key=lambda v: v.start)
        for n, anchor in enumerate(inside):
            limit = inside[n + 1].start if n + 1 < len(inside) else stop
            if "ещ" not in text[anchor.stop:limit].lower() \
                    or not _in_noun_phrase(morph, text, anchor):
                continue
            tokens = tokenize(morph, text, anchor.stop, limit)
            for k, token in enumerate(tokens):
                lead = tokens[k - 1].value.lower() if k else text[anchor.start:anchor.stop] \
                    .rstrip()[-1:]  # "… только пять, ещё два …": the comma in the count's span
                if token.value.lower() not in _STILL or lead not in _LEADS:
                    continue
                found = _elided(morph, tokens, k, anchor)
                if found is None:
                    continue
                first, end, value, obj = found
                a = tokens[first + 1].span.start
                b = tokens[end - 1].span.stop
                if any(v.start <= a < v.stop or a <= v.start < b for v in out):
                    continue  # read by another rule
                out.append(SectorValue(a, b, text[a:b], value, obj, anchor.sector,
                                       anchor.total, via="elided_more"))
    return out


# --- counts whose sector names no industry ----------------------------------------------------
def _sector_place(morph, sector: str) -> bool:
    tokens = tokenize(morph, sector, 0, len(sector))
    return _place_run(tokens)


def _support(morph, sector: str) -> bool:
    """"льготный лизинг", "беспроцентные займы": the first word is a support term."""
    tokens = tokenize(morph, sector, 0, len(sector))
    return bool(tokens) and any(f.normalized.replace("ё", "е") in _support_terms()
                                for f in forms(tokens[0])[:1])


def unfounded_counts(morph, text: str, values: list) -> list:
    """``values`` without the counts whose sector is a place or a support instrument."""
    return [v for v in values if not v.sector or not (
        _sector_place(morph, v.sector) or _support(morph, v.sector))]


# --- parts named by adjectives alone ----------------------------------------------------------
_CUE = re.compile(r"(?:из|среди)\s+(?:них|которых)|в\s+том\s+числе|в\s+их\s+числе|включая",
                  re.I)
_ADJ_PART = re.compile(r"(?:^|[,;]\s*|\s(?:и|а)\s+|\s)(?P<n>\d+|[а-яё]+(?:\s[а-яё]+)?)\s+[—–]\s+"
                       r"(?:это\s+)?(?P<adj>[а-яё-]+(?:\s+(?:и\s+)?[а-яё-]+)?)"
                       r"(?=\s*(?:[,.;!?»]|\s(?:и|а)\s+(?:\d|[а-яё]+\s+[—–])|$))", re.I)


# "из них стоматологических где-то под девяносто": the adjective (genitive) before the number
_ADJ_LEAD = re.compile(r"\s*(?:[—–]\s*)?(?P<adj>[а-яё-]+(?:ых|их))\s+(?:(?:где-то|около|под|"
                       r"порядка|почти|более|примерно|свыше|лишь|только|всего|уже)\s+)*"
                       r"(?P<n>\d+|[а-яё]+(?:\s[а-яё]+)?)(?=\s*(?:[,.;!?»—–]|$))", re.I)


def _adjective_sector(morph, text: str, a: int, b: int, obj: str) -> Optional[str]:
    """The industry of "лесозаготовительные", "пищевые и химические": adjectives only
    (plural, nominative), each naming an industry."""
    from .sector_normal import join_sectors

    tokens = [t for t in tokenize(morph, text, a, b) if t.value.lower() != "и"]
    if not tokens or not all(
            any(f.grams.values & {"ADJF", "PRTF"} and "plur" in f.grams.values
                and f.grams.values & {"nomn", "gent"} for f in forms(t)) for t in tokens):
        return None
    names = adjective_sectors(tokens, obj)
    return join_sectors(names) if len(names) == len(tokens) else None


def _written_whole(morph, text: str, start: int, stop: int) -> Optional[tuple]:
    """(number, object, None) of the last "N [adjectives] <counted noun>" of
    ``text[start:stop]`` ("Кредиты получили 36 фирм, |из них"), a whole with no industry
    of its own, or None."""
    tokens = tokenize(morph, text, start, stop)
    for k in range(len(tokens) - 1, 0, -1):
        obj = object_lemma(tokens[k]) if forms(tokens[k]) else None
        if obj is None:
            continue
        j = k - 1
        while j >= 0 and first_grams(tokens[j]) & {"ADJF", "PRTF"} and not _is_number(tokens[j]):
            j -= 1
        e = j + 1
        while j >= 0 and _is_number(tokens[j]):
            j -= 1
        value = count_value(morph, tokens[j + 1:e]) if e > j + 1 else None
        return (value, obj, None) if value else None
    return None


def adjective_parts(morph, text: str, values: list) -> list:
    """``values`` where a part after "из них" / "в том числе" that is a number, a dash and
    sector adjectives alone ("из них 12 — машиностроительные и 4 — …", "9 —
    лесозаготовительные, 21 — деревообрабатывающие") has the adjectives' industry, the
    whole's object and the whole's number as total; a reading of the same part with the
    whole's sector is replaced."""
    from .sectors import SectorValue

    out = list(values)
    for start, stop in sentences(text):
        if not has_match(_CUE, text, start, stop):  # (the lowered text: 30 -> 13 ms a pass)
            continue
        cue = _CUE.search(text, start, stop)
        wholes = [v for v in out if v.total is None and start <= v.start and v.stop <= cue.start()]
        whole = max(wholes, key=lambda v: v.stop) if wholes else None
        whole = (whole.count, whole.object, whole.sector) if whole is not None \
            else _written_whole(morph, text, start, cue.start())
        if whole is None:
            continue
        end = next((v.start for v in out if v.total is None and v.start > cue.end()
                    and v.start < stop), stop)
        lead = _ADJ_LEAD.match(text, cue.end(), end)
        for m in [lead] if lead else _ADJ_PART.finditer(text, cue.end(), end):
            value = count_value(morph, tokenize(morph, text, *m.span("n")))
            if not value or value >= whole[0]:
                continue
            sector = _adjective_sector(morph, text, *m.span("adj"), whole[1])
            if not sector or sector == whole[2]:
                continue
            a, b = min(m.start("n"), m.start("adj")), max(m.end("n"), m.end("adj"))
            there = [k for k, v in enumerate(out) if v.start < b and a < v.stop]
            if any(out[k].sector != whole[2] or out[k].total != whole[0] for k in there):
                continue  # another reading of its own: kept
            out = [v for k, v in enumerate(out) if k not in there]
            out.append(SectorValue(a, b, text[a:b], value, whole[1], sector, whole[0],
                                   via="adjective_part"))
    return out


__all__ = ["adjective_parts", "more_counts", "past_owner_place", "unfounded_counts"]
