"""Two counts sharing one counted noun (issue 11, the service economy, w150): "гостиничные
услуги оказывают 190 и 165 объектов соответственно", "Ремонтом обуви заняты 19 и 16
мастерских": a rule that read the first number as the count of the noun leaves the second
out; it is a count of its own with the same noun and sector (two places, two dates).

Only where the noun after the second number is the value's own counted noun ("в 2024 и 2025
годах" has none) and the first number is the value's count.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .morph import Morph

_PAIR = re.compile(r"(?<![\d,.])(?P<first>\d+)\s+(?:и|или|а)\s+(?P<second>\d+)\s+(?P<noun>[а-яё-]+)",
                   re.I)


def shared_counts(morph: Morph, values: list) -> list:
    """``values`` and the second count of each "N и M <noun>" whose first is a value."""
    out = list(values)
    for v in values:
        for m in _PAIR.finditer(v.text):
            if int(m.group("first")) != v.count:
                continue
            second = int(m.group("second"))
            lemmas = {p.normal_form for p in morph.parse(m.group("noun").lower())}
            if v.object.lower() not in lemmas or any(
                    (w.count, w.object, w.sector) == (second, v.object, v.sector) for w in out):
                continue
            start = v.start + m.start("second")
            out.append(replace(v, start=start, stop=v.stop, text=v.text[m.start("second"):],
                               count=second, total=None, qualifier=None))
    return out


__all__ = ["shared_counts"]
