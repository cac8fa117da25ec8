"""False counts (family "totals, parts and false counts"): numbers the grammars read as
counts of firms that are none (docs/gold-conventions.md, "What is a count" and "count"):

* the start of a change: "сократилось с 5,2 тыс. до 4,7 тыс.", "с девяти до пяти": only
  the figure reached counts; where no count holds it yet, the start's count moves to it;
* a headcount: a number with a noun of people right after it ("выросло до 9,5 тыс.
  человек": ``sector_headcount_units.txt``), or right after a word of staff
  ("не хватает около 60 операторов", "В компании работают 800 разработчиков":
  ``sector_staff_cues.tsv``) where the counted noun is animate; so are the parts of such a number ("из них 120 ...");
* a scrap of a number: "шестьдесят" of "сто шестьдесят" where the whole numeral is a count
  of its own;
* a number inside a quoted name: "форума «Город 2030»"; a number after "к" ("из них
  300 — только к одному");
* a facility read as its own trade after "в"/"на": a venue, "показы пройдут в трёх
  кинотеатрах";
* a number of things given to firms named after a dash in the dative: "выдали 900 кредитов,
  из них 300 — строительным компаниям".

Runs over the finished values (:class:`~rufacts.grammars.sectors.SectorValue`), reading
only the text around each count: no parse, no pass over the document's tokens.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..lexicons import load_list, load_rows
from .morph import Morph
from .sector_earlier import figure_value
from .sector_nouns import agent_industry, facilities
from .sector_number_words import is_cardinal
from .sector_scan import sentence_at

_QUAL = (r"(?:(?:около|более|свыше|почти|примерно|порядка|менее|больше|меньше|не|уже|лишь|"
         r"всего|только|ещё|еще|целых|до)\s+){0,3}")
_DIGITS = r"\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:,\d+)?(?:\s*(?:тыс|млн)\.?)?"
_WORDS = r"[а-яё]+(?:\s+[а-яё]+){0,3}"
_FIGURE = re.compile(rf"(?<![\w,])(?:{_DIGITS}|{_WORDS})", re.I)


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[\w-]+", text)]


def _figures(morph: Morph, text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
    """Numbers in ``text[start:stop]`` as (start, stop, value): digits with a scale or the
    longest run of number words ("сто двадцать")."""
    out = []
    for m in re.finditer(rf"(?<![\w,.])(?:{_DIGITS})", text[start:stop]):
        value = figure_value(morph, text, start + m.start(), start + m.end())
        if value is not None:
            out.append((start + m.start(), start + m.end(), value))
    run: list[tuple[int, int]] = []
    for a, b in _words(text[start:stop]) + [(stop - start + 1, stop - start + 1)]:
        word = text[start + a:start + b] if b <= stop - start else ""
        if word.isalpha() and (is_cardinal(morph, word) or _thousand(morph, word)):
            run.append((start + a, start + b))
            continue
        if run:
            value = figure_value(morph, text, run[0][0], run[-1][1])
            if value is not None:
                out.append((run[0][0], run[-1][1], value))
            run = []
    return sorted(out)


def _thousand(morph: Morph, word: str) -> bool:
    return any(p.normal_form in ("тысяча", "миллион") for p in morph.parse(word.lower())[:2])


def _count_figure(morph: Morph, text: str, value) -> Optional[tuple[int, int, int]]:
    """The number of ``value``'s span that gives its count (the last such), or None."""
    found = [f for f in _figures(morph, text, value.start, value.stop) if f[2] == value.count]
    return found[-1] if found else None


_CHANGE = re.compile(rf"(?:^|\s)(?:с|со)\s+$", re.I)
_REACHED = re.compile(rf"\.?\s+до\s+{_QUAL}", re.I)


