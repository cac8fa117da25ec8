"""Sector counts component -> ``doc.spans["sector_counts"]``; each span's
``._.rufacts_sector_count`` is a :class:`rufacts.grammars.sectors.SectorValue`
(count, object, sector, total)."""
from __future__ import annotations

from spacy.language import Language

from ..grammars.morph import Morph
from .base import GrammarSpans


class SectorsComponent(GrammarSpans):
    spans_key = "sector_counts"
    value_attr = "rufacts_sector_count"

    def make_parser(self, morph: Morph):
        from ..grammars.sectors import SectorParser

        return SectorParser(morph)

    def label(self, value) -> str:
        return "SECTOR_COUNT"


@Language.factory("rufacts_sectors", assigns=["doc.spans"],
                  default_config={"morph": {"@misc": "rufacts.morph.v1"}})
def make_sectors(nlp: Language, name: str, morph: Morph) -> SectorsComponent:
    return SectorsComponent(nlp, name, morph)
