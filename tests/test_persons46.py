"""persons46 (w399): normal forms and missed persons of foreign names and of cues the sentence gives
(sentences of our own, the real pipeline)."""
import pytest

import rufacts


def _names(text):
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # initials after a one-syllable East Asian family name are initials, not a given name
    ("Штраф наложен на судовладельца Цой Г. М. за нарушение правил лова.", "Г. М. Цой"),
    ("Жалобу подала пенсионерка Хан О. Д., прожившая в посёлке полвека.", "О. Д. Хан"),
])
def test_initials_after_family_name(text, name):
    assert name in _names(text)


def test_one_letter_given_name_unchanged():
    # a Chinese given name of one letter, written without a dot, is no initial (neighbour)
    assert "Ван И" in _names("Министр Ван И провёл переговоры в Пекине.")


@pytest.mark.parametrize("text, name", [
    ("Выставка рассказывает о Михасе Березняке, учителе из Лиды.", "Михась Березняк"),
    ("Переговоры с Мансуре Ростами прошли в Исфахане.", "Мансуре Ростами"),
])
def test_listed_given_names(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Как сообщила «Ведомостям» представитель банка Л. Р. Кондакова, ставки не изменятся.", "Л. Р. Кондакова"),
    ("Как рассказала РИА представитель мэрии Г. Ф. Сазонова, ремонт закончат в мае.", "Г. Ф. Сазонова"),
])
def test_feminine_verb_over_addressee(text, name):
    assert name in _names(text)


def test_masculine_verb_over_addressee_stays_his():
    assert "Г. Ф. Сазонов" in _names("Как рассказал «Ведомостям» представитель мэрии Г. Ф. Сазонов, ремонт закончат в мае.")


def test_ordinal_before_participle():
    assert "Пыжова" in _names("Старшина Пыжова, первой заметившая пожар, подняла по тревоге весь расчёт.")
    assert "Пыжов" in _names("Старшина Пыжов, первым заметивший пожар, поднял по тревоге весь расчёт.")


def test_missed_initials_and_surname():
    assert "М. К. Тактакишвили" in _names("Из ансамбля М. К. Тактакишвили ушли двое солистов.")


def test_initials_not_taken_from_abbreviation():
    assert _names("Т. е. работы продолжатся и зимой.") == []


@pytest.mark.parametrize("text, name", [
    ("У 51-летнего Гусейнзаде изъяли крупную сумму наличных.", "Гусейнзаде"),
    ("Суд приговорил 23-летнюю Коротаеву к штрафу.", "Коротаева"),
])
def test_age_adjective_surname(text, name):
    assert name in _names(text)


def test_age_adjective_before_place_is_no_person():
    assert _names("В 900-летней Рязани прошёл праздник.") == []


@pytest.mark.parametrize("text, name", [
    ("О Марии-Терезе Кольбах в деревне помнят все.", "Мария-Тереза Кольбах"),
    ("Особняк был заказан Агафоном Евлампиевичем Бутурлиным-Засекиным.", "Агафон Евлампиевич Бутурлин-Засекин"),
])
def test_places_read_as_persons(text, name):
    assert name in _names(text)


def test_family_name_that_is_a_noun_opening_a_sentence():
    assert "Тан Вэйминь" in _names("Тан Вэйминя, главу делегации, встретили в аэропорту.")


def test_latin_initials_no_person():
    assert _names("Он выиграл турнир U.S. Open впервые за десять лет.") == []
