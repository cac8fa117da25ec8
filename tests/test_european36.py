"""Session 36, family european36 (w322): people of the Baltic states, Moldova and Romania and the
English-speaking world in Russian news.

- A Lithuanian married woman's surname in -ене stands in every case after a Baltic woman's first name
  (lexicons/baltic_first_names.txt; entities/name_baltic_surnames.lithuanian_ene), her first name in -е too.
- A Romanian surname in -у its first name's origin keeps says that origin (entities/name_origins.py):
  a Romanian man's given name in the genitive goes back to its consonant ("Марчела": Марчел); a
  Romanian -су, -цу after a vowel stands (lexicons/name_origin_declension.tsv).
- Given names of the peoples' lists (lexicons/name_foreign_first_names.tsv): Irish men's names in a
  consonant decline, English short names that are Russian common nouns open the name.
- An Estonian given name the dictionary reads as a month or common noun joins the surname after it
  (entities/name_first_before.py), and so does a first name before a middle initial and a surname.
- English and Irish names in -хью stand (lexicons/name_endings.tsv); Estonian given names in -е of the
  peoples' lists stand (lexicons/name_origin_declension.tsv, listed); Latvian men's names decline."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Грамоту вручили учительнице Аудроне Пятрулене из Шяуляя.", "Аудроне", "Пятрулене"),
    ("Литовские журналисты рассказывают о Неринге Вайткене и её проекте.", "Неринга", "Вайткене"),
    ("Интервью Живиле Лапинскене вышло в субботу.", "Живиле", "Лапинскене"),
])
def test_a_lithuanian_ene_surname_stands_after_a_baltic_first_name(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Выступление Марчела Лупаку затянулось на час.", "Марчел", "Лупаку"),
    ("Об этом рассказал депутат Валериу Бацу.", "Валериу", "Бацу"),
    ("Письмо направили Дорину Русу ещё в мае.", "Дорин", "Русу"),
])
def test_a_romanian_surname_in_u_stands_and_the_given_name_goes_back(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Награду вручили ирландскому жокею Падрейгу Кэрроллу.", "Падрейг", "Кэрролл"),
    ("Поправку Чипа Мура поддержали демократы.", "Чип", "Мур"),
    ("Сенатор выслушал Хью Макдонохью.", "Хью", "Макдонохью"),
])
def test_english_and_irish_given_names(text, first, last):
    assert (first, None, last) in _persons(text)


def test_an_estonian_given_name_read_as_a_month_joins_its_surname():
    assert ("Март", None, "Кадастик") in _persons("Телеканал поговорил с Мартом Кадастиком о выборах.")


def test_a_first_name_before_a_middle_initial_joins_it():
    assert ("Марша", "Т.", "Колман") in _persons("Комиссия задала вопросы Марше Т. Колман о бюджете.")


def test_a_month_before_a_surname_is_no_first_name():
    persons = _persons("В Марте Иванов не появлялся.")
    assert not any(p[0] == "Март" for p in persons)


@pytest.mark.parametrize("text, first, last", [
    ("Договор подписали с Каспарсом Гринбергсом во вторник.", "Каспарс", "Гринбергс"),
    ("Министру Калле Пальлингу доложили об учениях.", "Калле", "Пальлинг"),
    ("Слово предоставили Джеку Маршу из Лидса.", "Джек", "Марш"),
])
def test_latvian_and_estonian_given_names_and_a_common_noun_surname(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Цветы подарили певице Лауре Юркуте после концерта.", "Лаура", "Юркуте"),
    ("Мэр вручил диплом Дануте Пятраускене.", "Дануте", "Пятраускене"),
])
def test_a_first_name_before_a_lithuanian_surname_declines_unless_it_is_a_baltic_name_in_e(text, first, last):
    assert (first, None, last) in _persons(text)