def _change_start(morph: Morph, text: str, value, figure) -> Optional[tuple[int, int, int]]:
    """The figure reached where ``figure`` opens a change "с N до M", else None."""
    if not _CHANGE.search(text[max(0, figure[0] - 4):figure[0]]):
        return None
    m = _REACHED.match(text, figure[1])
    if m is None:
        return None
    reached = [f for f in _figures(morph, text, m.end(), min(len(text), m.end() + 40))
               if f[0] == m.end()]
    return reached[0] if reached else None


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return load_list("sector_headcount_units.txt")


@lru_cache(maxsize=1)
def _staff() -> dict[str, frozenset]:
    """``sector_staff_cues.tsv`` by kind: cue word tuples, place lemmas, verbs."""
    rows: dict[str, set] = {"cue": set(), "place": set(), "verb": set()}
    for kind, words in load_rows("sector_staff_cues.tsv"):
        rows[kind].add(tuple(words.lower().split()) if kind == "cue" else words.lower())
    return {k: frozenset(v) for k, v in rows.items()}


def _animate(morph: Morph, lemma: str) -> bool:
    """"разработчик", "оператор": a noun that may count people ("компания" may not)."""
    parses = morph.parse(lemma.lower())
    return bool(parses) and parses[0].tag.animacy == "anim"


def _one_place(morph: Morph, words: list[str]) -> bool:
    """"в компании работают", "на заводе трудятся": the staff of one organization; or of
    the firms of a trade ("На предприятиях отрасли в области трудятся 46 тысяч
    машиностроителей", w200: a plural place a few words before the verb)."""
    staff = _staff()
    if len(words) < 3 or words[-1] not in staff["verb"]:
        return False
    if words[-3] in ("в", "во", "на") and any(
            p.normal_form in staff["place"] and "sing" in p.tag
            and p.tag.case in ("loct", "loc2") for p in morph.parse(words[-2])):
        return True
    return any(words[k - 1] in ("в", "во", "на") and any(
        p.normal_form in staff["place"] and "plur" in p.tag and p.tag.case == "loct"
        for p in morph.parse(words[k])[:2]) for k in range(max(1, len(words) - 6), len(words) - 1))


def _headcount(morph: Morph, text: str, figure, lemma: str) -> bool:
    """A number of people: a noun of people right after it, or, with an animate counted
    noun (``lemma``), a word of staff before it."""
    after = re.match(r"\.?[\s\u00a0]*(?:тыс\.?|млн\.?)?\s*([а-яё]+)",
                     text[figure[1]:figure[1] + 40], re.I)
    if after and any(p.normal_form in _units() for p in morph.parse(after.group(1).lower())[:2]):
        return True
    if not _animate(morph, lemma):
        return False
    before = re.sub(rf"\s*{_QUAL}$", "", text[max(0, figure[0] - 60):figure[0]].lower())
    words = re.findall(r"[а-яё]+", before)
    return _one_place(morph, words) or any(
        tuple(words[-len(cue):]) == cue for cue in _staff()["cue"])


def _headcount_total(morph: Morph, text: str, value, figure) -> bool:
    """The whole of a part, said before it in its sentence, is a headcount."""
    begin = sentence_at(text, figure[0], (0, len(text)))[0]
    return any(f[2] == value.total and _headcount(morph, text, f, value.object)
               for f in _figures(morph, text, begin, figure[0]))


def _scrap(morph: Morph, text: str, figure) -> bool:
    """"шестьдесят" of "сто шестьдесят": a number word right before the figure."""
    before = re.search(r"([а-яё]+)\s+$", text[max(0, figure[0] - 20):figure[0]], re.I)
    return bool(before) and (is_cardinal(morph, before.group(1))
                             or _thousand(morph, before.group(1)))


def _towards(text: str, figure) -> bool:
    """"(подключены) только к одному": a number after "к" is no count of firms; "ближе к
    четырёмстам" is one, qualified (w168)."""
    return bool(re.search(r"(?:^|[\s(])(?<!ближе )(?<!поближе )(?:к|ко)\s+"
                          r"(?:(?:лишь|только|всего|ещё|еще)\s+)?$",
                          text[max(0, figure[0] - 16):figure[0]], re.I))


