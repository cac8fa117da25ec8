"""A Russian man's adjectival surname in -овой/-евой/-иной in the nominative (used by
:func:`rufacts.entities.names.analyze_name`): after a man's first name written in its own
nominative ("Святослав Дубовой", "Пётр Садовой", "Глеб Лисовой"), a last word in -ой after
-ов-/-ев-/-ин- stands as written, where alone it reads rather as a woman's oblique
surname (Дубовой: of Дубова). The first word must be a man's name ending in a consonant or
-й as written ("Святослав", "Андрей"): a name in a vowel or one that is also a woman's
("Альфие", "Саша", "Александра") leaves the woman's reading alone."""
from __future__ import annotations

from .name_readings import Reading

MAN_OY = 0.45  # as the declension table's -ой of other stems (class yot-o of lexicons/name_endings.tsv)
STEMS = ("овой", "евой", "ёвой", "иной", "ыной")
CONSONANT_END = frozenset("бвгджзклмнпрстфхцчшщй")


def man_surname_oy(words: list[str], readings: list) -> list:
    """``readings`` with the nominative reading of a man's -ой surname added to the last word."""
    if len(words) != 2:
        return readings
    first, last = words[0].lower(), words[1].lower()
    if not last.endswith(STEMS) or first[-1:] not in CONSONANT_END:
        return readings
    if any(r.role == "last" and r.case == "nomn" and r.gender in (None, "masc") and r.nominative == last
           and r.weight >= MAN_OY for r in readings[1]):
        return readings
    firsts = [r for r in readings[0] if r.role == "first" and r.weight >= 1.0]
    if not any(r.case == "nomn" and r.gender == "masc" and r.nominative == first for r in firsts) \
            or any(r.gender == "femn" for r in firsts):
        return readings
    out = list(readings)
    out[1] = tuple(out[1]) + (Reading("last", "nomn", "masc", last, MAN_OY),)
    return out
