"""A foreign name of three words written given names first, whose later mentions name its last word
("Задержанный Бреннан Адам Хоппер ... Хоппер отказался"): the person's name is settled among all the
readings of the full mention, a given name of two words ("Бреннан Адам") as full as an inverted
reading's first name and middle name, so the later mentions of the surname keep it last and the
name is not read surname first as "Адам Хоппер Бреннан" (entities/name_settle.py, _fullness).
Real pipelines, sentences of our own."""
import pytest

import rufacts


def _person(text, surname):
    people = [p for p in rufacts.extract(text).persons if surname in (p.first, p.middle, p.last)
              or any(surname in m.text for m in p.mentions)]
    assert people, [p.name for p in rufacts.extract(text).persons]
    return people[0]


@pytest.mark.parametrize("text, name, first, last", [
    ("Задержанный Бреннан Адам Хоппер признал вину. Позже Хоппер отказался от показаний. "
     "Адвокат Хоппера подал жалобу.", "Бреннан Адам Хоппер", "Бреннан Адам", "Хоппер"),
    ("Стрелок Кейден Аарон Прескотт открыл огонь у здания школы. По данным полиции, Прескотт "
     "действовал в одиночку. Соседи Прескотта описали его как замкнутого человека.",
     "Кейден Аарон Прескотт", "Кейден Аарон", "Прескотт"),
    ("Основатель стартапа Деррик Карл Уинслоу объявил о продаже компании. Уинслоу сообщил, что "
     "сделка закроется весной.", "Деррик Карл Уинслоу", "Деррик Карл", "Уинслоу"),
    ("Присяжные оправдали Гаррета Мартина Колдуэлла. Колдуэлл провёл в заключении два года. "
     "Защита Колдуэлла настаивала на его невиновности.", "Гаррет Мартин Колдуэлл", "Гаррет Мартин",
     "Колдуэлл"),
])
def test_later_surname_keeps_three_word_name_in_order(text, name, first, last):
    person = _person(text, last)
    assert (person.name, person.first, person.last) == (name, first, last)


def test_russian_inverted_name_still_surname_first():
    # a Russian name written surname first, with a patronymic, stays read surname first
    person = _person("Документ подписал Сорокин Павел Андреевич. Сорокин уточнил, что выплаты начнутся "
                     "в июле.", "Сорокин")
    assert (person.first, person.middle, person.last) == ("Павел", "Андреевич", "Сорокин")


def test_lone_full_name_unchanged():
    person = _person("Обвиняемый Тревис Адам Локхарт признал вину.", "Локхарт")
    assert (person.first, person.last) == ("Тревис Адам", "Локхарт")
