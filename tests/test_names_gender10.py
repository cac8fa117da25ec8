"""A woman's surname from the verb's gender after initials, and a woman's stressed adjectival
surname after her first name in an oblique case (real pipeline)."""
import pytest

import rufacts


def names(text):
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    ("Акт приёмки подписала И. Петрова.", "И. Петрова"),
    ("Документ утвердила О. Смирнова.", "О. Смирнова"),
    ("Заявление подала Т. Р. Шайхутдинова.", "Т. Р. Шайхутдинова"),
    ("Протокол заседания подписала Е. В. Кузнецова.", "Е. В. Кузнецова"),
])
def test_initials_after_feminine_verb(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("Вчера он встретился с Анной Лозовой в театре.", "Анна Лозовая"),
    ("Режиссёр снял фильм о Марии Толстой.", "Мария Толстая"),
    ("Премию вручили Ирине Белой.", "Ирина Белая"),
    ("Мы долго говорили с Еленой Яровой.", "Елена Яровая"),
    ("Письмо Анны Лозовой пришло утром.", "Анна Лозовая"),
])
def test_woman_adjectival_surname(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("Суд оштрафовал И. Петрова.", "И. Петров"),  # a masculine verb, the name its object
    ("Договор подписал В. Смирнов.", "В. Смирнов"),
    ("Вчера он встретился с Игорем Лозовым.", "Игорь Лозовой"),  # a man
    ("Об этом рассказал Лев Толстой.", "Лев Толстой"),
    ("Он встретился с Марией Петровой.", "Мария Петрова"),  # an -ова surname stays
    ("Открытие сделано Дарьей Вороной и её коллегами.", "Дарья Ворона"),  # a noun surname
    ("Лекцию о Викторе Белом прочитала Ольга Иванова.", "Ольга Иванова"),
])
def test_negatives(text, name):
    assert name in names(text)


def test_man_not_made_woman():
    found = names("Вчера он встретился с Игорем Лозовым.")
    assert "Игорь Лозовая" not in found
    assert "И. Петрова" not in names("Суд оштрафовал И. Петрова.")
