"""Adjective sectors read by the counted noun (w180): the same adjective names another
industry on another noun. "молочных заводов" are the dairy industry, "молочных ферм" are
dairy farming ("молочное животноводство", docs/gold-conventions.md: the adjective on the
counted noun becomes the industry noun phrase, and the industry of a farm is its husbandry).

``sector_object_readings.tsv`` lists ``object <TAB> sector as the adjective reads it <TAB>
sector on this object``. A count keeps the adjective's reading where its sentence says
that reading's head word itself ("в молочной промышленности работают 40 ферм": the
sentence names the industry, the farms are in it).

Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..lexicons import load_rows
from .sector_scan import sentence_at


@lru_cache(maxsize=1)
def _readings() -> dict[tuple[str, str], str]:
    return {(row[0].lower(), row[1]): row[2] for row in load_rows("sector_object_readings.tsv")}


def _sentence(text: str, start: int, stop: int) -> str:
    begin, end = sentence_at(text, start, (start, stop))
    return text[begin:max(end, stop)]


def _said(sector: str, sentence: str) -> bool:
    """The reading's head word (its last word, stem of 5+ letters) stands in the sentence."""
    head = sector.split()[-1].lower()
    return head[:max(5, len(head) - 3)] in sentence.lower()


def object_readings(text: str, values: list) -> list:
    """``values`` with the sector of an adjective read by the counted noun."""
    table = _readings()
    if not values or not table:
        return values
    out = []
    for v in values:
        new = table.get((v.object.lower(), v.sector))
        if new is not None and not _said(v.sector, _sentence(text, v.start, v.stop)):
            v = replace(v, sector=new)
        out.append(v)
    return out
