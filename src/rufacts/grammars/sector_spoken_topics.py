"""Counts of the spoken register said with the counted noun first and the number last, with
an aside between them (w162): "Химических предприятий в Дзержинске — тех, что живые,
работают, — двадцать восемь", "в Воронеже IT-компаний, которые реально делают продукт, штук
двадцать пять", "Ветеринарных клиник в Новосибирске, если не ошибаюсь, около ста двадцати".

A genitive plural counted noun with a sector adjective or a fused sector prefix, at the start
of its clause (after punctuation, a place adjunct, "у нас" or an adverb), then only place
adjuncts ("в Москве", "у нас", "на район"), adverbs, asides between commas or dashes with no
number in them, a dash and a qualifier ("около", "штук"), then a number that ends its clause.
Read after the other readers, where none counted that number (the parser hangs such a number
on the aside's verb).

w168: a place of several words ("в Ульяновской области"), one verb ("в Калининграде
зарегистрировано под двести"), a scale noun after a qualifier ("за сотню", "с полсотни",
"ближе к четырёмстам"), a genitive that names the trade ("Производителей мороженого в Сибири
…") and the first of adjective siblings ("немного: крупных — три") are passed over too; the
siblings and second figures after the count are :mod:`.sector_spoken_second`'s."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .sector_context import adjective_sectors, count_value, object_lemma, written_lemma
from .sector_nouns import agent_industry
from .okved import okved_codes
from .sector_normal import join_sectors, sector_name
from .sector_numbers import ABOVE
from .sector_number_tokens import LONE_SCALE
from .sector_qualifier import qualifier_words
from .lowered_search import has_match
from .sector_scan import count_hint, sentences
from .sector_subgroups_dashed import noun_run
from .sector_subgroups_dashed import numeric_token as _numeric
from .sector_words import first_grams as _pos
from .sector_words import forms, fused_object, in_case, lexicon, tokenize

_DASHES = ("—", "–")
_OPEN = frozenset({"«", "\"", "„", ":", ";", "(", "—", "–", ",", "."})
_PREPOSITIONS = frozenset({"в", "во", "на", "у", "по"})
_CLOSE = frozenset({",", ";", ".", "»", "\"", "!", "?", ")", "—", "–", ":"})
# a fronted genitive plural before a dash, a comma or a place adjunct: a cheap gate (see
# _gated: a letter, then the ending, tried once at each position; the ending after a run of
# letters, tried from every letter of every word, made it the sector step's slowest regex)
_GATE = re.compile(r"(?i)(?<=[а-яё])(?:ых|их|ов|ев|ий|ей|[^аеёиоуыэюя\s]ок|ен|[бвгджзклмнпрстфхцчшщ])"
                   r"\s*(?:,|—|–|\s+(?:в|во|на|у)\s)")


def _gated(text: str, start: int = 0, stop: int | None = None) -> bool:
    """Whether ``[а-яё]+<ending><comma, dash or place>`` occurs in ``text[start:stop]``: a run of
    letters ends where its last letter does, so one letter before the ending (at or after
    ``start``) is the same test."""
    return _GATE.search(text, start + 1, len(text) if stop is None else stop) is not None


def _noun_of(token) -> Optional[str]:
    if not forms(token):
        return None
    return written_lemma(token) or object_lemma(token)


def _aside_end(tokens: Sequence, k: int) -> Optional[int]:
    """The index after an aside opening at ``tokens[k]`` (a comma or a dash) that closes with
    a comma or a dash (", если не ошибаюсь,", "— тех, что живые, работают, —") and has no
    number in it; None elsewhere."""
    dash = tokens[k].value in _DASHES
    for j in range(k + 1, min(len(tokens), k + 16)):
        value = tokens[j].value
        if _numeric(tokens[j]) or value in (";", ".", "»", "!", "?", ":"):
            return None
        if dash and value in _DASHES:
            return j  # the closing dash opens the count: "… работают, — двадцать восемь"
        if not dash and value == ",":
            return j + 1
    return None


def _fronted(tokens: Sequence, first: int) -> bool:
    """The noun phrase opening at ``first`` is at the start of its clause: after
    punctuation, a place adjunct ("в Воронеже"), "у нас" or an adverb."""
    k = first - 1
    while k >= 0:
        token = tokens[k]
        if token.value in _OPEN:
            return True
        grams = _pos(token)
        if grams & {"ADVB", "PRCL"} or token.value.lower() in ("нас", "вас", "сейчас", "сегодня"):
            k -= 1
            continue
        if (token.value[:1].isupper() or grams & {"NOUN", "ADJF"}) and k and (
                tokens[k - 1].value.lower() in _PREPOSITIONS or tokens[k - 1].value[:1].isupper()
                or _pos(tokens[k - 1]) & {"ADJF"}):
            k -= 1  # "в Воронеже", "в Калужской области"
            continue
        if token.value.lower() in _PREPOSITIONS and k + 1 < first:
            k -= 1
            continue
        return False
    return True


# words before a number or a scale noun that qualify it: "за сотню", "с полсотни", "под сотню",
# "ближе к четырёмстам"
_BY = frozenset({"за", "с", "под", "к", "ближе", "около", "порядка", "больше", "более", "почти",
                 "меньше", "менее", "свыше", "силы", "штук"})


def _place_after(tokens: Sequence, j: int) -> int:
    """The index after the place a preposition before ``tokens[j]`` opens: adjectives, a
    noun, names ("нас", "Москве", "Ульяновской области", "Кабардино-Балкарии")."""
    start = j
    while j < len(tokens) and j < start + 3 and _pos(tokens[j]) & {"ADJF"} \
            and not _numeric(tokens[j]):
        j += 1
    if j < len(tokens) and not _numeric(tokens[j]):
        j += 1
    while j < len(tokens) and tokens[j].value[:1].isupper() and not _numeric(tokens[j]):
        j += 1
    return j


def _number_after(morph, tokens: Sequence, k: int) -> Optional[tuple[int, int, int]]:
    """(first, last, value) of the number the noun ending at ``k`` is counted by."""
    j = k + 1
    verb = False
    while j < len(tokens) and j <= k + 30:
        token = tokens[j]
        low = token.value.lower()
        if _numeric(token) or low in LONE_SCALE and j and tokens[j - 1].value.lower() in _BY:
            first = j  # "под сотню", "с полсотни" (w168): a scale noun after a qualifier
            while j + 1 < len(tokens) and _numeric(tokens[j + 1]):
                j += 1
            last = j
            if j + 2 < len(tokens) and tokens[j + 1].value.lower() == "с" \
                    and tokens[j + 2].value.lower() in ABOVE:
                last = j + 2  # "сто шестьдесят с чем-то"
            after = tokens[last + 1] if last + 1 < len(tokens) else None
            if after is not None and after.value not in _CLOSE \
                    and after.value.lower() not in ("а", "и", "но"):
                return None  # "двадцать восемь процентов": a number of something else
            value = count_value(morph, tokens[first:j + 1])
            return (first, last, value) if value and not 1900 <= value <= 2100 else None
        if token.value in (":", ",") and j + 2 < len(tokens) and tokens[j + 2].value in _DASHES \
                and _pos(tokens[j + 1]) & {"ADJF"} and in_case(tokens[j + 1], "gent"):
            j += 3  # "немного: крупных — три" (w168): the first of adjective siblings
            continue
        if token.value in (",",) + _DASHES:
            end = _aside_end(tokens, j)
            if end is not None:
                j = end
                continue
            if token.value in _DASHES:
                j += 1
                continue
            return None
        if low in _PREPOSITIONS and j + 1 < len(tokens):
            j = _place_after(tokens, j + 1)  # "в Москве", "у нас", "в Ульяновской области"
            continue
        if low in _BY and j + 1 < len(tokens) and (_numeric(tokens[j + 1])
                                                    or tokens[j + 1].value.lower() in LONE_SCALE):
            j += 1  # "за сотню", "с полсотни", "ближе к четырёмстам"
            continue
        if _pos(token) & {"VERB", "PRTS"} and not verb and j + 1 < len(tokens) \
                and not _pos(tokens[j + 1]) & {"NOUN"}:
            verb = True  # "в Калининграде зарегистрировано под двести", "осталось шесть"
            j += 1
            continue
        if low in qualifier_words() or low == "штук" or _pos(token) & {"ADVB", "PRCL"} \
                or _pos(token) & {"ADJF"} and j + 1 < len(tokens) and in_case(
                    tokens[j + 1], "loct"):
            j += 1
            continue
        if _pos(token) & {"NOUN"} and in_case(token, "loct") and j and \
                tokens[j - 1].value.lower() in _PREPOSITIONS | {"области"}:
            j += 1
            continue
        return None
    return None


_WAS = frozenset({"было", "стало", "осталось", "работало", "насчитывалось"})
_TIME = frozenset({"лет", "год", "года", "годом", "годах", "месяцев", "месяца"})


def _earlier(morph, tokens: Sequence, b: int) -> Optional[tuple[int, int, int]]:
    """An earlier figure of the same firms right after a count ending at ``b``: "; в
    советское время было под восемьдесят", ", а десять лет назад было больше сотни"."""
    if b + 1 >= len(tokens) or tokens[b + 1].value not in (",", ";"):
        return None
    for j in range(b + 2, min(len(tokens), b + 10)):
        low = tokens[j].value.lower()
        if _numeric(tokens[j]) and not (j + 1 < len(tokens)
                                        and tokens[j + 1].value.lower() in _TIME):
            return None
        if tokens[j].value in _CLOSE:
            return None
        if low in _WAS:
            found = _number_after(morph, tokens, j)
            return found if found is not None and found[0] <= j + 4 else None
    return None


