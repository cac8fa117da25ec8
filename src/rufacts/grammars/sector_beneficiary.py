"""Who a sector phrase serves, left out of it (w69, second round): "услуги телемедицины
для жителей отдалённых районов" -> услуги телемедицины. "для" + residents of a place
(``resident`` cues of ``sector_cues.tsv``: житель, население, гражданин, ...) names the
people served, not the trade; "для" + anything else stays ("оборудование для нефтянки",
"программирование для детей", "услуги ... для интернет-магазинов"). Read by
:class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re

from .sector_words import lexicon

_FOR = re.compile(r"\s+для\s+(\w+)", re.IGNORECASE)


def without_residents(morph, sector: str) -> str:
    """``sector`` without a closing "для <residents> ..." tail."""
    residents = lexicon().first_words("resident")
    for found in _FOR.finditer(sector):
        if found.start() and any(p.normal_form in residents
                                 for p in morph.parse(found.group(1).lower())
                                 if p.tag.POS == "NOUN"):
            return sector[:found.start()]
    return sector


__all__ = ["without_residents"]
