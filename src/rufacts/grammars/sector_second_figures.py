"""Second figures of the same counted firms that are parts of a whole (round 17, "second
figures and subsets said in ways the rules miss"; docs/gold-conventions.md, the total
section: the whole of "из N", "из них", "из которых" is the part's total).

* A figure of what is left or still at work after a whole "из N <noun>": "Из 40
  рыболовецких колхозов, …, сегодня осталось только семь" (7 of 40), "Из пяти стекольных
  заводов сейчас работает только один", "из 11 компаний, занимавшихся …, на рынке осталось
  четыре", "Из 25 лесопилок района после пожаров выжило девять". The earlier-figure reader
  (:mod:`.sector_earlier`) takes "сегодня осталось семь" for another figure of the same firms
  and gives it no whole; here it gets the whole back, and a remainder no rule counted is
  added with the whole's noun and sector.
* The same after "из них" / "из которых": "девятнадцать льнозаводов, из них в полную силу
  работают от силы шесть" (6 of 19).

A figure of another time ("годом ранее их было восемь", "против 12 в 2020 году") or of
another place after a contrast ("а в соседнем районе — пять") keeps no whole.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .morph import Morph
from .sector_earlier import _END, _FIGURE, _QUAL, figure_value

# the figure of the firms still there: "осталось", "работают", "выжили", "уцелело"
_LEFT = (r"(?:остал(?:ось|ись|ся|ась)|оста[её]тся|остаются|уцелел[аио]?|выжил[аио]?|"
         r"сохранил(?:ось|ись|ся|ась)|работа(?:ет|ют|л[аио]?)|действу(?:ет|ют)|"
         r"действовал[аио]?|функциониру(?:ет|ют)|продолжа(?:ет|ют|л[аио]?)\s+работ(?:у|ать)|"
         r"закрыл(?:ось|ись|ся|ась)|закрыт[аоы]?|выжило)")
_MORE_QUAL = r"(?:(?:от\s+силы|максимум|в\s+лучшем\s+случае|лишь|только|всего)\s+)?"
_REMAINDER = re.compile(rf"(?<![\w-]){_LEFT}\s+{_MORE_QUAL}{_QUAL}{_FIGURE}{_END}", re.I)
_FROM = re.compile(r"(?i)(?<![\w-])из\s+(?:(?:всех|тех|этих)\s+)?$")
_OF_THEM = re.compile(r"(?i)\s*[,—–(]?\s*(?:и\s+|а\s+)?(?:из\s+(?:них|которых)|среди\s+них)\b")
# another time or place: no part of the whole
_OTHER = re.compile(r"(?i)(?<![\w-])(?:их|было|были|был|была|ранее|раньше|назад|против|"
                    r"тогда\s+как|в\s+то\s+время\s+как|а|но|зато|однако)(?![\w-])")
_STOP = re.compile(r"[.;!?]\s|[.;!?]$")


def _wholes(text: str, values: list) -> list:
    """The counts said as a whole: after "из" ("Из 40 колхозов") or before "из них"."""
    out = []
    for w in values:
        if w.total is not None:
            continue
        if _FROM.search(text[max(0, w.start - 12):w.start]):
            out.append((w, w.stop))
            continue
        m = _OF_THEM.match(text, w.stop, min(len(text), w.stop + 20))
        if m is not None:
            out.append((w, m.end()))
    return out


def _inside(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` is one clause of one sentence, with no contrast or other time."""
    between = text[start:stop]
    return _STOP.search(between) is None and _OTHER.search(between) is None


def whole_remainders(morph: Morph, text: str, values: list) -> list:
    """``values`` with the parts of a whole the module's docstring describes given their
    whole, and the remainders no rule counted added."""
    from .sectors import SectorValue

    wholes = _wholes(text, values)
    if not wholes:
        return values
    out = list(values)
    for w, after in wholes:
        for k, v in enumerate(out):
            if v is w or v.total is not None or (v.object, v.sector) != (w.object, w.sector) \
                    or v.stop <= after or v.count == w.count:
                continue
            figure = _figure_start(text, v)
            if figure < after or not _inside(text, after, figure):
                continue
            out[k] = replace(v, total=w.count, via="part")
        end = next((m.start() for m in _STOP.finditer(text, after)), len(text))
        for m in _REMAINDER.finditer(text, after, end):
            a, b = m.span("figure")
            if any(v.start <= a < v.stop for v in out) or not _inside(text, after, m.start()):
                continue
            value = figure_value(morph, text, a, b)
            if value is None or value >= w.count:
                continue
            out.append(SectorValue(a, b, text[a:b], value, w.object, w.sector, w.count,
                                   via="part"))
    return out


