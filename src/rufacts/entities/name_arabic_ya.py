"""Arabic names in -ья after the article ("Абдулле аль-Яхье" -> аль-Яхья, "с Мухаммедом аль-Зарьей").

An Arabic name in -ья (Яхья, Зарья, Зувайя's kin) declines as Илья does: -ьи, -ье, -ью, -ьей. The
dictionary does not know such a word and the declension table reads "Яхье" as written (a French surname
in -ье, "Мерсье", "Готье", stands unchanged), so after the article of lexicon ``ARTICLES`` of
:mod:`rufacts.entities.name_readings` (a word no French name follows) the forms in -ье, -ьи, -ью, -ьей
are read as the cases of a name in -ья, and likewise -йе, -йи, -йю, -йей after a vowel as those of a name
in -йя ("Амру эль-Сулейе" -> эль-Сулейя); read by ``name_readings._all_readings``."""
from __future__ import annotations

from .name_table_readings import Reading

VOWELS = "аеёиоуыэюя"

# the endings of the cases of a noun in -ья ("Илья": Ильи, Илье, Илью, Ильей, об Илье)
YA_ENDINGS = (("ьей", ("ablt",)), ("ьёй", ("ablt",)), ("ье", ("datv", "loct")), ("ьи", ("gent",)),
              ("ью", ("accs",)), ("ья", ("nomn",)))
YA_WEIGHT = 0.5  # above the table's reading as written (0.3)


def arabic_ya(tail: str, readings: list[Reading]) -> list[Reading]:
    """``readings`` of the word after an Arabic article with those of a name in -ья added where the word
    ends in one of its case endings ("Яхье": datv and loct of Яхья)."""
    low = tail.lower()
    for ending, cases in YA_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1 and low[-len(ending) - 1] not in "ьъ":
            nominative = low[:-len(ending)] + "ья"
            return readings + [Reading("last", case, None, nominative, YA_WEIGHT) for case in cases]
        # a name in -йя after a vowel declines so too ("Амру эль-Сулейе" -> эль-Сулейя, "аль-Хамайи")
        ending = "й" + ending[1:]
        if low.endswith(ending) and len(low) > len(ending) + 1 and low[-len(ending) - 1] in VOWELS:
            nominative = low[:-len(ending)] + "йя"
            return readings + [Reading("last", case, None, nominative, YA_WEIGHT) for case in cases]
    return readings
