"""A "для" + learners phrase after a sector genitive, kept in the sector (w94).

"900 школ программирования для детей", "школ робототехники для детей": the parser hangs
"для детей" on the counted noun, and the sector is read as the genitive alone; the learners
a subject is taught to are part of what the firms offer (docs/gold-conventions.md, `sector`:
"программирование для детей"; the ОКВЭД row of a discipline for learners is 85,
``learner`` rows of ``okved_heads.tsv``). Residents of a place ("для жителей района") are no
learners and stay out (:mod:`.sector_beneficiary`).
Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicons import load_rows
from .morph import word_lemmas

_NOUN = ("NOUN",)

_FOR = re.compile(r"(\w[\w-]*)\s+для\s+(\w+)", re.IGNORECASE)
_REACH = 60  # characters after the count's span the phrase may end in


@lru_cache(maxsize=1)
def _learners() -> frozenset[str]:
    return frozenset(row[1].replace("ё", "е") for row in load_rows("okved_heads.tsv")
                     if row[0] == "learner")


def with_learners(morph, text: str, values: list) -> list:
    """``values`` whose sector's last word is followed in the text by "для" + learners,
    that phrase added to the sector."""
    out = []
    for value in values:
        last = value.sector.split()[-1] if value.sector else ""
        if not last or " для " in value.sector or not last.isalpha():
            out.append(value)
            continue
        window = text[value.start:value.stop + _REACH]
        found = next((m for m in _FOR.finditer(window)
                      if word_lemmas(morph, m.group(1), _NOUN) & word_lemmas(morph, last, _NOUN)
                      and word_lemmas(morph, m.group(2), _NOUN) & _learners()), None)
        out.append(replace(value, sector=f"{value.sector} для {found.group(2)}")
                   if found else value)
    return out


__all__ = ["with_learners"]
