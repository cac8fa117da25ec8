"""Turkish women's first names in -е (lexicons/foreign_names.tsv) stand unchanged in every case and
make a person with a surname the dictionary reads as a place ("Акташ"); real pipeline, own sentences."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("При Эмине Эрдоган в Анкаре открыли музей.", "Эмине Эрдоган", "Эмине", None, "Эрдоган"),
    ("Турецкие СМИ пишут о Мерве Кавакчи.", "Мерве Кавакчи", "Мерве", None, "Кавакчи"),
    ("При Мелике Йылдыз мэрия Измира открыла парк.", "Мелике Йылдыз", "Мелике", None, "Йылдыз"),
    ("Встреча с Гамзе Озтюрк прошла в Стамбуле.", "Гамзе Озтюрк", "Гамзе", None, "Озтюрк"),
    ("Награду вручили Фадиме Шахин.", "Фадиме Шахин", "Фадиме", None, "Шахин"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_turkish_first_names(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
