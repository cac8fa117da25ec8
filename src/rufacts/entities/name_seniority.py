"""The last part of a hyphenated surname that tells apart people of one family ("Буша-младшего":
Буш-младший; "Дюма-сына": Дюма-сын), lexicons/name_seniority.txt: a lower-case word that declines
as the adjective or noun it is, in the case and gender of the surname before it. Read by
:func:`rufacts.entities.name_readings._all_readings`."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import Morph, inflect
from ..lexicons import load_list
from .name_table_readings import CASES, Reading

SENIORITY = 1.0  # as a dictionary's reading: the part is a word the dictionary knows


@lru_cache(maxsize=256)
def seniority_readings(morph: Morph, piece: str) -> tuple[Reading, ...]:
    """Readings as a surname's last part of a lower-case word of lexicons/name_seniority.txt
    in any case ("младшего": genitive and accusative of младший); none for another word."""
    if not piece[:1].islower():
        return ()
    words = load_list("name_seniority.txt")
    out = []
    for p in morph.parse(piece):
        grams = p.tag.grammemes
        if p.normal_form not in words or "plur" in grams or p.tag.case not in CASES \
                or p.tag.POS not in ("ADJF", "NOUN") or p.tag.gender not in ("masc", "femn"):
            continue
        nominative = (inflect(p, {"nomn", "sing", p.tag.gender}) if p.tag.POS == "ADJF" else p.normal_form) \
            or p.normal_form
        out.append(Reading("last", p.tag.case, p.tag.gender, nominative, SENIORITY))
    return tuple(out)


UNCHANGED_HEADS = "ио"  # a surname before the word ending so stands as written ("Клуни-старшего": no Клуня)


def seniority_parts(morph: Morph, pieces: list[str], parts: list) -> list:
    """The readings of a surname and the seniority word after it: the word's own, and the surname's
    as written where it ends in -и/-о and has such readings (an indeclinable "Клуни", not the
    genitive of a noun клуня)."""
    head = parts[0]
    if pieces[0][-1:].lower() in UNCHANGED_HEADS:
        head = [r for r in head if r.nominative == pieces[0].lower()] or head
    return [head, list(seniority_readings(morph, pieces[-1]))]
