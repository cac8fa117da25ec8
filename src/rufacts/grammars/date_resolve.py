"""Calendar values of :class:`~rufacts.grammars.date_phrases.DateExpr`: a missing year
from the nearest earlier date of the article, else from the publication date; a relative
expression from the publication date (or, for "на следующий день", "накануне", from the
nearest earlier day of the article).

    >>> from datetime import date
    >>> from rufacts.grammars.date_phrases import DateExpr
    >>> d = DateExpr(0, 6, "5 мая", "day", (None, 5, 5), (None, 5, 5))
    >>> resolve(d, date(2019, 5, 15), None)
    ResolvedDate(kind='point', begin='2019-05-05', end='2019-05-05', precision='day', anchor='published', every=None)
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

__all__ = ["ResolvedDate", "resolve", "iso"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    kind: str  # point | interval | relative (no anchor, no calendar value) | frequency
    begin: Optional[str]
    end: Optional[str]
    precision: str
    anchor: Optional[str]  # None | published | text
    every: Optional[str] = None  # kind frequency: the ISO 8601 duration of the period

    @property
    def value(self) -> Optional[str]:
        if self.kind == "frequency":
            return f"R/{self.every}"
        if self.kind == "relative":
            return None
        if self.kind == "point":
            return self.begin
        return f"{self.begin or '..'}/{self.end or '..'}"


def iso(ymd, precision: str) -> Optional[str]:
    """ISO 8601 text of a (year, month, day) triple at a precision ("--05-05" without a year)."""
    if ymd is None:
        return None
    y, m, d = ymd
    if precision == "week" and y is not None and m and d:
        year, week, _ = date(y, m, d).isocalendar()
        return f"{year:04d}-W{week:02d}"
    head = f"{y:04d}" if y is not None else "-"
    if m is None:
        return head
    if d is None:
        return f"{head}-{m:02d}"
    return f"{head}-{m:02d}-{d:02d}"


def _valid(ymd) -> bool:
    if ymd is None:
        return True
    y, m, d = ymd
    if m is None or d is None:
        return True
    return 1 <= d <= calendar.monthrange(y if y is not None else 2000, m)[1]


def _shifted(shift, anchor: date, expr):
    unit, n, _ = shift
    if unit in ("day", "week"):
        day = anchor + timedelta(days=n * (7 if unit == "week" else 1))
        ymd = (day.year, day.month, day.day)
        return ymd, ymd
    if unit == "weekday":  # the latest such weekday on or before the anchor; n >= 7: the next one after it
        if n >= 7:
            day = anchor + timedelta(days=(n - 7 - anchor.weekday() - 1) % 7 + 1)
        else:
            day = anchor - timedelta(days=(anchor.weekday() - n) % 7)
        ymd = (day.year, day.month, day.day)
        return ymd, ymd
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + n
        ymd = (months // 12, months % 12 + 1, None)
        return ymd, ymd
    year = anchor.year + n  # year: fills the year of what the expression gives
    if expr.begin is None and expr.end is None:
        return (year, None, None), (year, None, None)
    return _with_year(expr.begin, expr.end, year)


def _with_year(begin, end, year: int):
    """Winter: the begin in December of the year before ("зимой 2018" = 2017-12..2018-02)."""
    b = (year - 1 if begin[1] and end and end[1] and begin[1] > end[1] else year,
         *begin[1:]) if begin is not None and begin[0] is None else begin
    e = (year, *end[1:]) if end is not None and end[0] is None else end
    return b, e


def resolve(expr, published: Optional[date], previous: Optional[tuple]) -> ResolvedDate:
    """``previous``: the (year, month, day) of the nearest earlier date in the text, or None."""
    if expr.open_side is not None:
        return _open(resolve_closed(expr, published, previous), expr.open_side)
    resolved = resolve_closed(expr, published, previous)
    if getattr(expr, "time", None) and resolved.begin and resolved.kind == "point" \
            and not resolved.begin.startswith("-"):
        stamp = f"{resolved.begin}T{expr.time[0]:02d}:{expr.time[1]:02d}"
        return ResolvedDate("point", stamp, stamp, "minute", resolved.anchor)
    return resolved


def _open(r: ResolvedDate, side: str) -> ResolvedDate:
    """An open interval: "с 1997 года" has no end, "до 2025 года" no begin."""
    if r.kind == "relative":
        return r
    return ResolvedDate("interval", None if side == "begin" else r.begin,
                        None if side == "end" else r.end, r.precision, r.anchor)


def resolve_closed(expr, published: Optional[date], previous: Optional[tuple]) -> ResolvedDate:
    if getattr(expr, "every", None) is not None:  # "ежегодно": no calendar value, a period
        return ResolvedDate("frequency", None, None, expr.precision, None, expr.every)
    shape = "interval" if expr.interval else "point"
    if expr.shift is not None:
        if expr.shift[0] == "vague":  # "в последние годы": no calendar value of its own
            return ResolvedDate("relative", None, None, None, None)
        text_anchor = None
        if expr.shift[2] == "text" and previous is not None and previous[0] is not None and (
                previous[2] is not None or expr.shift[0] == "year"
                or (expr.shift[0] == "month" and previous[1] is not None)):
            text_anchor = date(previous[0], previous[1] or 1, previous[2] or 1)
        anchor = text_anchor or published
        if anchor is None:
            return ResolvedDate("relative", None, None, expr.precision, None)
        begin, end = _shifted(expr.shift, anchor, expr)
        return ResolvedDate(shape, iso(begin, expr.precision), iso(end, expr.precision),
                            expr.precision, "text" if text_anchor else "published")
    begin, end, used = expr.begin, expr.end, None
    missing = any(x is not None and x[0] is None for x in (begin, end))
    if missing:
        if previous is not None:
            year, used = previous[0], "text"
        elif published is not None:
            year, used = published.year, "published"
        else:
            year = None
        if year is not None:
            begin, end = _with_year(begin, end, year)
    return ResolvedDate(shape, iso(begin, expr.precision), iso(end, expr.precision),
                        expr.precision, used)
