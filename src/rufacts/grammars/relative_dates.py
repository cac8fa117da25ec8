"""Dates relative to the publication date: "вчера", "в прошлом году", "во втором
полугодии текущего года". The forms and their offsets are ``lexicons/relative_dates.tsv``;
a match is resolved into a date only with an anchor (``meta.published``).

    >>> from datetime import date
    >>> [(r.text, r.resolve(date(2015, 12, 11))) for r in find_relative("Вчера и в прошлом году")]
    [('Вчера', (2015, 12, 10)), ('прошлом году', (2014, None, None))]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Optional


@dataclass(frozen=True, slots=True)
class RelativeDate:
    start: int
    stop: int
    text: str
    unit: str      # day | week | month | year
    offset: int
    anchor: str = "published"  # or "text": the nearest earlier date of the article first

    def resolve(self, anchor: date) -> tuple[int, Optional[int], Optional[int]]:
        """(year, month, day) at the unit's precision, counted from ``anchor``."""
        if self.unit in ("day", "week"):  # a week: a day of it
            day = anchor + timedelta(days=self.offset * (7 if self.unit == "week" else 1))
            return day.year, day.month, day.day
        if self.unit == "month":
            months = anchor.year * 12 + anchor.month - 1 + self.offset
            return months // 12, months % 12 + 1, None
        return anchor.year + self.offset, None, None


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, tuple[str, int, str]]]:
    text = (resources.files("rufacts") / "lexicons" / "relative_dates.tsv").read_text("utf-8")
    forms: dict[str, tuple[str, int, str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            form, unit, offset, *anchor = line.split("\t")
            forms[form.lower()] = (unit, int(offset), anchor[0] if anchor else "published")
    from .date_rules import alt  # a trie of the forms, longest first (as a sorted alternative)

    alternatives = alt(forms, space=r"\s+")
    return re.compile(rf"(?<!\w){alternatives}(?!\w)", re.IGNORECASE), forms


def find_relative(text: str) -> list[RelativeDate]:
    """Relative date phrases in text order."""
    pattern, forms = _table()
    found = []
    for match in pattern.finditer(text):
        unit, offset, anchor = forms[" ".join(match.group().lower().split())]
        found.append(RelativeDate(match.start(), match.end(), match.group(), unit, offset, anchor))
    return found


def parse_anchor(published: object) -> Optional[date]:
    """The publication date of ``meta.published`` ("2015-12-11..."), else None."""
    if not isinstance(published, str):
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
