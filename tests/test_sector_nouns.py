"""The counted-noun test by class (issue 11, eighth session): compounds, agent nouns,
organization forms, establishments, market roles, nouns bound to a word of business, and
what must not count (people, buildings, places on a map). Real pipelines; the sentences are
written for these tests, in other words than the gold files."""
from __future__ import annotations

import pytest

import rufacts
from rufacts.grammars.sector_lexicon import lexicon
from rufacts.grammars.sector_nouns import agent_industry, derived


def counts(text: str) -> list[tuple]:
    return [(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts]


# --- the test itself, on lemmas ----------------------------------------------------------

@pytest.mark.parametrize("lemma", [
    "микропредприятие",   # a part of size before a counted noun
    "госпредприятие",     # a part of owner
    "мусорозавод",        # a noun stem, its connecting vowel, a noun that fuses
                          # ("маслозавод" is split since w160: масло- is a sector prefix,
                          # "зоомагазин" since w161: зоо- is one)
    "автомагазин",
    "вагоностроитель",    # a stem before an agent ending
    "металлообработчик",
    "нефтедобытчик",
])
def test_compounds_are_counted_nouns(lemma):
    assert lemma in lexicon().objects


@pytest.mark.parametrize("lemma", [
    "законопроект",       # проект does not fuse
    "эпицентр",
    "делопроизводитель",  # a clerk (sector_compounds.tsv "not")
    "градостроитель",     # urban planners
    "сотрудник", "работник", "специалист", "житель", "фермер", "строитель",
    "здание", "месторождение", "выставка", "лицензия",
])
def test_people_things_and_lookalikes_are_not(lemma):
    assert lemma not in lexicon().objects


def test_sector_prefix_compounds_are_left_to_the_split():
    """"турфирма" is split by fused_object (фирма, sector туризм), not derived whole."""
    assert not derived("турфирма") and not derived("сельхозпредприятие")
    # хлебо- and судо- are sector prefixes too (lexicons/sector_adjectives.tsv, round 14):
    # "42 хлебозаводов" is завод in хлебопечение where nothing else names the trade
    assert "хлебокомбинат" not in lexicon().objects and "судоверфь" not in lexicon().objects


def test_agent_industries():
    assert agent_industry("вагоностроитель") == "вагоностроение"
    assert agent_industry("металлообработчик") == "металлообработка"
    assert agent_industry("нефтедобытчик") == "нефтедобыча"
    assert agent_industry("кораблестроитель") == "кораблестроение"
    assert agent_industry("девелопер") == "девелопмент"
    assert agent_industry("богостроитель") is None   # no industry with ОКВЭД codes
    assert agent_industry("поставщик") is None       # a role naming no industry


def test_set_algebra_keeps_the_derivation():
    objects = lexicon().objects
    assert "мусорозавод" in objects - lexicon().heads
    assert "мусорозавод" in objects | lexicon().fields
    assert "кофейня" in objects and "кофейня" not in objects - lexicon().heads


# --- families, through the pipeline --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # compounds of a counted noun
    ("Выпуском мебели на Вятке заняты около 120 микропредприятий.",
     (120, "микропредприятие", "выпуск мебели", None)),
    ("Сливочное масло в районе производят 6 маслозаводов.",
     (6, "маслозавод", "сливочное масло", None)),
    ("Ремонтом судов в Приморье занимаются пять судоверфей.",
     (5, "судоверфь", "ремонт судов", None)),
    # agent compounds: the noun's own industry where the sentence names none
    ("В Тверской области зарегистрированы 11 вагоностроителей.",
     (11, "вагоностроитель", "вагоностроение", None)),
    ("Субсидии получили 25 металлообработчиков Урала.",
     (25, "металлообработчик", "металлообработка", None)),
    # facilities naming their trade, also where pymorphy3 reads an adjective first
    ("Под Костромой работают 16 сыроварен.", (16, "сыроварня", "сыроделие", None)),
    ("На окраине посёлка стоят три кузницы.", (3, "кузница", "кузнечное ремесло", None)),
    # market roles, organization forms, production sites
    ("Системной интеграцией в регионе занимаются 16 интеграторов.",
     (16, "интегратор", "системная интеграция", None)),
    ("Обслуживанием многоквартирных домов в Пскове занимаются 22 ТСЖ.",
     (22, "ТСЖ", "обслуживание многоквартирных домов", None)),
    ("Добычей золота в Магаданской области заняты 8 рудников.",
     (8, "рудник", "добыча золота", None)),
    # establishments, and an establishment as the business a firm runs
    ("Ремонтом автомобилей в районе занимаются 27 автосервисов.",
     (27, "автосервис", "ремонт автомобилей", None)),
    ("Столовые и кафе в Пскове держат 120 ИП.", (120, "ИП", "столовые и кафе", None)),
    # nouns bound to a word of business beside them
    ("В Калуге работают 140 точек общепита.", (140, "точка", "общепит", None)),
    ("На форуме выступили 12 мастеров народных промыслов.",
     (12, "мастер", "народные промыслы", None)),
    ("Четыре свиноводческих комплекса получили льготные кредиты.",
     (4, "комплекс", "свиноводство", None)),
])
def test_counted_noun_families(text, expected):
    found = counts(text)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Инспекторы осмотрели 40 точек на рынке.",          # a bound noun without its word
    "Выставку посетили 300 сотрудников и 40 фермеров.",  # people
    "В селе построены 25 жилых домов.",                  # buildings
    "Шесть торговых сетей подписали меморандум о ценах.",  # торговый only says the kind
    "По данным налоговой, в разрезе отраслей лидирует торговля — 312.",
])
def test_not_counts(text):
    assert counts(text) == []


def test_agent_whole_with_parts_of_another_industry():
    """The agent noun's industry is the sector only where the sentence names none other:
    the whole "Из 24 туроператоров" is no count when its part names one."""
    found = counts("Из 24 туроператоров области девять специализируются на экологическом "
                   "туризме.")
    assert (9, "туроператор", "экологический туризм", 24) in found, found
    assert not any(c[0] == 24 for c in found), found
