"""The patronymic of a hyphenated first name in a lower-case part (Tuvan Кан-оол, Сайын-оол, Кара-оол):
"Кан-ооловича", "Сайын-ооловной" are patronymics (Кан-оолович, Сайын-ооловна) in their case,
which the dictionary, reading each part alone, misses ("ооловича" as a surname). Read by
:func:`rufacts.entities.name_readings._readings`."""
from __future__ import annotations

import re

from .name_table_readings import Reading, _rule_readings

# a lower-case last part, as of the Tuvan -оол: not two capitalized surnames ("Маркович-Йованович")
HYPHENATED = re.compile(r"^[А-ЯЁ][а-яё]+-[а-яё]{2,}$")
SUFFIXES = ("ович", "евич", "овна", "евна")  # the nominatives read here: a stem before them
PATRONYMIC = 1.0  # as the dictionary's own patronymic


def hyphen_patronymic(word: str) -> list[Reading]:
    """The readings of a hyphenated word whose last part ends as a patronymic in a case, by the
    patronymic rows ("patr") of the declension table, lexicons/name_endings.tsv."""
    if not HYPHENATED.match(word):
        return []
    head, _, tail = word.lower().rpartition("-")
    return [Reading("middle", r.case, r.gender, f"{head}-{r.nominative}", PATRONYMIC)
            for r in _rule_readings(tail, ("patr",)) if r.role == "middle"
            and any(r.nominative.endswith(s) and len(r.nominative) > len(s) + 1 for s in SUFFIXES)]
