"""Sector counts component: the sector grammar over the doc text ->
``doc.spans["sector_counts"]``; each span's ``._.rufacts_value`` is a
:class:`rufacts.grammars.sectors.SectorValue` (count, object, sector, total)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import set_span_value
from ..morph import Morph

SPANS_KEY = "sector_counts"


class SectorsComponent:
    def __init__(self, nlp: Language, name: str, morph: Morph) -> None:
        from ..grammars.sectors import SectorParser  # yargy is imported lazily

        self.name = name
        self.parser = SectorParser(morph)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for value in self.parser.findall(doc.text):
            span = doc.char_span(value.start, value.stop, label="SECTOR_COUNT",
                                 alignment_mode="expand")
            if span is not None:
                set_span_value(span, value)
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "rufacts_sectors",
    assigns=["doc.spans"],
    default_config={"morph": {"@misc": "rufacts.morph.v1"}},
)
def make_sectors(nlp: Language, name: str, morph: Morph) -> SectorsComponent:
    return SectorsComponent(nlp, name, morph)
