"""Counted nouns new in the eighth development round (family w66): traders, terminals,
resorts, legal entities, discounters, chains (teams stay out: people); list items said with "по X"
after a colon whole; the industry carried by an owner genitive ("проектов предприятий
лёгкой промышленности"); a client genitive kept in a service's sector ("обслуживанием
юрлиц"). Real pipelines; the sentences are written for these tests."""
from __future__ import annotations

import pytest

import rufacts
from rufacts.grammars.sector_lexicon import lexicon


def counts(text: str) -> set[tuple]:
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("lemma", [
    "трейдер", "оптовик", "селлер", "стивидор", "лоукостер",   # market roles
    "терминал", "курорт",                                     # sites
    "дискаунтер", "фудтрак", "автолавка",                     # establishments
    "юрлицо",                                                 # a legal form
])
def test_new_nouns_are_counted(lemma):
    assert lemma in lexicon().objects


# "продавец" is bound since w107 (sector_objects_bound.tsv: sellers count only beside their
# goods or a platform, "40 тыс. продавцов детских товаров"; a shop's "пять продавцов" stays
# out: tests/test_sector_missed11.py test_sellers_without_goods)
@pytest.mark.parametrize("lemma", ["лицо", "сотрудник", "команда"])
def test_people_stay_out(lemma):
    assert lemma not in lexicon().objects


@pytest.mark.parametrize("text, expected", [
    ("Поставками подсолнечного масла в Китай заняты 18 трейдеров.",
     (18, "трейдер", "поставки подсолнечного масла", None)),
    ("Перевалкой угля в порту Ванино занимаются четыре терминала.",
     (4, "терминал", "перевалка угля", None)),
    ("Лечебным туризмом в крае занимаются 14 курортов.",
     (14, "курорт", "лечебный туризм", None)),
    ("Грузовыми перевозками в районе заняты 37 юрлиц.",
     (37, "юрлицо", "грузовые перевозки", None)),
    ("В Самаре за год появилось 22 продуктовых дискаунтера.",
     (22, "дискаунтер", "продуктовая розница", None)),
    ("На рынке стоматологии города работают три федеральные сети.",
     (3, "сеть", "стоматология", None)),
])
def test_new_nouns_count(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "В аэропорту работают три пассажирских терминала.",
    "Банк установил в торговых центрах 500 платёжных терминалов.",
    "В чемпионате области участвуют 16 футбольных команд.",
    "На хакатон приехали 40 команд разработчиков игр.",
    "На курортах края отдохнули 300 туристов из 12 регионов.",
    "Сетевая компания построила 12 электрических сетей в районе.",
    "В Казани работают 40 продуктовых компаний, выпускающих собственные приложения.",
])
def test_no_false_counts(text):
    assert not any(c[1] in ("терминал", "команда", "курорт", "сеть") or
                   c[2] == "продуктовая розница" for c in counts(text)), counts(text)


@pytest.mark.parametrize("text, expected", [
    ("В парк вошли пять компаний: три — по производству мебели, две — по переработке "
     "древесины.",
     {(3, "компания", "производство мебели", 5), (2, "компания", "переработка древесины", 5)}),
    ("Статус резидента получили четыре фирмы: одна — по выпуску упаковки и три — в сфере "
     "логистики.",
     {(1, "фирма", "выпуск упаковки", 4), (3, "фирма", "логистика", 4)}),
])
def test_list_items_with_po(text, expected):
    assert expected <= counts(text)


@pytest.mark.parametrize("text, expected", [
    ("Фонд одобрил девять проектов предприятий пищевой промышленности.",
     (9, "проект", "пищевая промышленность", None)),
    ("В программу отобраны 11 проектов фармацевтических компаний.",
     (11, "проект", "фармацевтика", None)),
])
def test_owner_genitive_gives_the_industry(text, expected):
    assert expected in counts(text)


def test_owner_genitive_needs_an_industry_and_an_owned_noun():
    assert not counts("Поддержку получили 30 проектов предприятий области.")
    assert not counts("На форум приехали 25 команд разработчиков программ.")


def test_client_genitive_stays_in_a_service():
    assert (45, "банк", "кредитование предприятий малого бизнеса", None) in counts(
        "Кредитованием предприятий малого бизнеса в регионе занимаются 45 банков.")


@pytest.mark.parametrize("text, expected", [
    ("Оленеводством в Ненецком автономном округе занимаются четыре кооператива и 12 общин.",
     {(4, "кооператив", "оленеводство", None), (12, "община", "оленеводство", None)}),
    ("Оленеводством в Ненецком округе сейчас заняты четыре кооператива и 12 общин.",
     {(4, "кооператив", "оленеводство", None), (12, "община", "оленеводство", None)}),
])
def test_activity_hung_on_a_place_is_the_verbs(text, expected):
    # the parser hangs the instrumental activity on the place noun as a clause ("acl")
    assert expected <= counts(text)


@pytest.mark.parametrize("text, expected", [
    ("На въезде в город работают 18 станций техобслуживания.",
     (18, "станция", "техобслуживание", None)),
    ("На Онежском озере промышляют 25 рыболовецких бригад.",
     (25, "бригада", "рыболовство", None)),
])
def test_bound_stations_and_crews(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "В Москве за год открыли девять станций метро.",
    "К вечеру на вызовы выехали 40 бригад скорой помощи.",
    "В области установили 30 зарядных станций для электромобилей.",
])
def test_stations_and_crews_need_their_word(text):
    assert not any(c[1] in ("станция", "бригада") for c in counts(text)), counts(text)


def test_grain_trader_names_its_trade():
    assert (9, "зернотрейдер", "торговля зерном", None) in counts(
        "В Ростовской области зарегистрированы девять зернотрейдеров.")
    # a plain trader names no goods: the sentence must
    assert not counts("В Ростовской области зарегистрированы девять трейдеров.")
