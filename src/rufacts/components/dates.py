"""Dates component: the yargy date grammar -> ``doc.spans["dates"]``; each span's
``._.rufacts_date`` is a :class:`rufacts.grammars.dates.DateValue`."""
from __future__ import annotations

from spacy.language import Language

from ..grammars.morph import Morph
from .base import GrammarSpans


class AllDates:
    """Absolute dates from the grammar, and relative ones ("вчера") where no absolute
    date overlaps them."""

    def __init__(self, morph: Morph) -> None:
        from ..grammars.dates import DateParser

        self.absolute = DateParser(morph)

    def findall(self, text: str) -> list:
        from ..grammars.relative_dates import find_relative

        found = self.absolute.findall(text)
        taken = [(d.start, d.stop) for d in found]
        found += [r for r in find_relative(text)
                  if not any(a < r.stop and r.start < b for a, b in taken)]
        return sorted(found, key=lambda d: d.start)


class DatesComponent(GrammarSpans):
    """Dates; a relative one ("в прошлом году") carries unit and offset, and gets its
    value from the publication date when the record is made."""

    spans_key = "dates"
    value_attr = "rufacts_date"

    def make_parser(self, morph: Morph):
        return AllDates(morph)

    def label(self, value) -> str:
        return "DATE"


@Language.factory("rufacts_dates", assigns=["doc.spans"],
                  default_config={"morph": {"@misc": "rufacts.morph.v1"}})
def make_dates(nlp: Language, name: str, morph: Morph) -> DatesComponent:
    return DatesComponent(nlp, name, morph)
