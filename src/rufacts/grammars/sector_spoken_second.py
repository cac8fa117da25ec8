"""A second figure of a fronted count in the spoken register (w168): the counted noun said
first and its number last ("Автошкол в городе сорок", "Кейтеринговых компаний в Москве —
тысяча с лишним"), then the same firms counted again under a restriction or a correction,
with no noun of their own:

* a contrast: ", а нормальных, с автодромом, — от силы восемь", ", а таких, кто может
  накормить пять тысяч человек, — десяток", ", а реально работают, я думаю, с полсотни",
  ", но белых, которые налоги платят, — штук тридцать", ", а вообще — ближе к четырёмстам";
* an adjective sibling: "частных — под четыреста, государственных — двенадцать",
  "крупных — три, и ещё десятка полтора мелких".

Each figure takes the count's noun and sector and no whole (docs/gold-conventions.md: the
same firms counted again are a count of their own). Left to other readers: a part of a
whole ("из них", "среди них"), an earlier figure ("было", "годом ранее"), a wished one
("надо бы"), a figure with a noun of its own ("а точек у них — больше пятисот").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .sector_context import object_lemma, written_lemma
from .sector_number_tokens import LONE_SCALE, LONE_SCALE_AFTER, is_scale
from .sector_qualifier import qualifier_words
from .sector_scan import sentences
from .sector_subgroups_dashed import numeric_token as _numeric
from .sector_subgroups_dashed import written_count
from .sector_words import first_grams as _pos
from .sector_words import any_grams, forms, in_case, tokenize

_DASHES = frozenset({"—", "–"})
_ENDS = frozenset({",", ";", ".", "»", "\"", "!", "?", ")", "—", "–", ":"})
_TURN = frozenset({"а", "но"})
# a part of a whole, an earlier figure, a wished one: other readers' (w167, sector_earlier)
_OTHERS = frozenset({"из", "среди", "числе", "было", "были", "был", "была", "стало", "станет",
                     "будет", "назад", "раньше", "ранее", "прежде", "когда-то", "году", "годом",
                     "лет", "надо", "нужно", "необходимо", "хотелось", "должно", "процентов",
                     "процента", "половина", "треть", "четверть", "против"})
# words before a figure that qualify it
_BY = frozenset({"за", "с", "под", "к", "ближе", "от", "силы", "штук", "где-то", "ещё", "еще",
                 "всего", "лишь", "только"}) | {"около", "порядка", "больше", "более", "почти",
                                                  "меньше", "менее", "свыше", "примерно"}
_ABOVE = frozenset({"лишним", "небольшим", "чем-то", "гаком", "хвостиком"})
_GATE = re.compile(r"[,:]\s*(?:(?:а|но|и\s+ещ[её])\s|[а-яё]+(?:ых|их)\s*[—–])")


def _noun_of(token) -> Optional[str]:
    if not forms(token):
        return None
    return written_lemma(token) or object_lemma(token)


def _figure_end(tokens: Sequence, k: int) -> Optional[int]:
    """The index after the figure opening at ``tokens[k]`` where it ends its clause (a
    number, "с лишним" after it, "десятка полтора"); None where a noun or more follows."""
    j = k
    while j + 1 < len(tokens) and (_numeric(tokens[j + 1])
                                   or tokens[j + 1].value.lower() in LONE_SCALE_AFTER):
        j += 1
    if j + 2 < len(tokens) and tokens[j + 1].value.lower() == "с" \
            and tokens[j + 2].value.lower() in _ABOVE:
        j += 2
    j += 1
    while j < len(tokens) and j < k + 6 and _pos(tokens[j]) & {"ADJF"} \
            and not _noun_of(tokens[j]) and in_case(tokens[j], "gent"):
        j += 1  # "десятка полтора мелких"
    if j < len(tokens) and tokens[j].value not in _ENDS \
            and tokens[j].value.lower() not in ("а", "и", "но"):
        return None
    return j


def _figure_at(tokens: Sequence, k: int) -> bool:
    """``tokens[k]`` opens a figure: a number, or a scale noun ("сотню", "десяток")."""
    low = tokens[k].value.lower()
    if low in LONE_SCALE_AFTER:  # "десятка полтора"; "— тысячи": thousands, no figure
        return k + 1 < len(tokens) and _numeric(tokens[k + 1]) or bool(
            k and tokens[k - 1].value.lower() in _BY | qualifier_words())
    return _numeric(tokens[k]) or low in LONE_SCALE


def _qualified_from(tokens: Sequence, k: int, floor: int) -> int:
    """The first of the qualifier words right before ``tokens[k]`` ("от силы", "ближе к")."""
    while k > floor and tokens[k - 1].value.lower() in _BY | qualifier_words():
        k -= 1
    return k


def _second(morph, tokens: Sequence, start: int, obj: str) -> Optional[tuple[int, int, int]]:
    """(first, after, value) of a second figure after the count ending before ``tokens[
    start]`` (the module's docstring), or None."""
    if start + 1 < len(tokens) and tokens[start].value.lower() == "с" \
            and tokens[start + 1].value.lower() in _ABOVE:
        start += 2  # "тысяча | с лишним, а …"
    if start >= len(tokens) or tokens[start].value not in (",", ":"):
        return None
    k = start + 1
    aside = next((j for j in range(k, min(len(tokens) - 1, k + 8))
                  if tokens[j].value == "," and tokens[j + 1].value.lower() in _TURN), None)
    if aside is not None and tokens[k].value.lower() not in _TURN and not any(
            _numeric(t) or t.value.lower() in _OTHERS or t.value in _DASHES | {";", "."}
            for t in tokens[k:aside]):
        k = aside + 1  # ", ну, если крупные брать, а так, …": an aside before the turn
    if tokens[k - 1].value == "," and k < len(tokens) and tokens[k].value.lower() in _TURN:
        k += 1  # ", а …", ", но …"
    elif tokens[k - 1].value == "," and k + 1 < len(tokens) and tokens[k].value.lower() == "и" \
            and tokens[k + 1].value.lower() in ("ещё", "еще"):
        k += 2  # ", и ещё десятка полтора мелких"
    elif not (k + 1 < len(tokens) and _pos(tokens[k]) & {"ADJF"} and in_case(tokens[k], "gent")
              and "plur" in any_grams(tokens[k]) and tokens[k + 1].value in _DASHES):
        return None  # ", государственных — двенадцать"
    first = k
    for j in range(first, min(len(tokens), first + 20)):
        token = tokens[j]
        low = token.value.lower()
        if low in _OTHERS or token.value in (";", ".", "!", "?", "»", "(", ")") \
                or low in ("а", "но") and j > first:
            return None
        if _pos(token) & {"NOUN"} and in_case(token, "gent") and "plur" in any_grams(token) \
                and j + 1 < len(tokens) and tokens[j + 1].value in _DASHES:
            return None  # "а риелторов-одиночек — тысячи": a topic of its own
        if {"NOUN", "gent", "plur"} <= _pos(token) and low not in _BY | LONE_SCALE \
                and _noun_of(token) != obj and not (j and (
                    _numeric(tokens[j - 1]) or is_scale(tokens[j - 1])
                    or "PREP" in _pos(tokens[j - 1]))):  # "пять тысяч человек за раз"
            return None  # "а сотрудников у них триста": another noun counted
        own = _noun_of(token)
        if own is not None and own != obj and not _figure_at(tokens, j) and (
                in_case(token, "gent") or in_case(token, "nomn")):
            return None  # "а точек у них — больше пятисот": a noun of its own
        if not _figure_at(tokens, j):
            continue
        end = _figure_end(tokens, j)
        if end is None:
            continue  # "накормить пять тысяч человек": a figure of something else
        a = _qualified_from(tokens, j, first)
        if a > first and tokens[a - 1].value not in _DASHES | {","}:
            return None  # "а выручка выросла на двадцать": a figure hung on a word of the clause
        numbers = [t for t in tokens[j:end] if _numeric(t) or t.value.lower() in LONE_SCALE
                   | LONE_SCALE_AFTER]
        value = written_count(morph, numbers)
        if not value or 1900 <= value <= 2100:
            return None
        return a, end, value
    return None


def _fronted(tokens: Sequence, v) -> bool:
    """The count ``v`` names its noun first and ends on its figure ("Автошкол в городе
    сорок", "клиник в Казани сколько? — Частных — под четыреста")."""
    said = [t for t in tokens if v.start <= t.span.start < v.stop]
    if not said or _numeric(said[0]) or said[0].value.lower() in qualifier_words():
        return False
    last = said[-1].value.lower()
    return _numeric(said[-1]) or last in LONE_SCALE | LONE_SCALE_AFTER | _ABOVE


def second_figures(morph, text: str, values: list) -> list:
    """``values`` and the second figures the module's docstring describes."""
    from .sectors import SectorValue

    if not values or _GATE.search(text) is None:
        return values
    out: list = []
    for start, stop in sentences(text):
        inside = [v for v in values if start < v.stop <= stop and v.total is None
                  and v.via != "earlier"]  # the figure in this sentence, the noun maybe not:
        if not inside:  # "Сколько у нас IT-компаний? Аккредитованных — двести …"
            continue
        tokens = tokenize(morph, text, min([start] + [v.start for v in inside]), stop)
        inside = [v for v in inside if _fronted(tokens, v)]
        for v in inside:
            k = next((i for i, t in enumerate(tokens) if t.span.start >= v.stop), None)
            while k is not None:
                found = _second(morph, tokens, k, v.object)
                if found is None:
                    break
                a, b, count = found
                p, q = tokens[a].span.start, tokens[b - 1].span.stop
                if any(w.start <= p < w.stop or p <= w.start < q for w in values + out):
                    break
                out.append(SectorValue(p, q, text[p:q], count, v.object, v.sector, None,
                                       via="second"))
                k = b  # ", государственных — двенадцать" after "частных — под четыреста"
    return values + out


__all__ = ["second_figures"]
