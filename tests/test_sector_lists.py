"""Sector counts in lists and number forms (issue 11, list and number families;
grammars/sector_items.py and grammars/sector_numbers.py): flattened tables, items whose
noun or head is left out after a first count, earlier figures, ranges and "с лишним".
Real pipeline; the sentences are written for these tests in other words than the gold
files' (other industries, nouns and orders).
"""
from __future__ import annotations

import pytest


def found(nlp, text: str) -> set[tuple]:
    doc = nlp(text)
    return {(v.count, v.object, v.sector, v.total)
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])}


TABLES = [
    ("По видам деятельности резиденты распределились так: логистика — 8 компаний; "
     "IT — 15; фармацевтика — 4.",
     {(8, "компания", "логистика", None), (15, "компания", "IT", None),
      (4, "компания", "фармацевтика", None)}),
    ("Строительство — 120, туризм — 35, розничная торговля — 210: так распределились "
     "по отраслям участники программы.",
     {(120, "участник", "строительство", None), (35, "участник", "туризм", None),
      (210, "участник", "розничная торговля", None)}),
    ("Получатели грантов по отраслям: сельское хозяйство — 40 хозяйств, пищевая "
     "промышленность — 9 предприятий.",
     {(40, "хозяйство", "сельское хозяйство", None),
      (9, "предприятие", "пищевая промышленность", None)}),
]


@pytest.mark.parametrize("text,expected", TABLES)
def test_flattened_tables(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Москва — 14, Казань — 11: так распределились участники форума.",  # places, no industry
    "Температура днём — 25, ночью — 12.",
    "Счёт по сетам — 3, по геймам — 18.",
])
def test_tables_without_industries(nlp, text):
    assert found(nlp, text) == set()


ELIDED = [
    # the counted noun left out after a dash: a "в" phrase, a genitive, an instrumental
    ("Кредиты получили 30 предприятий: 18 — в деревообработке, 7 — в мебельном "
     "производстве, 5 — в полиграфии.",
     {(18, "предприятие", "деревообработка", 30),
      (7, "предприятие", "мебельное производство", 30),
      (5, "предприятие", "полиграфия", 30)}),
    ("В районе работают 14 предприятий деревообработки и 6 — пищевой промышленности.",
     {(14, "предприятие", "деревообработка", None),
      (6, "предприятие", "пищевая промышленность", None)}),
    ("Строительством жилья занимаются 42 компании, 9 — производством мебели.",
     {(42, "компания", "строительство жилья", None),
      (9, "компания", "производство мебели", None)}),
]


@pytest.mark.parametrize("text,expected", ELIDED)
def test_elided_nouns_after_a_first_count(nlp, text, expected):
    assert found(nlp, text) == expected


ADJECTIVES = [
    # agreeing with the counted noun: the adjective's own industry
    ("Зерноводческих хозяйств в районе 48, овощеводческих — 12.",
     {(48, "хозяйство", "зерноводство", None), (12, "хозяйство", "овощеводство", None)}),
    ("Фармацевтических компаний в Татарстане — 14, биотехнологических — 6.",
     {(14, "компания", "фармацевтика", None), (6, "компания", "биотехнологии", None)}),
    # agreeing with the sector's head noun: the head is carried over
    ("Молочным животноводством в области занимаются 40 хозяйств, мясным — 25.",
     {(40, "хозяйство", "молочное животноводство", None),
      (25, "хозяйство", "мясное животноводство", None)}),
    ("В районе гончарным ремеслом занимаются пять мастерских, кузнечным — три.",
     {(5, "мастерская", "гончарное ремесло", None),
      (3, "мастерская", "кузнечное ремесло", None)}),
]


@pytest.mark.parametrize("text,expected", ADJECTIVES)
def test_elided_adjectives(nlp, text, expected):
    assert found(nlp, text) == expected


def test_an_elided_adjective_without_industry(nlp):
    facts = found(nlp, "Гончарным ремеслом занимаются пять мастерских, новых — три.")
    assert all(f[0] != 3 for f in facts)


EARLIER = [
    ("Разработкой игр в городе занимаются 18 студий, годом ранее их было 11.",
     {(18, "студия", "разработка игр", None), (11, "студия", "разработка игр", None)}),
    ("Лесозаготовкой в районе заняты 9 предприятий против 14 годом ранее.",
     {(9, "предприятие", "лесозаготовка", None), (14, "предприятие", "лесозаготовка", None)}),
    ("Грузоперевозками занимаются 70 компаний, а в 2023 году их было 56.",
     {(70, "компания", "грузоперевозки", None), (56, "компания", "грузоперевозки", None)}),
]


