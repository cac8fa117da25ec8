"""A capitalized place adjective in -ский / -цкий the dictionary lacks, before an organization's head
noun ("Ягеллонской библиотеки", "Ягеллонскую библиотеку"): the analyzer reads it as a surname and
leaves it as written, or as a masculine "Ягеллонской". Its ending in the head's case, number and
gender is an adjective's, so its nominative is that of the ending: -ской / -скую -> -ская, -ского /
-скому / -ским / -ском -> -ский (-ское in the neuter), -ских / -ским / -скими -> -ские. Read by
:func:`rufacts.entities.normal._normalize_words` where the dictionary gives no adjective.
"""
from __future__ import annotations

STEMS = ("ск", "цк")
# the oblique endings of such an adjective by gender (None: plural), longest first
ENDINGS = {
    "femn": ("ою", "ой", "ую"),
    "masc": ("ого", "ому", "ым", "им", "ом"),
    "neut": ("ого", "ому", "ым", "им", "ом"),
    None: ("ими", "их", "им"),
}
NOMINATIVE = {"femn": "ая", "masc": "ий", "neut": "ое", None: "ие"}


def stem_adjective(word: str, case: str | None, number: str | None, gender: str | None) -> str | None:
    """The nominative of ``word`` as such an adjective in a head of that case, number and gender
    ("Ягеллонской", gent, sing, femn -> "Ягеллонская"); None where it is no such form."""
    if not word[:1].isupper() or not word.isalpha() or case in (None, "nomn"):
        return None
    key = None if number == "plur" else gender
    if key not in ENDINGS:
        return None
    low = word.lower()
    for ending in ENDINGS[key]:
        stem = low[:-len(ending)]
        if low.endswith(ending) and stem.endswith(STEMS) and len(stem) > 4:
            return word[:len(stem)] + NOMINATIVE[key]
    return None
