"""A listed man's first name in -а of the South Slavs (Никола, Лука, Синиша) before a Slavic man's surname
declines as his: "о Николе Димовском", "с Николой Пашичем" are of Никола, not of the Armenian Никол
the dictionary reads in "Николе" ("о Николе Пашиняне" stays Никол). Read by
:func:`rufacts.entities.name_first_patronymic.man_first_in_a` for two-word names (:func:`slavic_man_in_a`)."""
from __future__ import annotations

import re

from ..lexicons import load_list
from .name_foreign_first import first_name_peoples, foreign_first_forms
from .name_readings import Reading

PEOPLES = frozenset({"south-slavic", "west-slavic", "east-slavic"})
# a Slavic man's surname (its nominative): Пашич, Димовский, Димовски, Петров, Новак, Томашек
SLAVIC_SURNAME = re.compile(r"(ич|ский|цкий|ски|цки|ов|ев|ин|ак|як|ек|ец|ник)$")
OVER = 0.05  # above the dictionary's case of the other name, so the listed name's reading wins
SURNAME = 0.5  # the surname's reading in that case: the table's or more


def slavic_man_in_a(words: list[str], readings: list) -> list:
    """The first word's readings with the listed Slavic man's name in -а raised over the dictionary's
    reading of another man's name in the same case, where the surname after it reads as a Slavic man's
    in that case."""
    if len(words) != 2:
        return readings
    added = []
    for case, gender, name in foreign_first_forms(words[0]):
        if gender != "masc" or case == "nomn" or not name.endswith(("а", "я")) or not first_name_peoples(name) & PEOPLES:
            continue
        other = [r.weight for r in readings[0] if r.role == "first" and r.case == case and r.nominative != name]
        if not other or not any(r.role == "last" and r.case == case and r.gender == "masc" and r.weight >= SURNAME
                                and SLAVIC_SURNAME.search(r.nominative) for r in readings[1]):
            continue
        added.append(Reading("first", case, "masc", name, max(other) + OVER))
    return [tuple(readings[0]) + tuple(added), *readings[1:]] if added else readings


def south_slavic_given(nominative: str) -> bool:
    """A man's given name of the South Slavs no East Slav bears (``lexicons/name_south_slavic_given.txt``:
    Драган, Горан, Миодраг, Янез): a word in -ич after it is his surname, not a patronymic ("Драган
    Петрович"; read by :func:`rufacts.entities.name_solutions._foreign_first_as_surname`)."""
    return nominative.lower().replace("ё", "е") in load_list("name_south_slavic_given.txt")
