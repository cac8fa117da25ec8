"""The case endings of a Russian adjective (hard -ый/-ой and soft -ий stems: новый, молодой,
синий), by number, gender and case: closed-class grammar, so a table in code. A caller takes the
forms it reads (:func:`adjective_endings`): "sing nomn" is every gender's nominative singular,
"sing masc gent" one form, "gent" the genitive of both numbers."""
from __future__ import annotations

from functools import lru_cache

OBLIQUE = {"gent": ("ого", "его"), "datv": ("ому", "ему"), "ablt": ("ым", "им"), "loct": ("ом", "ем")}  # masc, neut
FEMININE_OBLIQUE = ("ой", "ей")  # genitive, dative, prepositional; the instrumental -ою, -ею too

# (number, gender or None in the plural, case) -> endings, hard stem's first
TABLE = {
    ("sing", "masc", "nomn"): ("ый", "ий", "ой"),
    ("sing", "masc", "accs"): ("ый", "ий", "ой", "ого", "его"),  # inanimate as the nominative, animate as the genitive
    **{("sing", "masc", case): endings for case, endings in OBLIQUE.items()},
    ("sing", "femn", "nomn"): ("ая", "яя"),
    ("sing", "femn", "accs"): ("ую", "юю"),
    **{("sing", "femn", case): FEMININE_OBLIQUE for case in ("gent", "datv", "loct")},
    ("sing", "femn", "ablt"): FEMININE_OBLIQUE + ("ою", "ею"),
    ("sing", "neut", "nomn"): ("ое", "ее"),
    ("sing", "neut", "accs"): ("ое", "ее"),
    **{("sing", "neut", case): endings for case, endings in OBLIQUE.items()},
    ("plur", None, "nomn"): ("ые", "ие"),
    ("plur", None, "gent"): ("ых", "их"),
    ("plur", None, "datv"): ("ым", "им"),
    ("plur", None, "accs"): ("ые", "ие", "ых", "их"),
    ("plur", None, "ablt"): ("ыми", "ими"),
    ("plur", None, "loct"): ("ых", "их"),
}


@lru_cache(maxsize=64)  # keyed by grammar shapes, a closed set
def adjective_endings(*forms: str) -> tuple[str, ...]:
    """The endings of the forms named, each a space-separated choice of number, gender and case
    ("sing nomn", "sing masc gent", "gent"; a part left out: any), once each, in the table's order."""
    wanted = [frozenset(form.split()) for form in forms]
    out: list[str] = []
    for key, endings in TABLE.items():
        if any(w <= set(key) for w in wanted):
            out += [e for e in endings if e not in out]
    return tuple(out)
