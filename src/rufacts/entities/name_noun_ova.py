"""A surname spelt as a feminine common noun in -ова, -ева, -ина, -ына ("лапина", "малина",
"основа"): the noun's declension reads it for a woman ("Марине Лапиной" ... "о Нине Малине"),
but a man's surname so spelt is the Russian -ов/-ин one the declension table guesses ("При Сергее
Лапине": Лапин, not Лапина). The noun's reading is hers at the weight of a feminine noun surname,
his only below the table's guess in the prepositional, the one case whose -е both share (a man's
surname that is such a noun keeps it in the others, where no -ов/-ин form reads the word: "Олегу
Дубине", "Ивану Калине"). Read by
:func:`rufacts.entities.name_readings._all_readings`."""
from __future__ import annotations

from .name_table_readings import Reading

WOMAN_LIKE = ("ова", "ева", "ёва", "ина", "ына")  # a noun that reads as a woman's surname
MAN_BELOW_TABLE = 0.25  # below the table's -ов/-ин guess for a word the dictionary knows (0.55 halved)


def feminine_noun_surname(case: str, nominative: str, weight: float) -> list[Reading]:
    """The readings as a surname of a feminine common noun (``nominative``) in ``case``."""
    if case != "loct" or not nominative.endswith(WOMAN_LIKE):
        return [Reading("last", case, None, nominative, weight)]
    return [Reading("last", case, "femn", nominative, weight),
            Reading("last", case, "masc", nominative, min(weight, MAN_BELOW_TABLE))]
