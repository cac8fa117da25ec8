"""Amounts component: money, areas, percents, measures and counts ->
``doc.spans["amounts"]``, labelled by kind (MONEY, AREA, ...); each span's
``._.rufacts_amount`` is a :class:`rufacts.grammars.amounts.AmountValue`."""
from __future__ import annotations

from spacy.language import Language

from ..grammars.morph import Morph
from .base import GrammarSpans


class AmountsComponent(GrammarSpans):
    spans_key = "amounts"
    value_attr = "rufacts_amount"

    def make_parser(self, morph: Morph):
        from ..grammars.amounts import AmountParser

        return AmountParser(morph)

    def label(self, value) -> str:
        return value.kind.upper()


@Language.factory("rufacts_amounts", assigns=["doc.spans"],
                  default_config={"morph": {"@misc": "rufacts.morph.v1"}})
def make_amounts(nlp: Language, name: str, morph: Morph) -> AmountsComponent:
    return AmountsComponent(nlp, name, morph)
