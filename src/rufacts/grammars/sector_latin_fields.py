"""Latin industry terms after a field noun (w127, dev12): "в сегменте BNPL", "компании из
сферы e-commerce", "на рынке SaaS".

The field noun ("сфера", "сегмент", "отрасль", "ниша", "рынок": ``field`` rows of
``sector_markers.tsv``) says that what follows is an industry, so

* a sector read as "<field noun> <Latin term>" ("сфера e-commerce": the Latin term has no
  case for the phrase reader to take as a genitive) is the Latin term alone, as "в сфере
  туризма" is "туризм" (docs/gold-conventions.md, `sector`);
* a one-word Latin sector with no ОКВЭД codes is kept where the text says it right after a
  field noun ("семь банков работают в сегменте BNPL"); elsewhere it is dropped as a
  company's name by :func:`~rufacts.grammars.sector_extent_tails.named_only` ("на долю
  ERG").

Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*"
                         r"(?:\s+[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)?")
_REACH = 160  # characters around the count where the field phrase may stand


@lru_cache(maxsize=1)
def _fields() -> frozenset[str]:
    from .sector_words import lexicon

    return frozenset(lexicon().fields_after("в") | lexicon().fields_after("из")
                     | lexicon().fields_after("на")) - {"доля"}


def _field_word(morph, word: str) -> bool:
    return any(p.normal_form in _fields() for p in morph.parse(word.lower())
               if p.tag.POS == "NOUN")


def _term(sector: str) -> bool:
    return bool(_LATIN_TERM.fullmatch(sector)) and any(c.isalpha() for c in sector)


def after_field(morph, text: str, value) -> bool:
    """Whether the value's Latin sector stands in the text right after a field noun near
    the count ("в сегменте BNPL")."""
    low, high = max(0, value.start - _REACH), min(len(text), value.stop + _REACH)
    for found in re.finditer(r"(\w+)\s+" + re.escape(value.sector) + r"(?![\w-])",
                             text[low:high]):
        if _field_word(morph, found.group(1)):
            return True
    return False


def latin_fields(morph, values: list) -> list:
    """``values`` whose sector "<field noun> <Latin term>" is the Latin term alone."""
    out = []
    for value in values:
        head, _, rest = (value.sector or "").partition(" ")
        if rest and _term(rest) and _field_word(morph, head):
            value = replace(value, sector=rest)
        out.append(value)
    return out


__all__ = ["after_field", "latin_fields"]
