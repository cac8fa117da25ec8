"""The declension table (lexicons/name_endings.tsv) guesses no consonant stem ending in л (ль) or й and a
voiced б, г, a cluster no surname ends in, so the -е of such a surname the dictionary lacks is the
prepositional of one in -а; real pipeline, own sentences."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Газета не раз писала о Степане Кульге.", "Степан Кульга", "Степан", None, "Кульга"),
    ("Коллеги тепло вспоминают о Назаре Вольге.", "Назар Вольга", "Назар", None, "Вольга"),
    ("Сотрудники рассказали о Богдане Кульбе.", "Богдан Кульба", "Богдан", None, "Кульба"),
    # (a cluster of a foreign surname in a consonant stays: -рг, -рд)
    ("Репортаж о Марке Альтенберге вышел в пятницу.", "Марк Альтенберг", "Марк", None, "Альтенберг"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_stem_clusters(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
