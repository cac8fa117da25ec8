"""The patronymic of a hyphenated first name in a lower-case part (Tuvan Кан-оол, Сайын-оол, Кара-оол):
"Кан-ооловича", "Сайын-ооловной" are patronymics (Кан-оолович, Сайын-ооловна) in their case,
which the dictionary, reading each part alone, misses ("ооловича" as a surname). Read by
:func:`rufacts.entities.name_readings._readings`."""
from __future__ import annotations

import re

from .name_table_readings import Reading

# (suffix, gender, nominative suffix): the patronymic's endings by case
ENDINGS = (
    ("ович", "masc", "ович", (("", "nomn"), ("а", "gent"), ("а", "accs"), ("у", "datv"), ("ем", "ablt"), ("е", "loct"))),
    ("евич", "masc", "евич", (("", "nomn"), ("а", "gent"), ("а", "accs"), ("у", "datv"), ("ем", "ablt"), ("е", "loct"))),
    ("овн", "femn", "овна", (("а", "nomn"), ("ы", "gent"), ("е", "datv"), ("е", "loct"), ("у", "accs"), ("ой", "ablt"))),
    ("евн", "femn", "евна", (("а", "nomn"), ("ы", "gent"), ("е", "datv"), ("е", "loct"), ("у", "accs"), ("ой", "ablt"))),
)
# a lower-case last part, as of the Tuvan -оол: not two capitalized surnames ("Маркович-Йованович")
HYPHENATED = re.compile(r"^[А-ЯЁ][а-яё]+-[а-яё]{2,}$")
PATRONYMIC = 1.0  # as the dictionary's own patronymic


def hyphen_patronymic(word: str) -> list[Reading]:
    """The readings of a hyphenated word whose last part ends as a patronymic in a case."""
    if not HYPHENATED.match(word):
        return []
    low = word.lower()
    tail = low.rpartition("-")[2]
    out = []
    for suffix, gender, nominative, cases in ENDINGS:
        for ending, case in cases:
            full = suffix + ending
            if tail.endswith(full) and len(tail) > len(full) + 1:
                out.append(Reading("middle", case, gender, low[:-len(full)] + nominative, PATRONYMIC))
    return out