@pytest.mark.parametrize("text,expected", EARLIER)
def test_earlier_figures_are_counts(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # no earlier figure: people, not firms; a change "с N до M" counts the figure reached
    ("Производством сыра заняты 12 сыроварен, в них работают 300 человек.",
     {(12, "сыроварня", "производство сыра", None)}),
    ("Лесозаготовкой в районе заняты 9 предприятий, на них было 400 рабочих мест.",
     {(9, "предприятие", "лесозаготовка", None)}),
])
def test_no_earlier_figure(nlp, text, expected):
    assert found(nlp, text) == expected


NUMBERS = [
    ("Выпуском кормов занимаются 8 – 10 заводов.", {(10, "завод", "выпуск кормов", None)}),
    ("В регионе работают 30-35 предприятий по деревообработке.",
     {(35, "предприятие", "деревообработка", None)}),
    ("Три с половиной тысячи фирм работают в сфере туризма.",
     {(3500, "фирма", "туризм", None)}),
    ("Две с лишним сотни хозяйств занимаются пчеловодством.",
     {(200, "хозяйство", "пчеловодство", None)}),
    ("Разработкой программного обеспечения в области заняты две с лишним тысячи компаний.",
     {(2000, "компания", "разработка программного обеспечения", None)}),
    ("Среди клиентов банка 5 тыс. малых компаний, из них около 700 работают в строительстве.",
     {(700, "компания", "строительство", 5000)}),
    ("Из 3 тыс. фермерских хозяйств области 450 выращивают картофель.",
     {(450, "хозяйство", "картофель", 3000)}),
    ("Из примерно 6 тыс. малых предприятий края около 800 работают в сфере туризма.",
     {(800, "предприятие", "туризм", 6000)}),
    ("В 2023–2025 годах 26 предприятий рыбохозяйственного комплекса получили субсидии.",
     {(26, "предприятие", "рыбохозяйственный комплекс", None)}),
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_number_forms(nlp, text, expected):
    assert found(nlp, text) == expected


def test_a_date_range_is_no_count(nlp):
    assert found(nlp, "Форум производителей мебели пройдёт 12–14 ноября.") == set()


@pytest.mark.parametrize("text,expected", [
    # "N <noun>:" and a list: every item has N as its whole, whichever rule read it
    ("Технопарк объединяет 18 резидентов: 7 студий анимации, 4 студии звукозаписи.",
     {(7, "студия", "анимация", 18), (4, "студия", "звукозапись", 18)}),
    ("В креативном кластере 30 резидентов: 11 дизайн-студий, 5 студий звукозаписи.",
     {(11, "студия", "дизайн", 30), (5, "студия", "звукозапись", 30)}),
    # a year before the colon is no whole
    ("В 2024 году: 7 студий анимации открылись в городе.", {(7, "студия", "анимация", None)}),
])
def test_a_colon_whole_is_shared_by_its_list(nlp, text, expected):
    assert found(nlp, text) == expected


def test_the_noun_stated_with_an_elided_count_wins(nlp):
    facts = found(nlp, "Кирпич в регионе выпускают шесть заводов, черепицу — две фабрики.")
    assert (2, "фабрика", "черепица", None) in facts
    assert (6, "завод", "кирпич", None) in facts


@pytest.mark.parametrize("text,expected", [
    # a qualifier between "из них"/"среди них" and the count keeps the whole
    ("В кластере 120 компаний, из них более 30 — производители мебели.",
     {(30, "производитель", "мебель", 120)}),
    ("На выставке 300 экспонентов, среди них около 40 — производители сыра.",
     {(40, "производитель", "сыр", 300)}),
])
def test_a_part_cue_before_a_qualified_count(nlp, text, expected):
    assert found(nlp, text) == expected


# --- a whole with no sector before a colon, items "N в X" without a dash (w54) ----------
@pytest.mark.parametrize("text,expected", [
    ("«Сейчас в портфеле венчурного фонда 34 компании: 15 в кибербезопасности, 11 в логистике "
     "и 8 в финтехе», — сказал управляющий партнёр.",
     {(15, "компания", "кибербезопасность", 34), (11, "компания", "логистика", 34),
      (8, "компания", "финтех", 34)}),
])
def test_items_after_a_colon_whole(nlp, text, expected):
    assert expected <= found(nlp, text)


def test_places_after_a_colon_whole_are_no_items(nlp):
    got = found(nlp, "Резидентами технопарка стали 30 компаний: 12 в Томске, 10 в Новосибирске "
                   "и 8 в Омске.")
    assert not {c for c in got if c[0] in (12, 10, 8)}, got
