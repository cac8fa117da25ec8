"""Date expressions as a reader reads them: :class:`DatePhrases` finds every time
expression of a text and returns :class:`DateExpr` records (calendar values still
unresolved: a missing year or a relative shift is resolved by :mod:`date_resolve`).

Atoms: the dates of the yargy grammar (:mod:`rufacts.grammars.dates`) and the forms
of the rules of :mod:`date_rules`, built from ``lexicons/date_words.tsv``, ``months.tsv`` and
``relative_dates.tsv``: years with short forms ("в 2016-м", "2017 год", a bare
"2009" after a preposition, unless a counted noun, unit or label is next to it),
months alone, decades ("1990-х", "девяностые"), centuries ("XIX века"), seasons,
quarters and halves, weekdays, relative words ("вчера", "два дня назад", "через год").
Atoms then combine: ranges ("с 1 по 5 марта 2021 года", "1981-1988 годах"), open
intervals ("с 1997 года", "до конца 2024 года"), parts ("в начале 2000-х"), a
weekday before its date ("в пятницу, 13 июля").

Rules run only in windows of text around trigger words (digits, month, weekday,
season and relative words), as the amounts grammar does.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from rufacts.grammars.date_expr import YMD, DateExpr
from rufacts.grammars.dates import DateParser
from rufacts.grammars.date_filters import URL, DateContext, in_title
from rufacts.grammars.date_filters import LABEL_PREV as _LABEL_PREV
from rufacts.grammars.date_rules import DIGITS as _DIGITS, NEEDS as _NEEDS, UNIT as _UNIT
from rufacts.grammars.date_rules import alt as _alt, roman as _roman, rules as _rules
from rufacts.grammars.relative_dates import _table as _relative_table

__all__ = ["DateExpr", "DatePhrases"]  # DateExpr is defined in date_expr

_UNIT_WORDS = frozenset("день дня дней сутки суток неделю недели месяц месяца месяцев".split())
_WEEKDAY_PREV = frozenset("в во на по с со до к ко утром вечером днем днём ночью и или".split())
_ROMAN_LETTERS = "IVXХІ"
_ROMAN_WORD = re.compile(rf"[{_ROMAN_LETTERS}]{{1,5}}")
_ASCII_DIGIT = re.compile(r"[0-9]")


class DatePhrases(DateContext):
    """Finds :class:`DateExpr` in text."""

    def __init__(self, morph=None) -> None:
        if morph is None:
            from rufacts.grammars.morph import get_morph

            morph = get_morph()
        self.morph = morph
        self.dates = DateParser(morph)
        self.rules, self.words = _rules(morph)
        from rufacts.grammars.amount_lexicons import count_exclusions

        self.labels = count_exclusions()[1]
        rel_pattern, self.relative_forms = _relative_table()
        self.relative = rel_pattern
        triggers = set()
        for key in ("month", "weekday", "season", "decade", "part", "period", "month_adj",
                    "weekday_adj", "year_adj"):
            triggers |= {f.lower() for f in self.words[key]}
        triggers |= {f.split()[0] for f in self.relative_forms} | {"назад", "через", "спустя"}
        triggers |= _UNIT_WORDS  # "за день до казни", "год спустя"
        triggers |= {f.lower() for f in self.words["every"]} | {"каждый", "каждую", "каждые",
                                                               "каждое", "раз"}
        self.triggers = frozenset(triggers)
        # "в начале", "до конца" right before a date (built once, not per date)
        self._part_before = re.compile(
            rf"(?<!\w)(?:(с|со|до|к|в|во|на)\s+)?({_alt(self.words['part'])})\s+$", re.IGNORECASE)

    def __reduce__(self):
        return (DatePhrases, (self.morph,))

    # --- windows -------------------------------------------------------------

    def _windows(self, text: str, tokens=None):
        from rufacts.grammars.windows import windows

        triggers = self.triggers

        def around(index, tokens):
            a, b = tokens[index]
            word = text[a:b]
            if word[0].isdigit():
                return index - 6, index + 9
            lower = word.lower()  # (the regular expression only for a Roman numeral's letter)
            if lower in triggers or ("ё" in lower and lower.replace("ё", "е") in triggers) \
                    or (word[0] in _ROMAN_LETTERS and _ROMAN_WORD.fullmatch(word)):
                return index - 6, index + 9
            return None
        return windows(text, around, tokens)

    # --- atoms ---------------------------------------------------------------

    def findall(self, text: str) -> list[DateExpr]:
        if not text:
            return []
        from rufacts.grammars.windows import rough_tokens

        tokens = rough_tokens(text)  # one tokenization for both grammars' windows
        atoms: list[DateExpr] = []
        for d in self.dates.findall(text, tokens):
            precision = "day" if d.day else "month" if d.month else "year"
            ymd = (d.year, d.month, d.day)
            atoms.append(DateExpr(d.start, d.stop, d.text, precision, ymd, ymd))
        for offset, chunk in self._windows(text, tokens):
            atoms += [replace(a, start=a.start + offset, stop=a.stop + offset)
                      for a in self._atoms(chunk)]
        atoms.sort(key=lambda a: (a.start, -a.stop))
        urls = [m.span() for m in URL.finditer(text)] if "/" in text or "www." in text else []
        chosen: list[DateExpr] = []
        for a in atoms:
            if chosen and a.start < chosen[-1].stop:
                continue
            if any(s <= a.start and a.stop <= e for s, e in urls):
                continue  # "https://www.znak.com/2016-06-30/..": an address, not read as a date
            if in_title(text, a) and not self._has_verb(text, a):
                continue  # «Россия сегодня», «Музыка для декабря», газета «Сегодня»
            chosen.append(a)
        return self._combine(text, chosen)

    def _atoms(self, text: str) -> list[DateExpr]:
        out = []
        w = self.words

        def add(m, precision, begin, end=None, interval=False, shift=None, group=0):
            s, e = m.span(group)
            out.append(DateExpr(s, e, text[s:e], precision, begin,
                                begin if end is None else end, interval, None, shift))

        lower = text.lower()
        digits = _ASCII_DIGIT.search(text) is not None
        for name, rule in self.rules.items():
            needs = _NEEDS.get(name)
            if needs is not None and not any(n in lower for n in needs) \
                    or not digits and name in _DIGITS:
                continue  # a cheap test before the regular expression
            for m in rule.finditer(text):
                g = m.groups()
                if name in ("year_short", "year_word"):
                    add(m, "year", (int(g[0]), None, None))
                elif name == "year_bare":
                    if self._bare_year(text, m.start(), m.end()):
                        add(m, "year", (int(g[0]), None, None))
                elif name == "slash_date":
                    ymd = (int(g[2]), int(g[1]), int(g[0]))
                    add(m, "day", ymd)
                elif name == "season_years":
                    first = int(g[0])
                    last = first // 100 * 100 + int(g[1])
                    if first < last <= first + 9:  # "2001/02", "1996—98": a sports season
                        add(m, "year", (first, None, None), (last, None, None), True)
                elif name == "year_range":
                    if int(g[0]) < int(g[1]):
                        add(m, "year", (int(g[0]), None, None), (int(g[1]), None, None), True)
                elif name == "day_range":
                    mo, y = w["month"][g[2].lower()], int(g[3]) if g[3] else None
                    if int(g[0]) < int(g[1]):
                        add(m, "day", (y, mo, int(g[0])), (y, mo, int(g[1])), True)
                elif name == "decade":
                    if len(g[0]) == 2 and re.search(r"е$", m.group()) \
                            and self._ordinal_next(text, m.end()):
                        continue  # "на 40-е место": an ordinal before a noun in the singular
                    n = int(g[0])
                    if n < 100:
                        n += 1900
                    if 1000 <= n <= 2090:
                        add(m, "decade", (n, None, None), (n + 9, None, None), True)
                elif name == "decade_word":
                    n = w["decade"][g[0].lower()]
                    base = 2000 if n in (0, 10) else 1900
                    add(m, "decade", (base + n, None, None), (base + n + 9, None, None), True)
                elif name == "century":
                    c = _roman(g[0])
                    if c:
                        add(m, "century", (c * 100 - 99, None, None), (c * 100, None, None), True)
                elif name == "quarter":
                    k = w["ordinal"].get(g[0].lower()) or _roman(g[0])
                    period = w["period"][g[1].lower()]
                    size = 3 if period == "quarter" else 6
                    if not k or k * size > 12:
                        continue
                    if g[1].lower().startswith("половин") and not (g[2] or g[3]):
                        continue  # "во второй половине дня"
                    y = int(g[2]) if g[2] else None
                    sh = ("year", w["shift"][g[3].lower()], "published") if g[3] else None
                    add(m, period, (y, k * size - size + 1, None), (y, k * size, None), True, sh)
                elif name == "season":
                    first = w["season"][g[1].lower()]
                    y = int(g[2]) if g[2] else None
                    shift_word = g[0] or g[3]
                    sh = ("year", w["shift"][shift_word.lower()], "published") if shift_word else None
                    if not shift_word and not g[2] and not g[1].lower().endswith(("ой", "ом", "ью")):
                        continue  # "лето" alone: also a form of "лет"
                    if first == 12:
                        add(m, "season", (y - 1 if y else None, 12, None), (y, 2, None), True, sh)
                    else:
                        add(m, "season", (y, first, None), (y, first + 2, None), True, sh)
                elif name == "month_shift":
                    sh = ("year", w["shift"][g[1].lower()], "published")
                    n = w["month"][g[0].lower()]
                    add(m, "month", (None, n, None), None, False, sh)
                elif name == "month":
                    n = w["month"][g[0].lower()]
                    if g[0][0].isupper() and not _sentence_start(text, m.start()):
                        continue  # "бразильянка Марта", "«Музыка для декабря»"
                    add(m, "month", (None, n, None))
                elif name in ("month_adj", "weekday_adj", "year_adj"):
                    if g[0][0].isupper() and not _sentence_start(text, m.start()):
                        continue  # "Октябрьской революции", "посёлок Октябрьский": names
                    n = w[name][g[0].lower()]
                    if name == "month_adj":
                        add(m, "month", (None, n, None))
                    elif name == "weekday_adj":
                        add(m, "day", None, None, False, ("weekday", n, "published"))
                    else:
                        add(m, "year", None, None, False, ("year", n, "published"))
                elif name == "weekday":
                    prev = _LABEL_PREV.search(text[max(0, m.start() - 12):m.start()])
                    word = prev.group(1).lower() if prev is not None else ""
                    if word not in _WEEKDAY_PREV and word not in w["shift"]:
                        continue  # "окружающую среду"; "в минувшую пятницу" is one
                    ahead = 7 if w["shift"].get(word, 0) > 0 else 0  # "в следующую пятницу"
                    add(m, "day", None, None, False, ("weekday", w["weekday"][g[0].lower()] + ahead,
                                                      "published"))
                elif name in ("ago", "after"):
                    n = self._number(g[0]) if g[0] else 1
                    if n is None:
                        continue
                    unit = _UNIT[g[1][0].lower()]
                    sign = -1 if name == "ago" else 1
                    if unit == "week":
                        unit, n = "day", n * 7
                    add(m, unit, None, None, False, (unit, sign * n, "published"))
                elif name in ("every_word", "every_unit"):  # "ежегодно", "каждые два года", "раз в год"
                    if name == "every_word":
                        period = w["every"][g[0].lower()]
                    else:
                        number = g[0] or g[1]
                        n = self._number(number) if number else 1
                        if n is None:
                            continue
                        period = f"P{n}{_UNIT[g[2][0].lower()][0].upper()}"
                    unit = {"Y": "year", "M": "month", "W": "week", "D": "day"}[period[-1]]
                    out.append(DateExpr(m.start(), m.end(), m.group(), unit, None, None,
                                        every=period))
                elif name in ("before", "later"):
                    number, unit_word = (g[1], g[2]) if name == "before" else (
                        (g[0], g[1]) if g[1] else (g[2], g[3]))
                    n = None if number and number.lower() == "несколько" else \
                        self._number(number) if number else 1
                    unit = _UNIT[unit_word[0].lower()]
                    if unit == "week":
                        unit, n = "day", None if n is None else n * 7
                    if name == "before" and g[3] and re.match(r"\s*,?\s*(?:как|что|чтобы)(?!\w)",
                                                              text[m.end():]):
                        g = (*g[:3], None)  # "за 7 лет до того, как ...": an event, not a date
                    if name == "before" and not g[3]:  # "за неделю до выборов": no anchor said
                        add(m, unit, None, None, False, ("vague", 0, "published"), group=1)
                    elif n is None or (name == "later" and re.match(r"\s+после(?!\w)", text[m.end():])):
                        add(m, unit, None, None, False, ("vague", 0, "published"))  # "спустя год после войны"
                    else:
                        add(m, unit, None, None, False,
                            (unit, -n if name == "before" else n, "text"))
                elif name == "part_rel":
                    unit = _UNIT[g[1][0].lower()]
                    add(m, unit, None, None, False, (unit, 0, "published"))
                    prep = re.search(r"(?<!\w)(с|со|до|к)\s+$", text[max(0, m.start() - 5):m.start()],
                                     re.IGNORECASE)
                    side = None if prep is None else "end" if prep.group(1).lower() in ("с", "со") \
                        else "begin"
                    out[-1] = replace(out[-1], part=w["part"][g[0].lower()], open_side=side,
                                      interval=side is not None)
        for m in self.relative.finditer(text):
            form = " ".join(m.group().lower().split())
            unit, offset, anchor = self.relative_forms[form]
            if form == "накануне" and self._genitive_next(text, m.end()):
                continue  # the preposition: "накануне выборов"
            out.append(DateExpr(m.start(), m.end(), m.group(), unit, None, None, False, None,
                                (unit, offset, anchor)))
        return out

    def _combine(self, text: str, atoms: list[DateExpr]) -> list[DateExpr]:
        out: list[DateExpr] = []
        i = 0
        while i < len(atoms):
            a = atoms[i]
            b = atoms[i + 1] if i + 1 < len(atoms) else None
            gap = text[a.stop:b.start] if b is not None else ""
            if b is not None and a.shift and a.shift[0] in ("weekday", "day") and not b.shift \
                    and b.precision == "day" and not b.interval \
                    and re.fullmatch(r"\s*[,—–-]?\s*", gap):
                a = _span(text, a.start, b.stop, b)  # "в пятницу, 13 июля", "Вчера, 7 мая"
                i += 1
            elif b is not None and not a.shift and a.begin and a.begin[0] is None \
                    and not a.interval and b.shift and b.shift[0] == "year" and b.begin is None \
                    and re.fullmatch(r"\s+", gap):
                a = _span(text, a.start, b.stop, replace(a, shift=b.shift))  # "25 декабря прошлого года"
                i += 1
            elif b is not None and not a.shift and not b.shift and a.begin and b.begin \
                    and not a.interval and not b.interval and (
                        (a.precision == b.precision
                         and re.fullmatch(r"\s*(?:-|–|—|по|до)\s*", gap, re.IGNORECASE))
                        or (re.fullmatch(r"\s+(?:по|до)\s+", gap, re.IGNORECASE)
                            and re.search(r"(?<!\w)(?:с|со|от)\s+$", text[max(0, a.start - 4):a.start],
                                          re.IGNORECASE))):
                a = _span(text, a.start, b.stop, replace(a, interval=True,  # "с марта 2008 года по 14 октября 2010 года"
                                                         begin=_fill(a.begin, b.end),
                                                         end=b.end, precision=b.precision))
                i += 1
            a = self._around(text, _with_time(text, a))
            out.append(a)
            i += 1
        out += self._bare_days(text, out)
        return sorted(out, key=lambda d: d.start)

    def _around(self, text: str, a: DateExpr) -> DateExpr:
        before = text[max(0, a.start - 40):a.start]
        m = self._part_before.search(before)
        if m and a.precision in ("month", "year", "decade", "century", "season") and a.every is None:
            part = self.words["part"][m.group(2).lower()]
            start = a.start - len(before) + m.start(2)
            prep = (m.group(1) or "").lower()
            a = _span(text, start, a.stop, replace(a, part=part))
            if prep in ("с", "со") and not a.interval:
                return replace(a, interval=True, open_side="end")
            if prep in ("до", "к") and not a.interval:
                return replace(a, interval=True, open_side="begin")
            return a
        m = re.search(r"(?<!\w)(с|со|до)\s+$", before, re.IGNORECASE)
        if m and not a.interval and not a.shift and a.begin:
            return replace(a, interval=True,
                           open_side="begin" if m.group(1).lower() == "до" else "end")
        return a

    def _bare_days(self, text: str, found: list[DateExpr]) -> list[DateExpr]:
        """"20 и 21 мая": the first day takes the month (and year) of the second."""
        extra = []
        for d in found:
            if d.precision != "day" or d.shift or d.interval or not d.begin:
                continue
            m = re.search(r"(?<![\d.,:/-])([12]?\d|3[01])\s*(?:и|,)\s*$", text[max(0, d.start - 12):d.start])
            if m:
                s = d.start - len(text[max(0, d.start - 12):d.start]) + m.start(1)
                e = s + len(m.group(1))
                ymd = (d.begin[0], d.begin[1], int(m.group(1)))
                extra.append(DateExpr(s, e, text[s:e], "day", ymd, ymd))
        taken = [(d.start, d.stop) for d in found]
        return [x for x in extra if not any(a < x.stop and x.start < b for a, b in taken)]


_TIME = re.compile(r",?\s+(?:в\s+)?([01]?[0-9]|2[0-3])[:.]([0-5][0-9])(?![\d%]|[.,]\d)")


def _with_time(text: str, a: DateExpr) -> DateExpr:
    """A time right after a day is part of it: "5 августа в 15:00", "11.12.2015, 14:05"."""
    if a.precision != "day" or a.interval:
        return a
    m = _TIME.match(text, a.stop)
    if m is None:
        return a
    return _span(text, a.start, m.end(), replace(a, time=(int(m.group(1)), int(m.group(2)))))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t«\"(")
    return not before or before[-1] in ".!?\n"


def _span(text: str, start: int, stop: int, d: DateExpr) -> DateExpr:
    return replace(d, start=start, stop=stop, text=text[start:stop])


def _fill(first: YMD, second: Optional[YMD]) -> YMD:
    """The start of a range takes the parts it lacks from its end ("1 по 5 марта 2021")."""
    if second is None:
        return first
    return tuple(f if f is not None or all(x is None for x in first[i + 1:]) else s
                 for i, (f, s) in enumerate(zip(first, second)))

