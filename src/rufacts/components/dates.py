"""Dates component: the yargy date grammar over the doc text -> ``doc.spans["dates"]``.

Each span carries its normalized value as ``span._.rufacts_value`` (a
:class:`rufacts.grammars.dates.DateValue`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import set_span_value
from ..morph import Morph

SPANS_KEY = "dates"


class DatesComponent:
    def __init__(self, nlp: Language, name: str, morph: Morph) -> None:
        from ..grammars.dates import DateParser  # yargy is imported lazily

        self.name = name
        self.parser = DateParser(morph)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for date in self.parser.findall(doc.text):
            span = doc.char_span(date.start, date.stop, label="DATE", alignment_mode="expand")
            if span is None:
                continue
            set_span_value(span, date)
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "rufacts_dates",
    assigns=["doc.spans"],
    default_config={"morph": {"@misc": "rufacts.morph.v1"}},
)
def make_dates(nlp: Language, name: str, morph: Morph) -> DatesComponent:
    return DatesComponent(nlp, name, morph)
