"""Trade unions named by one word of stumps only, "проф" among them (``lexicons/org_union_stems.txt``):
"Роспрофжел", "Роспрофжелом", "Росуглепрофом". No dictionary noun ends such a name, so
:mod:`.org_prefixed_bodies` does not cut it, and the tagger reads it as a person; a capitalized word
the dictionary lacks that is its stems and a case ending is an organization. Read by
:func:`.org_prefixed_bodies.prefixed_bodies`."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import get_morph
from ..lexicons import load_list

UNION = "проф"
ENDINGS = ("", "а", "у", "ом", "е")  # a masculine's case endings: "Роспрофжел|ом"
MIN_STEMS = 3  # "Рос|проф|жел"


@lru_cache(maxsize=4_096)
def _stems(low: str) -> int:
    """The fewest stems ``low`` is made of; 0 where it is not made of them."""
    best = 0
    for stem in load_list("org_union_stems.txt"):
        if not low.startswith(stem):
            continue
        rest = low[len(stem):]
        inner = _stems(rest) if rest else 0
        count = 1 + inner if inner or not rest else 0
        if count and (not best or count < best):
            best = count
    return best


def union_stump(text: str) -> bool:
    """A capitalized word (not all capitals) the dictionary lacks, of union stems only with "проф"
    among them, and a case ending ("Роспрофжелом")."""
    if not text[:1].isupper() or text.isupper() or not text.isalpha() or UNION not in text.lower():
        return False
    low = text.lower()
    if get_morph().is_known(low):
        return False
    return any(low.endswith(e) and _stems(low[:len(low) - len(e)] if e else low) >= MIN_STEMS for e in ENDINGS)
