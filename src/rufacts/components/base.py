"""The shape shared by components that run a grammar over the doc text and put
what it finds into ``doc.spans[KEY]``, each span carrying its value record as
``span._.<value_attr>`` (dates, amounts, sector counts)."""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..entities.doc_text import doc_text
from .extensions import set_span_value
from ..grammars.morph import Morph


class GrammarSpans:
    """Subclasses name ``spans_key`` and ``value_attr`` and implement ``make_parser``
    and ``label``."""

    spans_key: str = ""
    value_attr: str = ""

    def __init__(self, nlp: Language, name: str, morph: Morph) -> None:
        self.name = name
        self.parser = self.make_parser(morph)  # yargy is imported here, lazily

    def make_parser(self, morph: Morph) -> Any:
        raise NotImplementedError

    def label(self, value: Any) -> str:
        raise NotImplementedError

    def values(self, doc: Doc) -> list:
        return self.parser.findall(doc_text(doc))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for value in self.values(doc):
            span = doc.char_span(value.start, value.stop, label=self.label(value),
                                 alignment_mode="expand")
            if span is not None:  # offsets of the record are the grammar's, not the span's
                set_span_value(span, self.value_attr, value)
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc
