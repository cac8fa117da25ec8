"""Session 39, family nerel39 (w352, NEREL train people): a name of one word named as a relative, or beside
a given name in a list, is a given name (entities/name_kin_given.py, lexicons/name_kin_given.txt): "с женой
Людмилой", "его дочь Джианна", "двое внуков: Алина и Кира". A surname alone after a kinship noun
stays the owner's ("Жена Семёнова")."""
import pytest

import rufacts


def _people(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first", [
    ("Художник прожил сорок лет с женой Валентиной в деревне под Тверью.", "Валентина"),
    ("На вручении диплома рядом с учёным стояла его дочь Эвридика.", "Эвридика"),
    ("Коллекцию марок фермер подарил внуку Торбьорну.", "Торбьорн"),
    ("Спасатели вынесли из квартиры сестру соседа Гульшат.", "Гульшат"),
    ("Сын министра Аарон в компании не работает, заявил представитель.", "Аарон"),
    ("Об этом рассказала падчерица артиста — Виолетта.", "Виолетта"),
])
def test_relative_named_by_given_name(text, first):
    assert (first, None, None) in _people(text)


@pytest.mark.parametrize("text, firsts", [
    ("В семье росли двое детей: Ярослава и Матиас.", ("Ярослава", "Матиас")),
    ("На сцену вышли шестилетняя Полина и четырёхлетний Ян.", ("Полина", "Ян")),
])
def test_given_names_in_a_list(text, firsts):
    people = _people(text)
    for first in firsts:
        assert (first, None, None) in people


@pytest.mark.parametrize("text, last", [
    ("Жена Горохова подала иск о разделе имущества.", "Горохов"),
    ("Сына Вострикова приняли в училище без экзаменов.", "Востриков"),
    ("Дочь Лукашенко посетила выставку.", "Лукашенко"),
    ("На юбилей пришла жена Гребенщикова, сообщили организаторы.", "Гребенщиков"),
    ("Лучшими бомбардирами турнира стали трое: Шевченко, Тотти, Анри.", "Тотти"),
])
def test_owner_surname_stays(text, last):
    assert (None, None, last) in _people(text)


def test_monastic_name_keeps_surname_in_brackets():
    assert ("Лонгин", None, "Корчагин") in _people("Собор освятил архиепископ Лонгин (Корчагин).")


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text", [
    "Больного с пневмонией перевели на аппарат искусственной вентиляции лёгких.",
    "Во время операции хирурги подключили ребёнка к аппарату искусственного кровообращения.",
    "Ведущий сообщил о концерте в своём Telegram-канале.",
    "Школьница стала самым молодым TikTok-блогером города.",
])
def test_device_or_channel_no_organization(text):
    assert not _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Аппарат правительства подготовил проект постановления о тарифах.", "Аппарат правительства"),
    ("Указом создан аппарат национальной безопасности.", "аппарат национальной безопасности"),
    ("Руководитель аппарата нижней палаты парламента ушёл в отставку.", "аппарат нижней палаты парламента"),
    ("Клиенты Ozon-банка получили кешбэк за покупки.", "Ozon-банк"),
])
def test_bodies_stay(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, parts", [
    ("Выставку открыл куратор Federico Paolo Santini.", ("Federico Paolo", None, "Santini")),
    ("С заявлением выступил адвокат Marco Della Valle.", ("Marco", None, "Della Valle")),
    ("Пресс-релиз подписала Giulia Anna Moretti, глава фонда.", ("Giulia Anna", None, "Moretti")),
    ("Сделку курировал John F. Kerrigan.", ("John", "F.", "Kerrigan")),
])
def test_latin_name_has_no_patronymic(text, parts):
    assert parts in _people(text)