_PART_AFTER = re.compile(r"(?i)\s+(?:из|среди)\s+(?:них|которых)\b")
_PART_BEFORE = re.compile(r"(?i)(?<![\w-])(?:из|среди)\s+(?:них|которых)\s*[,—–]?\s*$")
# the whole said as a bare number and its noun before "из них": "600 юридических лиц, из них"
_BARE_WHOLE = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s+(?:[а-яё-]+\s+){0,2}"
                         r"[а-яё-]+\s*,\s*(?:(?:и|а|причём|причем)\s+)?$", re.I)

# a newer figure said bare right before the part: "числилось 74 компании, сейчас — 92, причём"
_NEWER = re.compile(r"(?i)(?:сейчас|теперь|ныне|сегодня)\s*[—–]\s*(?:уже\s+)?(\d{1,3}(?:[ \u00a0]\d{3})+"
                    r"|\d+)\s*,\s*(?:(?:и|а|причём|причем)\s+)?$")


def of_them_totals(text: str, values: list) -> list:
    """``values`` with the whole of a part said "N из них" / "из них N" whose own noun is
    not the whole's ("96, и 41 из них — объекты общепита", "порядка 600 юридических лиц,
    из них 120 — предприятия угольной отрасли"): the count right before, else the bare
    number said with its noun before "из них". "их" is the nearest figure: "числилось 74
    компании, сейчас — 92, причём 30 из них …" is 30 of 92, not of 74."""
    out = list(values)
    for k, v in enumerate(out):
        if not text[v.start:v.start + 1].isdigit():
            continue
        digits = re.match(r"\d[\d \u00a0]*\d|\d", text[v.start:v.stop])
        after = _PART_AFTER.match(text, v.start + digits.end(), v.stop) if digits else None
        before = _PART_BEFORE.search(text, max(0, v.start - 30), v.start)
        if after is None and before is None:
            continue
        cue = before.start() if before is not None else v.start
        sentence = max(text.rfind(". ", 0, cue), text.rfind("? ", 0, cue), -1) + 1
        whole = max((w for w in out if sentence <= w.start and w.stop <= cue and w is not v
                     and w.total is None and w.count > v.count), key=lambda w: w.stop,
                    default=None)
        if v.total is not None:  # only the newer figure of the same firms takes it over
            newer = _NEWER.search(text, sentence, cue)
            if whole is not None and whole.via == "earlier" and whole.count != v.total \
                    and not _STOP.search(text, whole.stop, cue):
                out[k] = replace(v, total=whole.count)
            elif whole is None and newer is not None:  # "сейчас — 92, причём 30 из них"
                value = int(re.sub(r"\D", "", newer.group(1)))
                if value > v.count:
                    out[k] = replace(v, total=value)
            continue
        total = whole.count if whole is not None else None
        if whole is None or _STOP.search(text, whole.stop, cue):
            m = _BARE_WHOLE.search(text, sentence, cue)
            total = int(re.sub(r"\D", "", m.group(1))) if m else None
        if total is not None and total > v.count:
            out[k] = replace(v, total=total)
    return out


def _figure_start(text: str, v) -> int:
    """Where the last word of ``v`` starts, its figure's or in it ("сегодня осталось только
    семь" -> "семь", "… выжило сорок одно" -> "одно")."""
    m = re.search(r"[\w\u00a0 ,]*?(\w+)\W*$", text[v.start:v.stop])
    return v.start + m.start(1) if m else v.start




# "Текстильных производств стало больше: 214 против 196 годом ранее", "Турфирм за год стало
# меньше: 318 против 342": a fronted genitive noun, a change, then both figures
_MORE = (r"(?:стало|становится|стал[аио]?)\s+(?:(?:ещё|еще|заметно|значительно|чуть|немного)"
         r"\s+)?(?:больше|меньше)")
