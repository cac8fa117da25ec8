"""A case form of a lexicon's foreign first name weighs no more than the dictionary's own reading
where the dictionary reads the word as a case of another common first name ("о Кире": Кира, not
the rare Кир of lexicons/foreign_names.tsv); real pipeline, own sentences. Also: surname-first full
names whose patronymic ends in -ич without -вич ("Прокопенко Семён Ильич") join the surname the
tagger split off."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Журналисты расспросили о Кире Найтли.", "Кира Найтли", "Кира", None, "Найтли"),
    ("Школьники прочли рассказ о Кире Зайцевой.", "Кира Зайцева", "Кира", None, "Зайцева"),
    # a case of a man's and a woman's name alike (Джордж, Джорджа) goes by the surname's man's declined
    # stem (name_gender_twins, twenty-eighth session; in NEREL and factRuEval every "Джордже" before a
    # surname is George's)
    ("На Джордже Ривьере лежит ответственность за проект.", "Джордж Ривьер", "Джордж", None, "Ривьер"),
    ("Илону Маску вручили премию.", "Илон Маск", "Илон", None, "Маск"),
    ("Интервью с Найджелом Фаражем вышло вчера.", "Найджел Фараж", "Найджел", None, "Фараж"),
    ("Командиром бригады назначен полковник Прокопенко Семён Ильич.", "Семён Ильич Прокопенко", "Семён",
     "Ильич", "Прокопенко"),
    ("Совещание провёл генерал Марченко Пётр Кузьмич.", "Пётр Кузьмич Марченко", "Пётр", "Кузьмич", "Марченко"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_lexicon_ties(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
