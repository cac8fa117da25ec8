"""Parts of a whole the learned reader found (issue 11, the family "N из M <noun>" with the
whole's sector in a genitive or a prepositional group; docs/gold-conventions.md, ``total``).

The part rules (:mod:`.sector_parts`) run before the learned reader
(:mod:`rufacts.components.sector_learned`), which reads only the sentences the rules left
silent; a whole only the reader found ("Три из шести заводов ЖБИ края", "Два из четырёх
заводов по выпуску цемента") had its part read by nobody. Here the part rules run again on
the reader's wholes:

* the number before "из" of the whole ("Три из шести заводов …" -> 3, the whole's object and
  sector, total 6), and the parts after a ``part`` cue ("…, из них два …");
* a count the reader read right before "из" + the number of another of its counts of the
  same noun ("Четыре компании из 25, работающих в X" -> 4 takes 25 as its total).

Parts keep every rule of :class:`.sector_parts._Parts` (no share, no count naming another
industry, smaller than the whole).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .sector_parts import _Parts
from .sector_scan import sentences

_OF = re.compile(r"[\w-]+\s+[\w-]+\s+из\s+(?:почти\s+|около\s+|более\s+)?(\d+)(?!\d|[,.]\d)",
                 re.I)  # "Пять компаний из 30"


def learned_parts(morph, text: str, values: list, learned: list) -> list:
    """The parts of the ``learned`` wholes no count of ``values`` (all, rules' and reader's)
    holds yet."""
    wholes = [v for v in learned if v.total is None]
    if not wholes:
        return []
    parts = _Parts(morph, text, values)
    out: list = []
    for start, stop in sentences(text):
        for whole in [v for v in wholes if start <= v.start < stop]:
            for found in parts.before(whole, start, stop) + parts.after(whole, stop):
                if not any(f.start == found.start for f in out):
                    out.append(found)
                    parts.values = values + out
    return out


def learned_totals(text: str, learned: list) -> list:
    """``learned`` with a count "N <noun> из M" given M as its total, where M is the number of
    another learned count of the same noun ("Пять компаний из 30, работающих в X, …")."""
    out = []
    for value in learned:
        m = _OF.match(text, value.start)
        whole = None if m is None or value.total is not None else next(
            (w for w in learned if w is not value and w.object == value.object
             and w.total is None and w.count == int(re.sub(r"\D", "", m.group(1)))
             and w.count > value.count and w.start <= m.start(1) < w.stop), None)
        out.append(replace(value, total=whole.count) if whole is not None else value)
    return out


__all__ = ["learned_parts", "learned_totals"]
