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
from functools import lru_cache
from typing import Optional

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
_ABOVE = r"(?:\s+с\s+(?:лишним|небольшим|гаком|хвостиком|чем-то|чем\s+то))?"

# (w144) the other figure after a clause of any frame: any conjunction, verb, adverb, filler
# or prepositional phrase before it ("плюс ещё", "а по бумагам их числится", "а если с
# ателье считать, то и все", "а так, с цехами, —", "реально работают"), a place or a stage
# after it ("ещё два в Твери", "ещё три в проекте"); the words of the frame are tested by
# :func:`frame_words` (no noun or adjective of its own outside a prepositional phrase)
_FRAME_HEDGE = (r"(?:(?:за|под|где-то|где\s+то|примерно|ну|уже|наверное|штук|все|"
                r"порядка|около|почти|больше|более|свыше)\s+){0,3}")
_FRAME_TAIL = r"(?:\s+(?:в|на|во)\s+[а-яё-]+(?:\s+[а-яё-]+)?)?"
FRAME_PATTERN = re.compile(
    rf"^(?:\s+(?P<kind>[а-яё]+(?:ых|их)))?\s*[,;]\s*(?P<frame>[^\d.;:!?«»()\"]{{0,80}})"
    rf"(?<![а-яё-])(?P<figure>\d+|[а-яё]+){_ABOVE}{_FRAME_TAIL}(?!\s*[—–]){_END}", re.I)
# (no dash after the figure: "12 — к автомобилестроению" is a part with a sector of its own)

SPLIT_PATTERNS = (
    # "осталось, а было одиннадцать", "было, осталась одна", "осталось, а в советское время
    # было за двадцать", "работает, а ещё пять лет назад было сорок"
    re.compile(rf"^\s*(?:{_BE}\s*)?[,;—–]\s*(?:(?:а|но|хотя|тогда\s+как)\s+)?(?:(?:ещё|еще)\s+)?"
               rf"(?:(?:{_TIME}),?\s+)?(?:их\s+)?{_BE}{_ASIDE}\s+{_HEDGE}{_QUAL}{_FIGURE}"
               rf"{_ABOVE}{_END}", re.I),
)

SPLIT_PATTERNS = SPLIT_PATTERNS + (FRAME_PATTERN,)

_FRAME_POS = frozenset({"CONJ", "PRCL", "ADVB", "PRED", "INTJ", "VERB", "INFN", "PRTS", "GRND"})


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    """Words of ``lexicons/sector_frame_words.tsv`` by role (frame, hedge, part)."""
    from ..lexicons import load_rows

    found: dict[str, set[str]] = {}
    for word, role in load_rows("sector_frame_words.tsv"):
        found.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in found.items()}


def frame_words(morph, frame: str) -> bool:
    """The words before the other figure are a frame of speech: conjunctions, verbs,
    adverbs, fillers, "их", and prepositional phrases of up to two words ("по бумагам",
    "с мини-цехами", "в девяностые"). A noun or adjective of its own ("а сотрудников у них",
    "а выручка выросла на") or a preposition right before the figure makes it none."""
    words = re.findall(r"[а-яёa-z-]+|[,—–]", frame.lower())
    roles = _roles()
    if roles["part"] & set(words):
        return False  # "из них 30 — в Москве", "в том числе 12": a part of a whole
    while words and words[-1] in roles["hedge"]:  # "под | сотню", "штук | пятнадцать"
        words.pop()
    after_prep = 0
    for k, word in enumerate(words):
        if word in ",—–":
            after_prep = 0
            continue
        top = morph.parse(word)[0].tag
        if top.POS == "PREP":
            if k == len(words) - 1:
                return False  # "выросла на двадцать"
            after_prep = 2
            continue
        if after_prep:
            after_prep -= 1
            continue
        if word in roles["frame"] or top.POS in _FRAME_POS:
            continue
        return False
    return True


def frame_figure(morph, text: str, m, offset: int, value) -> Optional[tuple[int, int]]:
    """The figure of a :data:`FRAME_PATTERN` match ``m`` (found at ``offset`` of ``text``):
    the longest run of words before its clause's end that reads as a number ("двадцать
    шесть"), the words before it a frame of speech; (its start, its value), else None.
    ``value(morph, text, start, stop)`` reads a figure."""
    first = offset + m.start("frame")
    stop = offset + m.end("figure")
    tail = _TAIL_END.search(text, first, stop)  # "два | в Твери", "пять | на стадии запуска"
    for end in (stop,) + ((tail.start(),) if tail else ()):
        region = text[first:end]
        starts = [first] + [first + w.end() for w in re.finditer(r"[\s—–,]+", region)
                            if w.end() < len(region)]
        for start in starts:
            found = value(morph, text, start, end)
            if found is not None:
                return (start, found) if frame_words(morph, text[first:start]) else None
    return None


_TAIL_END = re.compile(r"\s+(?:в|на|во)\s+[а-яё-]+(?:\s+[а-яё-]+)?$", re.I)


# the next sentence of speech opening with the present figure of the same firms, no "их":
# "Лесопилок у нас было три. — А сейчас одна, да и та …", "… было пять. Теперь осталось два."
# (read by :mod:`.sector_earlier_next` after its own form)
NEXT_OPEN = re.compile(
    rf"[\s«\"—–-]*(?:(?:а|но|ну)\s+)?(?:сейчас|теперь|сегодня|ныне|нынче)(?:\s+же)?,?"
    rf"(?:\s+{_BE})?\s+{_HEDGE}{_QUAL}(?P<figure>[а-яё]+(?:\s+[а-яё]+)?|\d+){_ABOVE}{_END}",
    re.I)
