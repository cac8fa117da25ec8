"""Dates in Russian news: a yargy grammar (root rule :data:`DATE`) and
:class:`DateParser`, which runs it and returns :class:`DateValue` records.

Forms (the span never includes a preceding preposition such as "в"):

* ``11.12.2015``, ``11.12.2015 г.``          day.month.year (4-digit year only)
* ``2015-12-11``                             ISO 8601
* ``11 декабря 2015 года``, ``11-го декабря 2015 г.``, ``11 дек. 2015``
* ``11 декабря``                             day + month, no year
* ``декабрь 2012``, ``декабре 2012 года``    month + year
* ``2015 год``, ``2015 г.``, ``2015-го года`` year only; a bare ``2015`` is not a date

Years are 1000..2100, days 1..31 and months 1..12; impossible calendar dates
(``31.02.2015``) are dropped together with anything overlapping them.
Ranges glued by a dash (``11-12 декабря``, ``2014-2015 годов``) are not split
into a single date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from rufacts.grammars.earley import FastParser  # noqa: E402
from rufacts.grammars.windows import windows  # noqa: E402
from yargy import and_, or_, rule  # noqa: E402
from yargy.interpretation import fact  # noqa: E402
from yargy.morph import MorphAnalyzer as YargyMorphAnalyzer  # noqa: E402
from yargy.parser import prepare_matches, prepare_trees  # noqa: E402
from yargy.predicates import (  # noqa: E402
    caseless,
    custom,
    dictionary,
    eq,
    in_caseless,
    normalized,
)
from yargy.tokenizer import INT, PUNCT, MorphTokenizer  # noqa: E402

__all__ = ["DATE", "DateFact", "DateParser", "DateValue", "MONTHS", "MONTH_ABBREVIATIONS"]


# --- lexicon ---------------------------------------------------------------

def _load_months() -> tuple[dict[str, int], dict[str, int]]:
    """Read ``lexicons/months.tsv``: ``form<TAB>month[<TAB>abbr]``."""
    source = resources.files("rufacts").joinpath("lexicons/months.tsv")
    full: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        kind = cols[2] if len(cols) > 2 else "full"
        if len(cols) > 3 or kind not in ("full", "abbr", "genitive") or not cols[1].isdigit() \
                or not 1 <= int(cols[1]) <= 12:
            raise ValueError(f"months.tsv:{number}: bad row {line!r}")
        if kind == "genitive":  # the grammar matches lemmas; these serve the article layout
            continue
        (abbr if kind == "abbr" else full)[cols[0].lower()] = int(cols[1])
    return full, abbr


MONTHS, MONTH_ABBREVIATIONS = _load_months()


# --- grammar ---------------------------------------------------------------

DateFact = fact("Date", ["year", "month", "day"])


def _is_day(value: str) -> bool:
    return len(value) <= 2 and 1 <= int(value) <= 31


def _is_month(value: str) -> bool:
    return len(value) <= 2 and 1 <= int(value) <= 12


def _is_iso_part(value: str) -> bool:  # ISO wants "05", not "5"
    return len(value) == 2


def _is_year(value: str) -> bool:
    return len(value) == 4 and 1000 <= int(value) <= 2100


def _month_stems() -> list[tuple[str, int]]:
    # Russian month names decline by ending only: декабр|ь|я|е, ма|й|я|е|ем
    stems = {name[:-1] if name[-1] in "ьй" else name: n for name, n in MONTHS.items()}
    return sorted(stems.items(), key=lambda item: -len(item[0]))  # март before ма


_MONTH_STEMS = _month_stems()


def _month_number(word: str) -> int | None:
    """Month of a word already matched as a month name or abbreviation."""
    word = word.lower()
    if word in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[word]
    for stem, month in _MONTH_STEMS:
        if word.startswith(stem):
            return month
    return None


DOT = eq(".")
DASH = eq("-")

DAY_NUMBER = custom(_is_day, types=INT).interpretation(DateFact.day.custom(int))
MONTH_NUMBER = custom(_is_month, types=INT).interpretation(DateFact.month.custom(int))
YEAR = custom(_is_year, types=INT).interpretation(DateFact.year.custom(int))

ISO_MONTH = and_(
    custom(_is_month, types=INT), custom(_is_iso_part, types=INT)
).interpretation(DateFact.month.custom(int))
ISO_DAY = and_(
    custom(_is_day, types=INT), custom(_is_iso_part, types=INT)
).interpretation(DateFact.day.custom(int))

# "11-го декабря", "1-е мая"
DAY = rule(DAY_NUMBER, rule(DASH, in_caseless({"го", "е", "ое"})).optional())

MONTH_FULL = dictionary(set(MONTHS)).interpretation(  # декабрь, декабря, декабре
    DateFact.month.custom(_month_number)
)
MONTH_ABBR = rule(  # дек, дек. (a dot after a full name ends the sentence)
    in_caseless(set(MONTH_ABBREVIATIONS)).interpretation(DateFact.month.custom(_month_number)),
    DOT.optional(),
)
MONTH_NAME = or_(MONTH_FULL, MONTH_ABBR)

YEAR_NOUN = normalized("год")  # год, года, году, годом ...
YEAR_WORD = or_(
    rule(caseless("г"), DOT.optional()),  # 2015 г., 2015 г
    rule(YEAR_NOUN),
)
# "2015-го года", "в 2015-м году", "2015-й год"
ORDINAL_SUFFIX = in_caseless({"го", "ого", "м", "ом", "й", "ый", "му", "ому"})
YEAR_TAIL = or_(
    YEAR_WORD,
    rule(DASH, ORDINAL_SUFFIX, YEAR_NOUN),
)

NUMERIC_DATE = rule(DAY_NUMBER, DOT, MONTH_NUMBER, DOT, YEAR, YEAR_TAIL.optional())
ISO_DATE = rule(YEAR, DASH, ISO_MONTH, DASH, ISO_DAY)
FULL_DATE = rule(DAY, MONTH_NAME, YEAR, YEAR_TAIL.optional())
DAY_MONTH = rule(DAY, MONTH_NAME)
MONTH_YEAR = rule(MONTH_NAME, YEAR, YEAR_TAIL.optional())
YEAR_ONLY = rule(YEAR, YEAR_TAIL)

DATE = or_(
    NUMERIC_DATE,
    ISO_DATE,
    FULL_DATE,
    DAY_MONTH,
    MONTH_YEAR,
    YEAR_ONLY,
).interpretation(DateFact)


# --- API -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DateValue:
    """A date mention: ``text == source[start:stop]`` and its parsed parts."""

    start: int
    stop: int
    text: str
    year: int | None
    month: int | None
    day: int | None

    @property
    def value(self) -> str:
        """ISO 8601 at the given precision: ``2015-12-11``, ``2012-12``,
        ``2015``, or ``--12-11`` for a day and month without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


