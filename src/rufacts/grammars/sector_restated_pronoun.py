"""Repeated figures of a count under a pronoun with any lead-in (w107, issue 11, "missed
counts": the same firms counted again at another time, said with "их" / "таких" and no
noun). :mod:`.sector_earlier` reads the pronoun after a time word it knows ("годом ранее их
было 25"); these are the rest, where the clause opens with any words before the pronoun:

* a time or an event of any wording before it: "к этому сезону их стало 23", "к концу
  пандемии их осталось девять", "после кризиса их было около 40";
* a place after it: "и теперь их в регионе 27", "а сегодня их в городе 37";
* a bare "таких" for the same firms: "сейчас таких уже семь", "а год назад таких было
  около 300" ("таких" with a noun of its own is :mod:`.sector_earlier`'s);
* a comparison said before the figure: "их было вдвое больше, около 30", "их стало в два
  раза меньше — 12".

The pronoun must open a clause of its own: a comma, dash, semicolon or bracket before it
with no digits between (the antecedent's count is the last one before the pronoun); the
figure must end its clause (no noun of its own after it: "их 27 заводов" is no repeat).
Each figure takes the antecedent's noun and sector and no whole, as in
:mod:`.sector_earlier` (docs/gold-conventions.md, the count section).
"""
from __future__ import annotations

import re

from .sector_earlier import _END, _FIGURE, _PLACE, _QUAL, _WAS

# "вдвое больше,", "в два раза меньше —", "в 1,5 раза больше": a comparison before the figure
_TIMES = (r"(?:(?:вдвое|втрое|вчетверо|впятеро|вдесятеро|в\s+[\dа-яё,.]+\s+раза?)\s+"
          r"(?:больше|меньше)\s*[,—–:]?\s*)")
# the clause before the pronoun: any words but digits and clause breaks, and no word of a
# total ("а всего в парке их больше тысячи": all the firms, not these)
# (w132) a year or a decade may be among them: "а в 1990-е их было около двадцати", "а до
# 2022 года их было шесть" (a year is a time, not a figure: four digits from 19xx/20xx)
_YEAR = r"(?<![\d,.])(?:19|20)\d\d(?:-[а-яё]{1,3})?(?![\d,.])"
_LEAD = (r"(?:^|[,;:(—–])(?:(?!всего\b|в\s+целом\b|в\s+общей\b|итого\b|общим\b)"
         rf"(?:{_YEAR}|[^\d,;:.()—–«»\"])){{0,60}}?(?<![а-яё-])")

PRONOUN_PATTERNS = (
    # "к этому сезону их стало 23", "и теперь их в регионе 27", "их было вдвое больше, около
    # 30", "сейчас таких уже семь"
    re.compile(rf"{_LEAD}(?P<pronoun>их|таких)(?:\s+{_PLACE})?(?:\s+{_WAS})?\s+{_TIMES}?{_QUAL}"
               rf"{_FIGURE}{_END}", re.I),
)

__all__ = ["PRONOUN_PATTERNS"]
