"""Amounts component: money, areas, percents, measures and counts ->
``doc.spans["amounts"]``, labelled by kind (MONEY, AREA, ...); each span's
``._.rufacts_amount`` is a :class:`rufacts.grammars.amounts.AmountValue`."""
from __future__ import annotations

from spacy.language import Language

from ..grammars.morph import Morph
from .base import GrammarSpans
from ..entities.doc_text import doc_text


class AmountsComponent(GrammarSpans):
    spans_key = "amounts"
    value_attr = "rufacts_amount"

    def make_parser(self, morph: Morph):
        from ..grammars.amounts import AmountParser

        return AmountParser(morph)

    def label(self, value) -> str:
        return value.kind.upper()

    def values(self, doc) -> list:
        """Amounts, and durations ("три года", "трёхдневный") that are not part of a date
        of ``doc.spans["dates"]`` ("три года назад", "2015 год")."""
        from ..grammars.durations import find_durations, is_age

        text = doc_text(doc)  # spaCy joins every token's text on each doc.text: once a doc
        found = self.parser.findall(text)
        taken = [(a.start, a.stop) for a in found]
        found += [d for d in find_durations(text)
                  if not any(a < d.stop and d.start < b for a, b in taken)]
        dates = [(s._.rufacts_date.start, s._.rufacts_date.stop)
                 for s in doc.spans.get("dates", ()) if s._.rufacts_date is not None]
        morph = self.parser.morph
        return sorted((a for a in found if a.kind != "duration"
                       or not (any(s < a.stop and a.start < e for s, e in dates)
                               or is_age(text, a, morph))),
                      key=lambda a: a.start)


@Language.factory("rufacts_amounts", assigns=["doc.spans"],
                  default_config={"morph": {"@misc": "rufacts.morph.v1"}})
def make_amounts(nlp: Language, name: str, morph: Morph) -> AmountsComponent:
    return AmountsComponent(nlp, name, morph)
