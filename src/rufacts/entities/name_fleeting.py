"""Surnames with a fleeting vowel: Belarusian -ёнок/-енок ("Игоря Коваленка" -> Коваленок,
"Макаёнку" -> Макаёнок). The declension table reads such an oblique form as the case of a
surname in a bare consonant cluster ("Коваленк"); :func:`fleeting_readings` adds the reading
of the nominative with the vowel back (``lexicons/name_fleeting.tsv``), weighed above it."""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_rows

# a man's surname in a consonant: the case endings of its oblique forms
ENDINGS = (("а", "gent"), ("а", "accs"), ("у", "datv"), ("ом", "ablt"), ("е", "loct"))
WEIGHT = 0.55  # above the table's guess of a consonant stem (0.5)


@lru_cache(maxsize=1)
def _rows() -> tuple:
    return tuple((end, nom, int(n)) for end, nom, n in load_rows("name_fleeting.tsv"))


def fleeting_readings(word: str, reading) -> list:
    """Readings (of the ``reading`` class) of ``word`` as an oblique case of a man's surname with
    a fleeting vowel; none for a word that is no such form."""
    low = word.lower()
    out = []
    for ending, case in ENDINGS:
        if not low.endswith(ending):
            continue
        stem = low[:-len(ending)]
        for end, nom, min_len in _rows():
            if stem.endswith(end) and len(stem) >= min_len:
                out.append(reading("last", case, "masc", stem[:-len(end)] + nom, WEIGHT))
    return out
