"""Repeated figures of a sector count said in the next sentence (issue 11, "earlier and
other figures of the same counted thing"): "Пассажирскими перевозками занимаются девять
перевозчиков. А ещё пять лет назад их было двадцать три." The next sentence opens with
another time (or place) and "их" / "таких <noun>" standing for the firms of the last count
of the sentence before; its figure is a count of its own with that count's noun and sector
and no whole, as in :mod:`.sector_earlier` (docs/gold-conventions.md, the count section).

Only a sentence that opens that way: "их" anywhere later ("Пять лет назад их акции стоили
…") or a figure that does not end its clause is no figure of the same firms.
"""
from __future__ import annotations

import re
from typing import Optional

from .morph import Morph
from .sector_earlier import _END, _FIGURE, _PLACE, _QUAL, _TIME, _WAS, _counted, _locative, \
    _value

_OPEN = re.compile(
    rf"[\s«\"—–]*(?:(?:а|и|но|тогда\s+как)\s+)?(?:(?:ещё|еще|уже)\s+)?(?:{_TIME}),?"
    rf"(?:\s+(?:(?:только|лишь|даже)\s+)?{_PLACE})?\s+(?:их|таких\s+(?P<own>[а-яё-]+))(?:\s+(?:в|на)\s+[а-яё-]+)?"
    rf"(?:\s+{_WAS})?\s+{_QUAL}{_FIGURE}{_END}", re.I)


def next_figure(morph: Morph, text: str, start: int,
                stop: int) -> Optional[tuple[int, int, int, Optional[str]]]:
    """The figure that opens the sentence ``text[start:stop]`` as another figure of the
    firms counted last in the sentence before: (start, stop, value, its own counted noun or
    None), or None."""
    from .sector_restated_split import NEXT_OPEN  # "— А сейчас одна, да и та …"

    m = _OPEN.match(text, start, stop) or NEXT_OPEN.match(text, start, stop)
    if m is None:
        return None
    place = m.groupdict().get("place")
    if place and not _locative(morph, place):
        return None
    value = _value(morph, text, m.start("figure"), m.end("figure"))
    if value is None:
        return None
    obj = None
    if m.groupdict().get("own"):  # "Годом ранее таких компаний было 12"
        obj = _counted(morph, text, m.start("own"), m.end("own"))
        if obj is None:
            return None
    lead = len(m.group(0)) - len(m.group(0).lstrip(" «\"\u00a0"))
    return m.start() + lead, m.end("figure"), value, obj


__all__ = ["next_figure"]
