"""A part that names its whole's fused trade by the bare activity (w69, second round):
"41 угледобывающая компания, из них 27 ведут добычу в Кузбассе" -> the 27 are in
угледобыча, not "добыча". The verb's object "добычу" is the last part of the whole's fused
sector noun ("угле-добыча", "рыбо-переработка", "дерево-обработка"): said of the same
firms it means the same trade, so the part takes the whole's sector. Read by
:class:`rufacts.components.sectors.SectorsComponent` once totals are known.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

# the fused noun's first part: a stem of 3+ letters and its connecting vowel ("угле")
_MIN_STEM = 3


def _fused_of(whole: str, bare: str) -> bool:
    """"угледобыча" is a fused form of "добыча": one word that ends with the other after a
    stem and its connecting vowel ("о"/"е")."""
    whole, bare = whole.lower(), bare.lower()
    if " " in whole or " " in bare or "-" in whole or not bare.isalpha():
        return False
    stem = whole[: len(whole) - len(bare)]
    return whole.endswith(bare) and len(stem) > _MIN_STEM and stem[-1] in "ое" \
        and stem.isalpha()


def fused_whole_sectors(values: Sequence) -> list:
    """Values of parts ("из них 27 ведут добычу") whose one-word sector is the bare
    activity of their whole's fused sector take the whole's sector."""
    out = list(values)
    for k, part in enumerate(out):
        if part.total is None or " " in part.sector:
            continue
        whole = next((w for w in out if w.total is None and w.count == part.total
                      and w.object == part.object and w.start < part.start
                      and part.start - w.stop < 300), None)
        if whole is not None and _fused_of(whole.sector, part.sector):
            out[k] = replace(part, sector=whole.sector)
    return out


__all__ = ["fused_whole_sectors"]
