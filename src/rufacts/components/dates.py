"""Dates component: every time expression -> ``doc.spans["dates"]``; each span's
``._.rufacts_date`` is a :class:`rufacts.grammars.date_phrases.DateExpr` (calendar
values resolved against the publication date when the record is made)."""
from __future__ import annotations

from spacy.language import Language

from ..grammars.morph import Morph
from .base import GrammarSpans


class DatesComponent(GrammarSpans):
    """Dates: points, intervals and relative expressions ("в прошлом году")."""

    spans_key = "dates"
    value_attr = "rufacts_date"

    def make_parser(self, morph: Morph):
        from ..grammars.date_phrases import DatePhrases

        return DatePhrases(morph)

    def label(self, value) -> str:
        return "DATE"


@Language.factory("rufacts_dates", assigns=["doc.spans"],
                  default_config={"morph": {"@misc": "rufacts.morph.v1"}})
def make_dates(nlp: Language, name: str, morph: Morph) -> DatesComponent:
    return DatesComponent(nlp, name, morph)