_CHANGED = re.compile(
    rf"(?P<np>[^\d,.:;!?—–()«»]{{3,90}}?)\s+{_MORE}\s*[:—–]\s*{_QUAL}"
    rf"(?P<new>\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+)\s+(?:против|по\s+сравнению\s+с|vs\.?)\s+"
    rf"{_QUAL}(?P<old>\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+)(?![\d,.]\d)(?!\s*(?:%|процент|руб|тыс|млн|млрд))",
    re.I)
# a necessary condition of a _CHANGED match (its _MORE words and the colon or dash after them,
# with its flag): a cheap gate before that pattern, which tries every position of the text (29
# texts of factRuEval dev say "против", 7 of them "больше" or "меньше", none "стало больше:")
_MORE_WORD = re.compile(rf"\s{_MORE}\s*[:—–]", re.I)


def changed_counts(morph: Morph, text: str, values: list) -> list:
    """``values`` with both figures of "<genitive noun phrase> стало больше/меньше: N против
    M" added: the noun phrase read as a count ("100 <noun phrase>") gives their object and
    sector; each figure is a count of its own with no whole (docs/gold-conventions.md, the
    count section: "против 118 годом ранее")."""
    from .sector_answers import _parser
    from .sectors import SectorValue

    if "против" not in text and "сравнению" not in text or _MORE_WORD.search(text) is None:
        return values
    out = list(values)
    for m in _CHANGED.finditer(text):
        said = m.group("np").strip()
        said = re.sub(r"(?i)^(?:(?:а|и|но|при\s+этом|зато)\s+)", "", said)
        said = re.sub(r"(?i)\s+за\s+(?:год|\S+\s+(?:лет|года|месяцев|месяца))$", "", said)
        asked = [(v.object, v.sector) for v in _parser(morph).findall("100 " + said + ".")
                 if v.count == 100 and v.start == 0] or _own(morph, said)
        if not asked:
            continue
        for group in ("new", "old"):
            a, b = m.span(group)
            if any(v.start <= a < v.stop for v in out):
                continue
            out.append(SectorValue(a, b, text[a:b], int(re.sub(r"\D", "", m.group(group))),
                                   asked[0][0], asked[0][1], None, via="earlier"))
    return out


def _own(morph: Morph, said: str) -> list:
    """[(object, sector)] of a noun that names its own trade ("Автосалонов в Казани":
    автосалон, продажа автомобилей; ``sector_agents.tsv``) opening ``said``, or []."""
    from .sector_answers import _noun_of, _own_trade
    from .sector_words import in_case, tokenize

    tokens = tokenize(morph, said)
    noun = _noun_of(tokens[0]) if tokens and in_case(tokens[0], "gent") else None
    own = _own_trade(noun) if noun else None
    return [own] if own else []


# the families of counts read after the list and earlier-figure readers ran
# (components/sectors.py): their earlier figures are read here
_LATE = frozenset({"market", "topic"})


def late_figures(morph: Morph, text: str, values: list) -> list:
    """``values`` with the earlier figures (:func:`.sector_earlier.earlier_figures`) after a
    count of a family read late ("Рынок X поделили два оператора, хотя ещё недавно на нём
    работали девять компаний": 9, the same noun's count in its own words), each a count of
    its own with the count's sector and no whole; none where a count already holds the
    figure or starts before it (w199)."""
    from .sector_earlier import earlier_figures
    from .sector_scan import sentence_at
    from .sectors import SectorValue

    late = [v for v in values if v.via in _LATE]
    if not late:
        return values
    out = list(values)
    for v in late:
        stop = sentence_at(text, v.start, (0, len(text)))[1]
        stop = min([w.start for w in out if v.stop <= w.start < stop] + [stop])
        found = earlier_figures(morph, text, v.stop, stop)
        if found is None or any(w.start < found[1] and found[0] < w.stop for w in out):
            continue
        a, b, value, obj = found[:4] if len(found) > 3 else (*found, None)
        out.append(SectorValue(a, b, text[a:b], value, obj or v.object, v.sector, None,
                               via="earlier"))
    return out


__all__ = ["changed_counts", "late_figures", "of_them_totals", "whole_remainders"]
