"""Surnames spelt as adjectives or common nouns, real pipeline, own sentences (no gold file has
them): a man's surname in -овой/-евой the dictionary lacks is read in the dative and genitive as
such (not as a case of a consonant stem in -ом); a woman's surname in -ой that is both a
feminine common noun in -а and an adjective is the noun (Ворона, not Вороная), unless the
dictionary tags the adjective a surname (Толстая)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Премию вручили Олегу Лисовому.", "Олег Лисовой", "Олег", None, "Лисовой"),
    ("Слово дали Василию Лановому.", "Василий Лановой", "Василий", None, "Лановой"),
    ("Прокуратура проверила жалобу Романа Зимового.", "Роман Зимовой", "Роман", None, "Зимовой"),
    ("Мэр поручил Сергею Грушевому подготовить доклад.", "Сергей Грушевой", "Сергей", None, "Грушевой"),
    ("Интервью записано Ириной Дорогой.", "Ирина Дорога", "Ирина", None, "Дорога"),
    ("Выставку открыли вместе с Анной Вороной.", "Анна Ворона", "Анна", None, "Ворона"),
    ("Роман написан Татьяной Толстой.", "Татьяна Толстая", "Татьяна", None, "Толстая"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_adjectival_and_noun_surnames(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
