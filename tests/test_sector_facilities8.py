"""Facility nouns that name their own trade, and tech-sector loanwords and prefixes (w63,
eighth round; docs/gold-conventions.md: facility nouns are read like agent nouns, a
hyphenated sector prefix is split off). Real pipelines; sentences written for these tests."""
from __future__ import annotations

import pytest

import rufacts
from rufacts.grammars.sector_tech import prefix_sector, tech_form, tech_word


def counts(text: str) -> set[tuple]:
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


# --- tech words by their ending ----------------------------------------------------------

@pytest.mark.parametrize("word", ["медтех", "агротех", "фудтех", "EdTech", "MedTech",
                                  "Proptech", "финтех"])
def test_tech_words(word):
    assert tech_word(word)


@pytest.mark.parametrize("word", ["политех", "тех", "цех", "Tech", "техника", "биотехнологии"])
def test_not_tech_words(word):
    assert not tech_word(word)


def test_tech_forms_and_prefixes():
    assert tech_form("агротехе") == "агротех"
    assert tech_form("Медтеха") == "медтех"
    assert tech_form("EdTech") == "EdTech"
    assert tech_form("политехе") is None
    table = {"телеком-": "телеком", "интернет-": "интернет"}
    kinds = {"интернет-": frozenset({"магазин"})}
    assert prefix_sector("Edtech", table) == "Edtech"          # Latin kept as written
    assert prefix_sector("Агротех", table) == "агротех"
    assert prefix_sector("Телеком", table) == "телеком"
    assert prefix_sector("интернет", table, "магазин", kinds) is None
    assert prefix_sector("Интернет", table, "провайдер", kinds) == "интернет"


@pytest.mark.parametrize("text,expected", [
    ("В области зарегистрированы 17 агротех-компаний.", (17, "компания", "агротех", None)),
    ("Фонд вложился в девять Foodtech-стартапов.", (9, "стартап", "Foodtech", None)),
    ("Медтех-стартапов в технопарке уже 23.", (23, "стартап", "медтех", None)),
    ("В городе работают пять телеком-операторов.", (5, "оператор", "телеком", None)),
    ("Хостинг-провайдеров в регионе насчитывается 31.", (31, "провайдер", "хостинг", None)),
    ("Акселератор отобрал 11 стартапов в фудтехе.", (11, "стартап", "фудтех", None)),
    ("Венчурный фонд поддержал шесть проектов из агротеха.", (6, "проект", "агротех", None)),
    ("Стартапов в сфере PropTech на форуме было 12.", (12, "стартап", "PropTech", None)),
])
def test_tech_sectors(text, expected):
    assert expected in counts(text)


def test_internet_shops_are_no_internet_firms():
    assert not any(c[2] == "интернет" for c in counts("В городе открылись 40 интернет-магазинов."))


def test_a_carried_figure_yields_to_its_own_field():
    """"ещё пять работают в биотехнологиях" names its own industry: not the first count's."""
    found = counts("ИТ-компаний в бизнес-инкубаторе 14, ещё пять работают в биотехнологиях.")
    assert (5, "компания", "IT", None) not in found


# --- facility nouns ----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("В райцентре работают четыре пекарни.", (4, "пекарня", "хлебопечение", None)),
    ("За лето в районе открылись три новые аптеки.",
     (3, "аптека", "фармацевтическая розница", None)),
    ("Поликлиник в районе осталось две.", (2, "поликлиника", "медицина", None)),
    ("На побережье построены девять ветропарков.", (9, "ветропарк", "ветроэнергетика", None)),
    ("В округе остались два элеватора.", (2, "элеватор", "хранение зерна", None)),
    ("Зверофермы области — их теперь пять — получат субсидии.",
     (5, "ферма", "звероводство", None)),
    ("Четырём судозаводам края продлили контракты.", (4, "завод", "судостроение", None)),
    ("Молокозаводов в крае осталось шесть.", (6, "завод", "переработка молока", None)),
    ("В посёлке открылись 12 продуктовых магазинов.",
     (12, "магазин", "продуктовая розница", None)),
])
def test_facility_trades(text, expected):
    assert expected in counts(text)


