"""Armenian given names in -е beside an Armenian surname (family givennames35).

"Вахе" is both the Armenian man's name, which stands unchanged in every case, and the dative of the
Chechen Ваха, the commoner in the Russian press; what tells them apart is the surname beside it: an
Armenian one in -ян, -янц, -уни, in any of its cases ("Вахе Саргсяну": Вахе Саргсян; "Вахе Хаджиеву":
Ваха Хаджиев). :func:`armenian_given` adds the unchanged readings of a name of
``lexicons/name_armenian_given.txt`` there; read by :func:`rufacts.entities.names.analyze_name`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_rows
from .name_lexicon_readings import LEXICON
from .name_table_readings import CASES, Reading

# an Armenian surname in -ян, -янц, -уни, as written or in a man's case
ARMENIAN_SURNAME = re.compile(r"(?:янц?(?:а|у|ом|е)?|уни)$")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {word.lower(): gender for word, gender in load_rows("name_armenian_given.txt")}


def armenian_given(full: list[str], readings: list) -> list:
    """The first word of a listed Armenian given name, as written in every case, beside an Armenian
    surname."""
    if len(full) < 2 or not ARMENIAN_SURNAME.search(full[-1].lower()):
        return readings
    low = full[0].lower()
    gender = _names().get(low)
    if gender != "masc":
        return readings
    out = list(readings)
    out[0] = tuple(readings[0]) + tuple(Reading("first", c, gender, low, LEXICON) for c in CASES)
    return out


def armenian_woman_given(full: list[str], readings: list) -> list:
    """The first word of a listed Armenian woman's name in -е, as written in the nominative, beside an
    Armenian surname ("Холдинг возглавит Кристине Манасян"; "Мариане" no longer only Мариана's dative):
    the slot's case decides. Read after the surname's filters (a Portuguese given name's, which keep only
    listed first names: "Мариане")."""
    if len(full) != 2 or not ARMENIAN_SURNAME.search(full[-1].lower()):
        return readings
    low = full[0].lower()
    if _names().get(low) != "femn":
        return readings
    out = list(readings)
    out[0] = tuple(readings[0]) + (Reading("first", "nomn", "femn", low, LEXICON),)
    return out