def _venue(text: str, figure, value) -> bool:
    """"Показы пройдут в трёх кинотеатрах", "отправила рукопись в три издательства": a
    facility noun read as its own trade (``sector_agents.tsv``, ``facility``), its number
    right after "в"/"на", says where something happens or goes, no count of firms ("В 12
    хозяйствах выращивают лён", a sector of its own, still counts)."""
    return value.object.lower() in facilities() and agent_industry(value.object) == value.sector \
        and bool(re.search(r"(?:^|[\s(])(?:в|во|на)\s+$", text[max(0, figure[0] - 6):figure[0]], re.I))


def _quoted(text: str, figure) -> bool:
    """A number that closes a short quoted name ("форума «Город 2030»", "«Иннопром-2025»"),
    not a number inside quoted speech."""
    begin = text.rfind("«", max(0, figure[0] - 30), figure[0])
    return begin >= 0 and text.startswith("»", figure[1]) \
        and "»" not in text[begin:figure[0]] \
        and len(re.findall(r"[\w-]+", text[begin:figure[0]])) <= 3


_AFTER_DASH = re.compile(r"\s*[—–]\s*((?:[а-яё-]+\s+){0,3}[а-яё-]+)", re.I)


_WHOLE_WORD = re.compile(r"([а-яё-]+)\s*,?\s*(?:из\s+них|из\s+которых|в\s+том\s+числе)\s+$", re.I)


def _firms_before(morph: Morph, text: str, figure) -> bool:
    """The whole before "из них" is a counted noun of firms ("оказал поддержку 1 870
    экспортёрам, из них 412 — предприятиям машиностроения": a part of firms all the same)."""
    from .sector_words import lexicon

    m = _WHOLE_WORD.search(text, max(0, figure[0] - 60), figure[0])
    return m is not None and any(p.normal_form in lexicon().objects
                                 for p in morph.parse(m.group(1).lower()))


def _recipients(morph: Morph, text: str, figure) -> bool:
    """"выдано 1 340 лицензий, из них 212 — предприятиям общепита", "900 кредитов, из них
    300 — строительным компаниям": the firms after the dash in the dative are who the things
    counted went to, the number counts the things (w187); not after a whole of firms
    (:func:`_firms_before`)."""
    m = _AFTER_DASH.match(text, figure[1])
    if m is None or _firms_before(morph, text, figure):
        return False
    for word in m.group(1).lower().split():
        parses = morph.parse(word)
        if any(p.tag.POS == "PREP" for p in parses[:1]):
            return False  # "210 — к машиностроению": a field the firms belong to
        if any(p.tag.POS == "NOUN" for p in parses[:1]):
            return all(p.tag.case == "datv" for p in parses)
    return False


def false_counts(morph: Morph, text: str, values: list) -> list:
    """``values`` without the false counts of the module's doc; a change's start moves to
    the figure reached when no count of the same noun holds it."""
    out = []
    for v in values:
        figure = _count_figure(morph, text, v)
        if figure is None:
            out.append(v)
            continue
        if _headcount(morph, text, figure, v.object) or _quoted(text, figure) or _towards(text, figure) \
                or _venue(text, figure, v) or _recipients(morph, text, figure):
            continue
        if v.total is not None and _headcount_total(morph, text, v, figure):
            continue  # "800 разработчиков, из них 120 ...": parts of a headcount
        if _scrap(morph, text, figure) and any(
                w is not v and w.object == v.object and w.count > v.count
                and w.start <= figure[0] < w.stop for w in values):
            continue
        reached = _change_start(morph, text, v, figure)
        if reached is not None:
            if not any(w.object == v.object and w.count == reached[2] for w in values):
                out.append(replace(v, count=reached[2], stop=max(v.stop, reached[1]),
                                   text=text[v.start:max(v.stop, reached[1])]))
            continue
        out.append(v)
    return out


__all__ = ["false_counts"]
