"""A part of a whole that says only whom its products are for (w126, the family "partitive
parts of a total"; docs/gold-conventions.md, ``sector``: "для X" after what the firms make
stays with it, and ``total``).

"Станки выпускают 30 заводов, из них восемь — для авиапрома": the part names no trade of
its own, only the industry its products serve. :class:`.sector_parts._Parts` leaves such a
part alone (the words after "для" name an industry), so it is read here: the whole's
product (its sector without a "для" phrase of its own) followed by the part's "для" phrase
as written ("станки для авиапрома"; "софт для банков" -> "софт для страховщиков"). The
phrase after "для" must name an industry itself (ОКВЭД codes): "для жителей района" names
none and is no part of a sector.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .okved import okved_codes
from .sector_normal import sector_name
from .sector_words import first_grams as _pos
from .sector_words import is_dash

_FOR = re.compile(r"\s+для\s+.*$")
_PHRASE = frozenset({"ADJF", "PRTF", "NOUN", "LATN"})


def purpose_sector(morph, seg: Sequence, skip: set[int], whole) -> Optional[str]:
    """The part's sector "<whole's product> для <phrase>", or None (module docstring)."""
    words = [t for k, t in enumerate(seg) if k not in skip and not is_dash(t)]
    if len(words) < 2 or words[0].value.lower() != "для" or not all(
            _pos(t) & _PHRASE or t.type == "LATIN" for t in words[1:]):
        return None
    served = sector_name(morph, words[1:], "gent")
    if not served or not okved_codes(morph, served):
        return None
    product = _FOR.sub("", whole.sector)
    if not product or product == whole.sector and " " in product and not okved_codes(
            morph, product):
        return None
    return f"{product} для {' '.join(t.value for t in words[1:])}"


_AFTER = re.compile(r"\s*[—–]\s*(для\s+[^,.;:!?()«»—–\d]+?)(?=\s*(?:[,.;:!?»)]|$))")


def purposed_parts(morph, text: str, values: list) -> list:
    """``values`` with a part read by another rule ("..., из них восемь" with the whole's
    sector) followed by "— для <phrase>" given the sector the module's docstring says."""
    from dataclasses import replace

    from .sector_words import tokenize

    out = []
    for v in values:
        m = _AFTER.match(text, v.stop) if v.total is not None else None
        sector = purpose_sector(morph, tokenize(morph, text, *m.span(1)), set(), v) \
            if m else None
        out.append(replace(v, sector=sector) if sector else v)
    return out


__all__ = ["purpose_sector", "purposed_parts"]