def _genitive_sector(morph, tokens: Sequence, k: int) -> tuple[int, list]:
    """(the index of its last word, [sector]) of a genitive phrase right after the counted
    noun ``tokens[k]`` that names a trade ("производителей мороженого" -> мороженое); (k, [])
    where there is none."""
    phrase = noun_run(tokens[k + 1:k + 6], leading=True)
    n = next((i for i, t in enumerate(phrase) if t.type == "RU" and not in_case(t, "gent")
              and "CONJ" not in _pos(t)), len(phrase))
    phrase = phrase[:n]
    while phrase and _pos(phrase[-1]) & {"CONJ", "ADJF", "PRTF"} \
            and not _pos(phrase[-1]) & {"NOUN"}:
        phrase.pop()
    if not phrase or any(_noun_of(t) for t in phrase) or phrase[-1].value[:1].isupper() \
            and phrase[-1].type == "RU":
        return k, []  # "предприятий Калуги": a place
    name = sector_name(morph, phrase, "gent")
    if not name or not okved_codes(morph, name):
        return k, []
    return k + len(phrase), [name]


def spoken_topic_counts(morph, text: str, values: list) -> list:
    """``values`` and the counts the module's docstring describes that no reader counted."""
    from .sectors import SectorValue

    if not _gated(text):
        return values
    out: list = []
    hint = count_hint(morph)
    for start, stop in sentences(text):
        if not has_match(hint, text, start, stop) or not _gated(text, start, stop):
            continue
        tokens = tokenize(morph, text, start, stop)
        for k, token in enumerate(tokens):
            if "plur" not in _pos(token) or not in_case(token, "gent"):
                continue  # the cheap tests first: a counted noun is rare
            noun = _noun_of(token)
            if noun is None:
                continue
            first = k
            while first and _pos(tokens[first - 1]) & {"ADJF", "PRTF"}:
                first -= 1
            names = adjective_sectors(tokens[first:k + 1], noun)
            if not names and first == k and agent_industry(noun) and not adjective_sectors(
                    tokens[:first] + tokens[k + 1:], noun):  # "туристического сезона: гостиниц
                names = [agent_industry(noun)]  # — 84" names another; "Гостиниц в Суздале — …"
            end = k
            if not names:  # "Производителей мороженого в Сибири …", "Предприятий общепита —"
                end, names = _genitive_sector(morph, tokens, k)
            if not names or not _fronted(tokens, first):
                continue
            found = _number_after(morph, tokens, end)
            if found is None:
                continue
            a, b, count = found
            p, q = tokens[a].span.start, tokens[b].span.stop
            if any(v.start <= p < v.stop or v.start <= token.span.start < v.stop
                   and v.count == count for v in values + out):
                continue
            fused = fused_object(noun)
            if fused is not None and lexicon().adjectives.get(fused[0]) in names:
                noun = fused[1]  # "птицефабрик": фабрика
            s0 = tokens[first].span.start
            out.append(SectorValue(s0, q, text[s0:q], count, noun, join_sectors(names), None,
                                   via="topic"))
            was = _earlier(morph, tokens, b)
            if was is not None and not any(v.start <= tokens[was[0]].span.start < v.stop
                                           for v in values + out):
                p2, q2 = tokens[was[0]].span.start, tokens[was[1]].span.stop
                out.append(SectorValue(p2, q2, text[p2:q2], was[2], noun, join_sectors(names),
                                       None, via="earlier"))
    return values + out


# a figure wished for, not counted: "аптек у нас четыре, а надо бы восемь"
_WISHED = re.compile(r"(?i)(?:^|[\s,;(—–])(?:а\s+|но\s+)?(?:надо|нужно|необходимо|требуется|"
                     r"хотелось\s+бы|хотим|хотели\s+бы|должно\s+быть)(?:\s+бы)?"
                     r"(?:\s+(?:хотя\s+бы|ещё|еще|как\s+минимум|минимум))?\s*$")


def without_wished(text: str, values: list) -> list:
    """``values`` without the figures said after "надо бы", "нужно", "хотелось бы": a figure
    wished for is no count."""
    out = []
    for v in values:
        head = re.match(r"(?i)\s*(?:а|но)?\s*(?:надо|нужно|необходимо|хотелось|хотим|хотели|"
                        r"требуется|должно)\b", v.text)
        if head is not None or _WISHED.search(text, max(0, v.start - 40), v.start):
            continue
        out.append(v)
    return out


__all__ = ["spoken_topic_counts", "without_wished"]
