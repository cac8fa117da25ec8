"""The woman's forms of a Russian surname in -ов, -ев, -ин, -ын where the dictionary has only the man's
(used by :func:`rufacts.entities.name_readings._readings`).

Such surnames decline alike for every family: the man's genitive and accusative "Кротова" is the
woman's nominative, his dative "Кротову" her accusative. The dictionary lists both genders for most
("Лаврова", "Путину") but the man's alone for some ("Кротову", "Сечину"); there a woman's reading is
added at the weight the dictionary's own woman's readings have, so the words around the name (a
feminine verb, a case the slot governs) decide, as for any other surname of the kind.
"""
from __future__ import annotations

from .name_table_readings import Reading

STEMS = ("ов", "ев", "ёв", "ин", "ын")
WOMAN = 1.0  # the dictionary's woman's readings of such surnames weigh 1.0-1.03
# the man's case and the word's ending -> the woman's case whose form is alike
ALIKE = {("datv", "у"): "accs", ("gent", "а"): "nomn", ("accs", "а"): "nomn"}


def woman_counterparts(word: str, readings: list[Reading]) -> list[Reading]:
    """The woman's readings the dictionary lacks for the man's readings of ``word``."""
    low = word.lower()
    have = {(r.case, r.nominative) for r in readings if r.role == "last" and r.gender == "femn" and r.weight >= WOMAN}
    out = []
    for r in readings:
        if r.role != "last" or r.gender != "masc" or r.weight < 1.0 or not r.nominative.endswith(STEMS):
            continue
        case = ALIKE.get((r.case, low[len(r.nominative):]))
        woman = r.nominative + "а"
        if case is None or not low.startswith(r.nominative.replace("ё", "е")) and not low.startswith(r.nominative) \
                or (case, woman) in have:
            continue
        have.add((case, woman))
        out.append(Reading("last", case, "femn", woman, WOMAN))
    return out
