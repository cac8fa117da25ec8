"""A single word beside initials is the surname: "В. И. Далю" -> В. И. Даль, not a first name
"Даля" with "В." for a patronymic (used by :func:`rufacts.entities.names.analyze_name`).

The initials stand for the first name (and the patronymic): a word left beside them reads as a
surname only, where it has a surname reading ("А. С. Блоку", "Е. М. Малых", "Т. Шайхутдинову").
"""
from __future__ import annotations


def surname_beside_initials(full: list[str], initials: list[str], readings: list) -> list:
    if not initials or len(full) != 1:
        return readings
    last = tuple(r for r in readings[0] if r.role == "last")
    return [last] if last else readings
