"""A whole with no sector of its own, then its parts said as elided list items (issue 11):
"В ОЭЗ работают 14 резидентов, из них шесть — в машиностроении, три — в химической
промышленности", "проинвестировал 210 стартапов, из них порядка полусотни — в медтехе".

The whole ("<number> <counted noun>") names the items' noun and is their total; the items
are read by :mod:`.sector_items` (``elided``: "<number> — <sector phrase>"). The whole is
an anchor only where the next segment opens with a part cue ("из них", "из которых",
"среди них", ``part`` cues of two words or more) and a number; it is no count itself (it
has no sector).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .sector_context import count_value, object_lemma
from .sector_number_tokens import is_count_number as _is_number
from .sector_words import forms, lexicon

# a part cue, a few words (the number, its qualifier), a dash: the cheap test a sentence
# passes before its items are read where no count was found in it
PART_ITEMS = re.compile(r"\b(?:из|среди)\s+(?:них|которых)\b[^—–.;:]{1,40}[—–]", re.I)


def part_cue_length(seg: Sequence) -> int:
    """The number of words of a part cue of two words or more ("из них", "в том числе")
    that opens ``seg`` before a number; 0 where none does."""
    words = [t.value.lower() for t in seg]
    for cue in lexicon().cues.get("part", ()):
        n = len(cue)
        if n > 1 and tuple(words[:n]) == cue and n < len(seg) and _is_number(seg[n]):
            return n
        # "из них порядка 900": a qualifier between the cue and the number
        if n > 1 and tuple(words[:n]) == cue and n + 1 < len(seg) and _is_number(seg[n + 1]):
            return n
    return 0


def sectorless_whole(morph, seg: Sequence, after: Optional[Sequence]) -> Optional[tuple]:
    """(start, stop, object, total) of a whole "<number> <counted noun>" in ``seg`` where
    the segment ``after`` it opens with a part cue and a number."""
    if not after or not part_cue_length(after):
        return None
    for k in range(len(seg) - 2, -1, -1):
        if not _is_number(seg[k]):
            continue
        j = k + 1
        while j < len(seg) and _is_number(seg[j]):
            j += 1
        noun = seg[j] if j < len(seg) else None
        obj = object_lemma(noun) if noun is not None and forms(noun) else None
        value = count_value(morph, seg[k:j]) if obj else None
        if value:
            return seg[k].span.start, noun.span.stop, obj, value
        return None
    return None


__all__ = ["PART_ITEMS", "part_cue_length", "sectorless_whole"]
