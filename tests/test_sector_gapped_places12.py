"""Gapped clauses and counted nouns (w132): a place adjective after a dash keeps the first
count's sector, a sector adjective gap over a phrase the count's span leaves out, bound
counted nouns ("точка", "пункт") as the doers of a verb's trade, a number with adjectives
only ("и одна краевая"), and a restated pronoun after a year ("а в 1990-е их было ...").
Sentences written for this test."""
import pytest

import rufacts


def _counts(text):
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


POSITIVES = [
    # a place adjective after a dash: the region's noun is left out, the sector is kept
    ("Лесозаготовкой в Кировской области заняты 64 компании, в Костромской — около 40.",
     (40, "компания", "лесозаготовка", None)),
    ("В Пермском крае переработкой молока занимаются 18 предприятий, а в Удмуртской — ещё 11.",
     (11, "предприятие", "переработка молока", None)),
    ("В Татарстане нефтехимию развивают 15 компаний, в Башкирской — 12.",
     (12, "компания", "нефтехимия", None)),
    ("В Ленинградской области насчитывается 14 производителей кирпича и черепицы, в "
     "Псковской — пять.", (5, "производитель", "кирпич и черепица", None)),
    ("Промышленным птицеводством в Белгородской области заняты 11 агрохолдингов, в Курской — "
     "семь.", (7, "агрохолдинг", "промышленное птицеводство", None)),
    ("Глубокой переработкой древесины в Иркутской области заняты 30 предприятий, в Томской — "
     "12.", (12, "предприятие", "глубокая переработка древесины", None)),
    # an adjective gap over a phrase the count's span leaves out
    ("В Тверской области молочное животноводство ведут 80 хозяйств, мясное — ещё 25.",
     (25, "хозяйство", "мясное животноводство", None)),
    ("В крае электросетевую деятельность ведут пять компаний, а сетевую — ещё девять.",
     (9, "компания", "сетевая деятельность", None)),
    # bound counted nouns as the doers of the verb's trade
    ("Ремонтом обуви в Самаре занимаются около 70 точек, а ремонтом часов — около 20.",
     (70, "точка", "ремонт обуви", None)),
    ("Ремонтом обуви в Самаре занимаются около 70 точек, а ремонтом часов — около 20.",
     (20, "точка", "ремонт часов", None)),
    ("Химчисткой одежды в Калуге занимаются 12 пунктов, а стиркой белья — ещё восемь.",
     (12, "пункт", "химчистка одежды", None)),
    # "кружок", kin of "клуб" and "школа", as a counted noun
    ("Программированием для школьников в Уфе занимаются 12 кружков.",
     (12, "кружок", "программирование для школьников", None)),
    # a number with adjectives only, the counted noun left out
    ("Пассажирскими перевозками в городе заняты четыре муниципальных предприятия и одно "
     "частное.", (1, "предприятие", "пассажирские перевозки", None)),
    ("Ремонтом дорог в районе заняты три подрядные организации и одна областная.",
     (1, "организация", "ремонт дорог", None)),
    ("Производством цемента в стране занимаются около 60 заводов, но половина выпуска "
     "приходится на семь крупнейших.", (7, "завод", "производство цемента", None)),
    # the same firms counted again after a year or a decade
    ("Переработкой льна в области занимаются три фабрики, а в 1980-е их было около "
     "двадцати.", (20, "фабрика", "переработка льна", None)),
    ("Прокатом самокатов в городе занимаются четыре компании, а до 2021 года их было две.",
     (2, "компания", "прокат самокатов", None)),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_gapped_places_and_counted_nouns(text, expected):
    assert expected in _counts(text)


NEGATIVES = [
    # no sector before the place gap: nothing to carry over
    ("В Курской области 40 школ, в Орловской — 30.", 30),
    # sites on a map, outlets inspected: no trade
    ("В городе на карте отмечены 12 точек, в соседнем районе — восемь.", 12),
    ("В сфере торговли инспекторы проверили 12 точек.", 12),
    # a number with a verb of its own after it is no gapped count
    ("Выпуском кирпича в области заняты шесть заводов, в 2020 году закрылся один.", 1),
    # "кружок" with no trade is no count
    ("На празднике дети водили кружок, а 12 гостей пели песни.", 12),
    # a part of a whole is read by the rules of parts, never as a whole-less count
    ("Выпуском кирпича в области заняты шесть заводов, из них два крупных.", 2),
]


@pytest.mark.parametrize("text,number", NEGATIVES)
def test_no_false_counts(text, number):
    assert not any(c[0] == number and c[3] is None for c in _counts(text))