def _is_valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not 1000 <= year <= 2100:
        return False
    if month is None:
        return day is None and year is not None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return year is not None
    # 29 февраля without a year is possible: check it against a leap year
    return 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]


class SharedMorph(YargyMorphAnalyzer):
    """yargy's analyzer interface over rufacts' shared pymorphy3 analyzer
    (no second ``MorphAnalyzer`` is created)."""

    def __init__(self, morph) -> None:
        self.raw = morph.analyzer
        self._morph = morph

    def __call__(self, word):
        return list(self._morph.forms(word))  # the forms the sector grammar reads too


_DIGIT = re.compile(r"\d")
# Coarser than yargy's tokens (every boundary here is a yargy token boundary),
# used only to cut the text into small windows around possible dates.
# Window sizes in rough tokens around an anchor number (a date never needs more):
_YEAR_LEFT = 4   # "11 - го декабря 2015", "11 . 12 . 2015"
_YEAR_RIGHT = 4  # "2015 - 12 - 11", "2015 - го года"
_DAY_RIGHT = 7   # "11 - го декабря 2015 - го года"
_MONTH_LOOKAHEAD = 3  # a day number needs a month word within: "11 - го декабря"
_JOINERS = frozenset(".-/:,\u2010\u2011\u2012\u2013\u2014")  # hyphens and dashes


