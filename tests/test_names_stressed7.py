"""Men's adjectival surnames a reader writes with the stressed -ой (lexicons/surnames_oy.txt), whose
oblique forms the dictionary reads as an adjective or surname in -ый/-ий: the nominative is the -ой
form, also in a double-barrelled surname; a -ый written so stays; real pipeline, own sentences."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Премию вручили Сергею Бережному.", "Сергей Бережной", "Сергей", None, "Бережной"),
    ("Книга об Андрее Ланском вышла.", "Андрей Ланской", "Андрей", None, "Ланской"),
    ("Встреча с Павлом Шаховским прошла в Москве.", "Павел Шаховской", "Павел", None, "Шаховской"),
    ("Письмо подписано Олегом Петровым-Луговым.", "Олег Петров-Луговой", "Олег", None, "Петров-Луговой"),
    ("Интервью с Еленой Бережной вышло.", "Елена Бережная", "Елена", None, "Бережная"),
    ("Награду получил Игорь Бережный.", "Игорь Бережный", "Игорь", None, "Бережный"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_stressed_adjectival_surnames(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
