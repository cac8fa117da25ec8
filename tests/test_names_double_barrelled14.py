"""A woman's double-barrelled surname whose last part is a foreign one in consonant + е: that part
stands, the parts before it decline ("с Ниной Лесковой-Боргезе" -> Лескова-Боргезе; every part
in the nominative), :func:`rufacts.entities.name_female_surnames.woman_surname_e`."""
import pytest

import rufacts


def persons(text):
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    ("Дуэт с Ниной Лесковой-Боргезе стал номером вечера.", "Нина Лескова-Боргезе"),
    ("Премию вручили Нине Лесковой-Боргезе.", "Нина Лескова-Боргезе"),
    ("Об Анне Смирновой-Ланге писали все газеты.", "Анна Смирнова-Ланге"),
    ("Слово предоставили Елене Петровой-Ферранте.", "Елена Петрова-Ферранте"),
    ("Контракт с Ириной Волковой-Бурже продлили на год.", "Ирина Волкова-Бурже"),
    ("Выступление Ольги Козловой-Мандзе отложили.", "Ольга Козлова-Мандзе"),
    ("О Марии Белой-Ланге тепло отозвались коллеги.", "Мария Белая-Ланге"),
    ("Письмо направили Татьяне Орловой-Дюпре в понедельник.", "Татьяна Орлова-Дюпре"),
])
def test_first_part_declines_foreign_part_stands(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, name", [
    ("Нина Лескова-Боргезе вышла на сцену.", "Нина Лескова-Боргезе"),
    ("Гостей встречала Ирина Волкова-Бурже.", "Ирина Волкова-Бурже"),
    ("Интервью с Маргаритой Ланге вышло в субботу.", "Маргарита Ланге"),
    ("С Еленой Вяльбе встретился министр.", "Елена Вяльбе"),
    ("Матч с Анной Смирновой-Васильевой перенесли.", "Анна Смирнова-Васильева"),
    ("Выставку Кузьмы Петрова-Водкина открыли в Самаре.", "Кузьма Петров-Водкин"),
])
def test_unchanged_and_wholly_declined(text, name):
    assert name in persons(text)
