"""Restated counts of spoken Russian with the noun left out (w137): the same firms counted at
another time right after a count, the clause opened by a verb of being or remaining and the
figure said with the hedges of speech. :mod:`.sector_earlier` reads the written forms; these
are the spoken ones:

* the count's own verb first, then the other figure: "три осталось, а было одиннадцать",
  "пять было, осталась одна", "двенадцать работает, а в девяностые было сорок";
* a parenthetical between the verb and the figure: "а было, если не ошибаюсь, двадцать";
* the hedges of speech before the figure ("за двадцать" is more than twenty, counted 20;
  "где-то", "под", "чуть больше") or "с лишним" / "с небольшим" after it.

Each figure takes the count's noun and sector and no whole (docs/gold-conventions.md, the
count section: "годом ранее их было 25" is a count of its own). The figure must end its
clause, as in :mod:`.sector_earlier` ("а было двадцать лет назад" is no figure).
"""
from __future__ import annotations

import re

from .sector_earlier import _END, _FIGURE, _QUAL, _TIME

# the verbs of being and remaining, in the forms said of a plural or a counted number
_BE = (r"(?:было|был[аи]?|стал[аио]?|остал(?:ось|ась|ся|ись)|оста[её]тся|"
       r"работа(?:л[оаи]?|ет|ют)|действ(?:овал[оаи]?|ует|уют)|насчитыва(?:л(?:ось|ась|ся|ись)|"
       r"ется|ются)|существ(?:овал[оаи]?|ует|уют)|есть)")
# a spoken hedge before the figure: "за двадцать", "где-то сорок", "под сотню", "чуть больше"
_HEDGE = (r"(?:(?:за|под|где-то|где\s+то|примерно|приблизительно|чуть|ну|уже|максимум|"
          r"минимум|от\s+силы|наверное|штук)\s+){0,3}")
# a parenthetical between the verb and the figure: ", если не ошибаюсь,", ", по-моему,"
_ASIDE = r"(?:\s*,\s*[^,.;:!?()\d«»—–]{2,40}?,)?"
_ABOVE = r"(?:\s+с\s+(?:лишним|небольшим|гаком|хвостиком))?"

SPLIT_PATTERNS = (
    # "осталось, а было одиннадцать", "было, осталась одна", "осталось, а в советское время
    # было за двадцать", "работает, а ещё пять лет назад было сорок"
    re.compile(rf"^\s*(?:{_BE}\s*)?[,;—–]\s*(?:(?:а|но|хотя|тогда\s+как)\s+)?(?:(?:ещё|еще)\s+)?"
               rf"(?:(?:{_TIME}),?\s+)?(?:их\s+)?{_BE}{_ASIDE}\s+{_HEDGE}{_QUAL}{_FIGURE}"
               rf"{_ABOVE}{_END}", re.I),
)

# the next sentence of speech opening with the present figure of the same firms, no "их":
# "Лесопилок у нас было три. — А сейчас одна, да и та …", "… было пять. Теперь осталось два."
# (read by :mod:`.sector_earlier_next` after its own form)
NEXT_OPEN = re.compile(
    rf"[\s«\"—–-]*(?:(?:а|но|ну)\s+)?(?:сейчас|теперь|сегодня|ныне|нынче)(?:\s+же)?,?"
    rf"(?:\s+{_BE})?\s+{_HEDGE}{_QUAL}(?P<figure>[а-яё]+(?:\s+[а-яё]+)?|\d+){_ABOVE}{_END}",
    re.I)
