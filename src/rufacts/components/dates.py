"""Dates component: the yargy date grammar -> ``doc.spans["dates"]``; each span's
``._.rufacts_date`` is a :class:`rufacts.grammars.dates.DateValue`."""
from __future__ import annotations

from spacy.language import Language

from ..morph import Morph
from .base import GrammarSpans


class DatesComponent(GrammarSpans):
    spans_key = "dates"
    value_attr = "rufacts_date"

    def make_parser(self, morph: Morph):
        from ..grammars.dates import DateParser

        return DateParser(morph)

    def label(self, value) -> str:
        return "DATE"


@Language.factory("rufacts_dates", assigns=["doc.spans"],
                  default_config={"morph": {"@misc": "rufacts.morph.v1"}})
def make_dates(nlp: Language, name: str, morph: Morph) -> DatesComponent:
    return DatesComponent(nlp, name, morph)
