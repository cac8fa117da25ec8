"""The record of a date expression: :class:`DateExpr` (found by
:mod:`rufacts.grammars.date_phrases`, resolved by :mod:`rufacts.grammars.date_resolve`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

__all__ = ["DateExpr", "YMD"]

YMD = tuple  # (year | None, month | None, day | None)


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression: ``text == source[start:stop]``.

    ``begin``/``end`` are (year, month, day) triples at ``precision`` (None where the
    text leaves them open: "с 1997 года" has no end); a year None is to be inferred.
    ``shift`` = (unit, offset, anchor) makes it relative: unit day | week | month |
    year | weekday (offset = 0..6), anchor ``published`` or ``text``.
    """

    start: int
    stop: int
    text: str
    precision: str  # day | week | month | season | quarter | half | year | decade | century
    begin: Optional[YMD]
    end: Optional[YMD]
    interval: bool = False
    part: Optional[str] = None  # start | middle | end
    shift: Optional[tuple] = None
    open_side: Optional[str] = None  # begin | end: "до 2025 года" has no begin
    time: Optional[tuple] = None  # (hour, minute) attached to a day: "5 августа в 15:00"
    every: Optional[str] = None  # a frequency: the ISO 8601 duration of its period ("ежегодно": P1Y)

    @property
    def value(self) -> Optional[str]:
        """ISO 8601 as written, before any resolution ("2015-12-11", "--12-11", "1981/1988",
        "1997/.."); None for a relative expression. The record's value resolves years."""
        if self.every is not None:
            return f"R/{self.every}"
        if self.shift is not None:
            return None
        from rufacts.grammars.date_resolve import iso

        begin = None if self.open_side == "begin" else iso(self.begin, self.precision)
        end = None if self.open_side == "end" else iso(self.end, self.precision)
        return begin if not self.interval else f"{begin or '..'}/{end or '..'}"

    def _part(self, index: int) -> Optional[int]:
        if self.interval or self.shift is not None or self.begin is None:
            return None
        return self.begin[index]

    @property
    def year(self) -> Optional[int]:
        return self._part(0)

    @property
    def month(self) -> Optional[int]:
        return self._part(1)

    @property
    def day(self) -> Optional[int]:
        return self._part(2)