class DateParser:
    """Finds :class:`DateValue` spans in text with the :data:`DATE` grammar."""

    def __init__(self, morph=None) -> None:
        if morph is None:
            from rufacts.grammars.morph import get_morph

            morph = get_morph()
        self.morph = morph
        self.parser = FastParser(DATE, MorphTokenizer(morph=SharedMorph(morph)))

    def __reduce__(self):  # rebuilt, not pickled (Morph pickles as get_morph())
        return (DateParser, (self.morph,))

    def findall(self, text: str, tokens=None) -> list[DateValue]:
        """Non-overlapping dates in text order (leftmost, then longest); ``tokens``: the
        :func:`~rufacts.grammars.windows.rough_tokens` of text, where the caller has them."""
        if not text or _DIGIT.search(text) is None:
            return []
        candidates = []
        for offset, chunk in _windows(text, tokens):
            chart = self.parser.chart(chunk)  # yargy's extract(), then the chart let go
            matches = list(prepare_matches(prepare_trees(self.parser.completed(chart))))
            self.parser.release(chart)
            for match in matches:
                tokens = match.tokens
                if not _well_formed(text, tokens, offset):
                    continue
                start = tokens[0].span.start + offset
                stop = tokens[-1].span.stop + offset
                date = match.fact
                valid = _is_valid(date.year, date.month, date.day)
                candidates.append((start, -stop, not valid, date))
        candidates.sort(key=lambda item: item[:3])
        found: list[DateValue] = []
        last_stop = -1
        for start, neg_stop, invalid, date in candidates:
            if start < last_stop:
                continue
            last_stop = -neg_stop
            if not invalid:  # an impossible date also hides what it overlaps
                found.append(DateValue(start, -neg_stop, text[start:-neg_stop],
                                       date.year, date.month, date.day))
        return found


# a word that starts with a month stem (one regular expression, not a loop over the stems)
_MONTH_START = re.compile("|".join(re.escape(stem) for stem, _ in _MONTH_STEMS))


def _could_be_month(word: str) -> bool:
    """Cheap superset of what MONTH_NAME matches (every month form keeps its stem)."""
    word = word.lower()
    return word in MONTH_ABBREVIATIONS or _MONTH_START.match(word) is not None


def _windows(text: str, tokens=None):
    """``(offset, chunk)`` pieces of text around anchor numbers, merged when
    they touch. Every date has an anchor: a year-like number, or a day-like
    number followed by a month word. Every date lies inside one piece, and
    yargy never sees the rest of the text."""
    def around(index: int, tokens: list[tuple[int, int]]):
        start, stop = tokens[index]
        if _DIGIT.match(text, start) is None:
            return None
        number = text[start:stop]
        if _is_year(number):
            return index - _YEAR_LEFT, index + _YEAR_RIGHT + 1
        if _is_day(number) and any(_could_be_month(text[a:b])
                                   for a, b in tokens[index + 1:index + 1 + _MONTH_LOOKAHEAD]):
            return index, index + _DAY_RIGHT + 1
        return None

    return windows(text, around, tokens)


def _well_formed(text: str, tokens, offset: int) -> bool:
    """Punctuation glued as in ``11.12.2015``, ``2015-го``, ``г.``; numbers not
    part of a longer number, code or range (``1.11.12.2015``, ``8-2015-12-11``)."""
    for i in range(1, len(tokens)):
        token = tokens[i]
        if token.type != PUNCT:
            continue
        if token.span.start != tokens[i - 1].span.stop:
            return False
        if i + 1 < len(tokens):
            after = tokens[i + 1]
            joins = token.value == "-" or (tokens[i - 1].type == INT and after.type == INT)
            if joins and after.span.start != token.span.stop:
                return False
    first, last = tokens[0], tokens[-1]
    start, stop = first.span.start + offset, last.span.stop + offset
    if first.type == INT and start > 0:
        before = text[start - 1]
        if before.isalnum() or (
            before in _JOINERS and start > 1 and text[start - 2].isdigit()
        ):
            return False
    if last.type == INT and stop + 1 < len(text):
        if text[stop] in _JOINERS and text[stop + 1].isdigit():
            return False
    return True
