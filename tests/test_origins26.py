"""Names of East Asia, Israel and Bantu Africa by how they are built (round 26): a Chinese given name
the dictionary also has as a Russian surname, a Bantu surname in -у beside a Bantu first name, an
Israeli woman's name in a consonant."""
import pytest

import rufacts


def _person(text):
    persons = rufacts.extract(text).persons
    assert len(persons) == 1, [p.name for p in persons]
    return persons[0]


@pytest.mark.parametrize("text, name, first, last", [
    # a two-syllable Chinese given name that is also a Russian surname in -ин, after a family name
    ("Телеграмму с соболезнованиями получил Ли Минина.", "Ли Минин", "Минин", "Ли"),
    # a Bantu first name: the surname ends in a vowel, "-у" is no dative of a consonant stem
    ("Слова благодарности адресовали Сибусисо Мтхембу.", "Сибусисо Мтхембу", "Сибусисо", "Мтхембу"),
    ("Приветствие передали Нолвази Шабангу через посольство.", "Нолвази Шабангу", "Нолвази", "Шабангу"),
    # an Israeli woman's name in a consonant stands unchanged and holds the name together
    ("Интервью с Лимор Ашкенази опубликовали в субботу.", "Лимор Ашкенази", "Лимор", "Ашкенази"),
])
def test_origin_names(text, name, first, last):
    p = _person(text)
    assert (p.name, p.first, p.last) == (name, first, last)


def test_bantu_accusative_in_a_stays_a():
    # a surname in -а beside a Bantu first name still declines ("Мбалулу": Мбалула)
    p = _person("Министр поблагодарил Фикиле Мбалулу за работу.")
    assert p.last == "Мбалула"
