"""What one owner runs is no count of firms (w139).

"Компания «Сибагро» управляет 14 свинокомплексами", "холдинг владеет пятью молокозаводами",
"технопарк располагает пятью павильонами": a verb of owning or running
(``sector_owner_verbs.txt``) right before the number, which stands in the instrumental as
the verb's object, counts the owner's sites or plants, not firms of an industry
(docs/gold-conventions.md, "What is a count"). Read by :mod:`.sector_not_counts`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list

_WORDS = re.compile(r"[\w-]+")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(load_list("sector_owner_verbs.txt"))


def owned(morph, text: str, figure: tuple[int, int]) -> bool:
    """Whether the word before the count's number (``figure``: its span) is a verb of
    owning and the word after it (the number's own next word: the counted noun, or the
    number's second word) reads in the instrumental."""
    before = _WORDS.findall(text[max(0, figure[0] - 40):figure[0]])
    after = _WORDS.findall(text[figure[1]:figure[1] + 40])
    if not before or not after:
        return False
    verb = any(p.tag.POS in ("VERB", "INFN", "PRTF", "GRND") and p.normal_form in _verbs()
               for p in morph.parse(before[-1].lower()))
    return verb and any("ablt" in p.tag for p in morph.parse(after[0].lower())
                        if p.tag.POS in ("NOUN", "ADJF", "NUMR"))


__all__ = ["owned"]