def test_the_sentence_names_another_industry():
    """The noun's own trade only where the sentence names none other."""
    found = counts("Выпечкой тортов в городе занимаются шесть пекарен.")
    assert not any(c[2] == "хлебопечение" for c in found)


def test_a_part_of_a_whole_keeps_the_whole():
    found = counts("Производством хлеба заняты 40 предприятий района, среди них 12 пекарен.")
    assert (12, "пекарня", "производство хлеба", 40) in found
    assert (12, "пекарня", "хлебопечение", None) not in found


@pytest.mark.parametrize("text", [
    "За год в районе отремонтировали две школы и четыре поликлиники.",   # buildings
    # w114: hotels and restaurants now name their trade (sector_agents.tsv, the newer
    # writers; tests/test_sector_venues11.py), so the old "закрылись 8 ресторанов и 3
    # гостиницы" is no negative any more; a building verb's object still is
    "В этом году в районе построят три гостиницы.",                      # buildings
    "Летом клиника провела 300 операций.",                                # no count of firms
])
def test_no_facility_counts(text):
    assert not any(c[1] in ("поликлиника", "гостиница", "автосервис", "клиника")
                   for c in counts(text))


def test_a_digit_glued_to_a_name_is_no_count():
    found = counts("Только в Перми, по данным «2ГИС», работают около 3 тыс. автосервисов — на 5% "
                   "больше, чем до пандемии.")
    assert (3000, "автосервис", "автосервис", None) in found
    assert not any(c[0] == 2 for c in found)


@pytest.mark.parametrize("text,expected", [
    ("В Казани работают 22 частные школы.", (22, "школа", "образование", None)),
    ("Коммерческих школ в городе насчитывается девять.", (9, "школа", "образование", None)),
    ("В области открылись 14 частных языковых школ.",
     (14, "школа", "языковое образование", None)),
    ("Перевалкой угля в порту занимаются пять терминалов.",
     (5, "терминал", "перевалка угля", None)),
])
def test_private_schools_and_terminals(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "В районе работают 12 школ и два детских сада.",    # public schools: no firms
    "Летом в городе отремонтировали 30 школ.",
])
def test_public_schools_are_no_count(text):
    assert not any(c[1] == "школа" for c in counts(text))


def test_terminals_stay_inside_a_sector_phrase():
    found = counts("Строительством зерновых терминалов занимаются три компании.")
    assert (3, "компания", "строительство зерновых терминалов", None) in found


@pytest.mark.parametrize("text,expected", [
    ("В Карелии за год открылись 17 новых турбаз.", (17, "база", "туризм", None)),
    ("Туристических баз на побережье теперь около сорока.", (40, "база", "туризм", None)),
])
def test_tourist_bases(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "Производством электронной компонентной базы в крае заняты 12 предприятий.",
    "На складе хранятся запасы трёх нефтебаз.",
])
def test_bases_that_are_no_lodging(text):
    found = counts(text)
    assert not any(c[1] == "база" for c in found)


def test_a_trade_after_po():
    """"мастерских по резьбе": "по" + a noun phrase with ОКВЭД codes is the trade."""
    assert (6, "мастерская", "вышивка", None) in counts("В селе работают шесть мастерских по вышивке.")
    assert not counts("По данным Росстата, в регионе 40 компаний по всей области.")


@pytest.mark.parametrize("text,expected", [
    ("В районе работают девять гончарных мастерских.",
     (9, "мастерская", "гончарное ремесло", None)),
    ("В Томске открылись семь кардиологических клиник.", (7, "клиника", "кардиология", None)),
])
def test_an_adjective_trade_wins_over_the_nouns_own(text, expected):
    found = counts(text)
    assert expected in found
    assert not any(c[2] == "медицина" for c in found)


def test_an_earlier_figure_before_a_closing_quote():
    found = counts("«Пекарен в селе сейчас три, а было семь», — рассказала жительница.")
    assert {(3, "пекарня", "хлебопечение", None), (7, "пекарня", "хлебопечение", None)} <= found


def test_a_tech_word_right_after_the_noun():
    assert (8, "провайдер", "PaaS", None) in counts("На рынке работают восемь провайдеров PaaS.")
    assert (12, "компания", "агротех", None) in counts("В портфеле фонда 12 компаний агротеха.")
