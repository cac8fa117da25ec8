"""A surname in -йе stands unchanged (West African Ндиайе, Мбайе, Диайе: no case of a man's name
in -йя; the table reads -йя after й as a first name only, Кайя, Майя), and the Scandinavian first
name Кнут, a common noun to the dictionary, is a first name (foreign_names.tsv).
Real pipeline, own sentences (no gold file has them)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Усману Мбайе отказали в визе.", "Усман Мбайе", "Усман", None, "Мбайе"),
    ("Премию вручили Кайе Каллас.", "Кайя Каллас", "Кайя", None, "Каллас"),
    ("О Майе Санду написали газеты.", "Майя Санду", "Майя", None, "Санду"),
    ("Суд оправдал Кнута Хамсуна.", "Кнут Хамсун", "Кнут", None, "Хамсун"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_west_african_and_nordic(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
