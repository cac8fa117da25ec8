"""The figure of all the firms of a kind after a count of some of them (issue 11, "missed
counts"; docs/gold-conventions.md, the count section): "открылись 14 новых пекарен, а всего
их в городе уже 90", "создано два новых питомника растений, всего же в крае их 31".

The figure is a count of its own with the count's noun and sector and no whole, only where
the count says its sector in its noun phrase ("14 новых пекарен", "23 пункта выдачи
заказов") and its clause makes it the new firms of the kind (a word of
``sector_new_cues.txt``: "новых", "открылись", "создано", "ещё"): all the firms are then of
the same trade, the new ones a part. "работают 40 IT-компаний, а всего их в парке около
тысячи" picks the count out by its trade, no figure of the same firms. Where the sector is said by the
predicate ("Кормами занимаются 14 резидентов, а всего в парке их около 300"), the whole lot
are firms of any trade, no count (:mod:`.sector_restated_pronoun` leaves "всего" out for
that reason); with "ещё" in the count's clause it is ("выпечкой стали заниматься ещё 11
предприятий, всего их теперь 58": the firms joined that trade).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicons import load_list

from .sector_earlier import _END, _FIGURE, _QUAL, _TIME, _WAS, _locative, _past_genitives, _value
from .sector_elided_more import _in_noun_phrase


@lru_cache(maxsize=1)
def _all() -> re.Pattern:
    """"а всего их в городе уже 90": the place takes a second word unless it is a word of
    ``sector_not_place_words.txt`` ("в городе теперь около 540")."""
    words = "|".join(re.escape(w) for w in sorted(load_list("sector_not_place_words.txt")))
    not_place = rf"(?!(?:{words})\b)"
    where = rf"(?:в|на|во)\s+(?!том\b|их\b|числе\b)[а-яё-]+(?:\s+{not_place}[а-яё-]+)?"
    return re.compile(rf"\s*(?:[,;]\s*)?(?:(?:а|и)\s+)?всего(?:\s+же)?"
                      rf"(?:\s+(?P<a>{where}))?\s+их(?:\s+(?P<b>{where}))?"
                      rf"(?:\s+(?:{_TIME}))?(?:\s+{_WAS})?\s+{_QUAL}{_FIGURE}{_END}", re.I)


def all_figure(morph, text: str, anchor, stop: int) -> Optional[tuple[int, int, int]]:
    """(start, stop, value) of the figure of all the firms right after ``anchor`` (a count
    with ``start``, ``stop``, ``object``, ``sector``), up to ``stop``; else None."""
    m = _all().match(text, _past_genitives(morph, text, anchor.stop, stop), stop)  # "23 пункта
    if m is None:  # выдачи| заказов маркетплейсов, всего их …"
        return None
    for key in ("a", "b"):
        place = m.group(key)
        if place and not _locative(morph, place.split(None, 1)[1]):
            return None  # "всего на сумму …": no place
    if not (_in_noun_phrase(morph, text, anchor) or _more(text, anchor)) \
            or not _new(morph, text, anchor):
        return None
    value = _value(morph, text, m.start("figure"), m.end("figure"))
    if value is None or value <= 0:
        return None
    lead = len(m.group(0)) - len(m.group(0).lstrip(" ,;"))
    return m.start() + lead, m.end("figure"), value


_MORE = re.compile(r"(?<![а-яё])(?:ещё|еще)\s", re.I)


def _more(text: str, anchor) -> bool:
    """"выпечкой стали заниматься ещё 11 предприятий, всего их теперь 58": firms that joined
    the trade the predicate names, "ещё" in the count's clause; all of them are then of that
    trade too (w199)."""
    start = max(text.rfind(c, 0, anchor.start) for c in ",.!?;")
    return _MORE.search(text, start + 1, anchor.stop) is not None


@lru_cache(maxsize=1)
def _new_cues() -> frozenset[str]:
    return load_list("sector_new_cues.txt")


def _new(morph, text: str, anchor) -> bool:
    """A word of ``sector_new_cues.txt`` in the anchor's clause, up to its end."""
    start = max(text.rfind(c, 0, anchor.start) for c in ".!?;")
    words = re.findall(r"[а-яё]+", text[start + 1:anchor.stop].lower())
    return any(p.normal_form in _new_cues() for w in words for p in morph.parse(w)[:1])


__all__ = ["all_figure"]
