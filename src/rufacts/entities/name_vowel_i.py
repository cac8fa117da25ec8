"""A surname in a vowel or soft sign before -и stands as written: "Собослаи", "Резаи", "Хаменеи", "Мулиадьи".

Russian (Rosenthal) leaves a foreign surname in -и unchanged in every case. The declension table of unknown
words reads a final -аи, -еи, -ьи as the genitive, dative or prepositional of a word in -ая, -ея, -ья, and
so "подачи Собослаи" came out as of a Собослая, "Мулиадьи" as of a Мулиадья. No surname that declines as a
noun ends in -ая, -ея, -ья: a Russian one in -ая is an adjective's feminine (Золотая: Золотой), whose other
cases end in -ой; -ея, -ья end given names (Аглая, Илья, Марья) the dictionary knows, not surnames. The
endings are those of other peoples' own surnames: the Hungarian adjectival -ai (Собослаи), the Persian -ai, -ei (Резаи, Хаменеи), the Indonesian -di written -дьи (Мулиадьи).
:func:`surname_vowel_i` drops the table's guesses of such a nominative for the surname (the last word, or
a lone one) and adds the word as written where the dictionary has no surname of it. Read by
:func:`rufacts.entities.name_origins.origin_readings` before the origin's weighing (a surname in
-уя, -оя declines: "Мамади Думбуи" is of Думбуя, "Гойи" of Гойя; not read here)."""
from __future__ import annotations

import re

from .name_readings import CASES, Reading

ENDS = re.compile(r"[аеь]и$")  # the written endings read here
GUESSED = ("ая", "ея", "ья")  # the nominatives the table guesses of them
AS_WRITTEN = 0.46  # above the table's guesses (0.4-0.45) it replaces, below the dictionary's own (1.0)


def surname_vowel_i(full: list[str], readings: list) -> list:
    """The last word's readings with the table's guessed nominatives in -ая/-ея/-ья gone (see the module)."""
    if not full:
        return readings
    low = full[-1].lower().replace("ё", "е")
    if not ENDS.search(low) or "-" in low or len(low) < 5:
        return readings
    rs = readings[-1]
    if any(r.weight >= 1.0 and r.role == "last" and r.nominative != low for r in rs):
        return readings  # the dictionary's or a lexicon's surname decides
    if not any(r.role == "last" and r.nominative.endswith(GUESSED) and r.weight < 1.0 for r in rs):
        return readings
    kept = tuple(r for r in rs if not (r.role == "last" and r.weight < 1.0 and r.nominative.endswith(GUESSED)))
    have = {r.case for r in kept if r.role == "last" and r.nominative == low and r.weight >= AS_WRITTEN}
    kept += tuple(Reading("last", case, None, low, AS_WRITTEN) for case in CASES if case not in have)
    return [*readings[:-1], kept]
