"""Surnames in -ой. A woman's oblique -овой of an adjective (used by
:mod:`rufacts.entities.name_readings`): "Кустовой" is rather the possessive Кустова than an
adjectival Кустовая, unless lexicons/surnames_oy.txt lists the man's -ой (Луговая, Яровая).

A Russian man's adjectival surname in -овой/-евой/-иной in the nominative (used by
:func:`rufacts.entities.names.analyze_name`): after a man's first name written in its own
nominative ("Святослав Дубовой", "Пётр Садовой", "Глеб Лисовой"), a last word in -ой after
-ов-/-ев-/-ин- stands as written, where alone it reads rather as a woman's oblique
surname (Дубовой: of Дубова). The first word must be a man's name ending in a consonant or
-й as written ("Святослав", "Андрей"): a name in a vowel or one that is also a woman's
("Альфие", "Саша", "Александра") leaves the woman's reading alone."""
from __future__ import annotations

from ..grammars.letters import CONSONANTS_AND_YOT
from ..lexicons import load_list

# the declension table's guess of a man's -ой (class yot-o of lexicons/name_endings.tsv: "Эрсой", also
# "Петровой"); the man's -ой after -ов-/-ев-/-ин- read here weighs as much
TABLE_OY = 0.45
STEMS = ("овой", "евой", "ёвой", "иной", "ыной")
OVA = ("овой", "евой", "ёвой")


def ova_not_oy(word: str) -> bool:
    """``word`` ends in -овой/-евой and lexicons/surnames_oy.txt does not list it: rather the
    woman's possessive -ова ("Кустовой": Кустова) than an adjectival -ой ("Луговой" is listed).
    Also read by :func:`rufacts.entities.name_female_surnames.woman_surname_oy`."""
    return word.endswith(OVA) and word not in load_list("surnames_oy.txt")


def woman_ova(word: str, gender: str, normal_form: str) -> bool:
    """``word`` is a woman's oblique -овой of the adjective ``normal_form`` that no listed
    stressed surname is ("Кустовой", "Грибовой"; not "Луговой")."""
    return gender == "femn" and word.lower().endswith(OVA) and ova_not_oy(normal_form)


def man_surname_oy(words: list[str], readings: list) -> list:
    """``readings`` with the nominative reading of a man's -ой surname added to the last word."""
    readings = man_adjectival_oy(words, readings)
    if len(words) != 2:
        return readings
    first, last = words[0].lower(), words[1].lower()
    if not last.endswith(STEMS) or first[-1:] not in CONSONANTS_AND_YOT:
        return readings
    if any(r.role == "last" and r.case == "nomn" and r.gender in (None, "masc") and r.nominative == last
           and r.weight >= TABLE_OY for r in readings[1]):
        return readings
    firsts = [r for r in readings[0] if r.role == "first" and r.weight >= 1.0]
    if not any(r.case == "nomn" and r.gender == "masc" and r.nominative == first for r in firsts) \
            or any(r.gender == "femn" for r in firsts):
        return readings
    from .name_readings import Reading  # (name_readings imports this module)
    out = list(readings)
    out[1] = tuple(out[1]) + (Reading("last", "nomn", "masc", last, TABLE_OY),)
    return out


def man_adjectival_oy(words: list[str], readings: list) -> list:
    """``readings`` with a weak nominative reading of a man's stressed adjectival surname added to a last
    word in -ой that reads only as a woman's oblique case of an adjective the dictionary knows in -ый/-ий
    ("Бережной": of Бережная; the man is Бережной, as Лановой, Толстой): below the woman's reading, so
    that only a nominative slot of the name (a verb's subject, an apposition to a nominative post:
    "фотокорреспондент Н. С. Бережной") makes it a man's, where a woman's would be written Бережная."""
    if not words:
        return readings
    last = words[-1].lower()
    if not last.endswith("ой") or len(last) < 5:
        return readings
    rs = readings[-1]
    woman = last[:-2] + "ая"
    if not any(r.role == "last" and r.gender == "femn" and r.case != "nomn" and r.nominative == woman
               for r in rs) or any(r.role == "last" and r.case == "nomn" and r.gender == "masc" and r.weight >= TABLE_OY
                                   for r in rs):
        return readings
    from .name_readings import Reading  # (name_readings imports this module)
    out = list(readings)
    out[-1] = tuple(rs) + (Reading("last", "nomn", "masc", last, TABLE_OY),)
    return out
