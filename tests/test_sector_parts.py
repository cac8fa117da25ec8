"""Wholes, subsets and totals (issue 11; docs/gold-conventions.md, ``total``): a part of a
whole that says no industry of its own takes the whole's; a whole whose industry is said
before its "из них" is a count too. Real pipelines, sentences of my own."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- a part with no industry of its own takes the whole's -----------------------------
@pytest.mark.parametrize("text,expected", [
    # a place, a size, a form of ownership, a verb that names no trade
    ("Производством кирпича в крае заняты 14 заводов, из них шесть — в Ачинске.",
     {(14, "завод", "производство кирпича", None), (6, "завод", "производство кирпича", 14)}),
    ("В республике 85 строительных компаний, из которых крупных — 12.",
     {(85, "компания", "строительство", None), (12, "компания", "строительство", 85)}),
    ("В регионе работают 46 туристических фирм, из них 30 принимают только иностранцев.",
     {(46, "фирма", "туризм", None), (30, "фирма", "туризм", 46)}),
    ("Молочных заводов в области 23, из них частных — 17.",
     {(23, "завод", "молочная промышленность", None),
      (17, "завод", "молочная промышленность", 23)}),
    # the noun said with the part wins; the sector stays the whole's
    ("Деревообработкой в районе занимаются 40 предприятий, в том числе 15 небольших "
     "мастерских.",
     {(40, "предприятие", "деревообработка", None),
      (15, "мастерская", "деревообработка", 40)}),
    ("Хлебопечением в городе заняты 33 организации, среди них 9 частных пекарен.",
     {(33, "организация", "хлебопечение", None), (9, "пекарня", "хлебопечение", 33)}),
])
def test_a_part_takes_the_wholes_sector(text, expected):
    assert expected <= counts(text)


@pytest.mark.parametrize("text,expected", [
    ("Только пять из 48 опрошенных мебельных фабрик заявили о росте заказов.",
     {(48, "фабрика", "мебельная промышленность", None),
      (5, "фабрика", "мебельная промышленность", 48)}),
    ("Около 20 из 90 строительных компаний города не смогли сдать объекты в срок.",
     {(90, "компания", "строительство", None), (20, "компания", "строительство", 90)}),
])
def test_n_of_m_takes_the_wholes_sector(text, expected):
    assert expected <= counts(text)


# --- what is no part --------------------------------------------------------------------
@pytest.mark.parametrize("text,not_counted", [
    ("В области 120 строительных фирм, из них 400 человек работают вахтой.", 400),
    ("В крае 60 мебельных фабрик, из них 40% — микропредприятия.", 40),
    ("В районе 25 молочных ферм, в том числе 3 млн рублей получили на ремонт.", 3000000),
    ("Завод стал одной из 18 металлургических компаний, получивших заём.", 1),
])
def test_no_part_from_people_shares_and_sums(text, not_counted):
    assert all(c[0] != not_counted for c in counts(text))


def test_a_part_naming_its_own_industry_is_not_given_the_wholes():
    """"из них пять — для автопрома": the part's words name another industry; it is not
    the whole's count again."""
    found = counts("Выпуском электроники в области заняты 30 компаний, из них пять — "
                   "для автопрома.")
    assert not any(c[0] == 5 and c[2] == "выпуск электроники" for c in found)


def test_no_part_without_a_whole_with_an_industry():
    found = counts("В городе 300 предприятий, из них 40 — в промзоне.")
    assert not found


def test_a_whole_before_its_part_cue_is_a_count():
    """The industry is said before "из них" (the verb and its object); the part names its
    own; both are counts."""
    found = counts("Переработкой рыбы на Камчатке заняты 48 предприятий, из них 12 "
                   "выпускают консервы.")
    assert (48, "предприятие", "переработка рыбы", None) in found
    assert (12, "предприятие", "консервы", 48) in found


def test_a_whole_takes_no_sector_said_after_its_part_cue():
    found = counts("В технопарке 65 компаний-резидентов, из них микроэлектроникой "
                   "занимаются 18.")
    assert (18, "компания", "микроэлектроника", 65) in found
    assert not any(c[0] == 65 for c in found)


def test_a_part_said_by_a_marker_verb_with_its_own_object_is_not_the_wholes():
    """"из которых 21 выпускает кухни": the verb says the part's own trade, whatever
    the object's codes; it is not the whole's count again."""
    found = counts("Мебельных фабрик в крае осталось 38, из которых 21 выпускает кухни.")
    assert not any(c[0] == 21 and c[2] == "мебельная промышленность" for c in found)


def test_a_place_after_a_marker_verb_is_no_trade_of_the_part():
    found = counts("Мебельных фабрик в крае 38, из них 21 работает в Подмосковье.")
    assert (21, "фабрика", "мебельная промышленность", 38) in found


def test_a_whole_counted_last_before_its_part_keeps_its_adjective():
    """"Рыболовецких артелей в области — 52, из них ...": the parser may leave the
    adjective in a cycle when a part follows; it is still the noun's."""
    found = counts("Рыбоводческих хозяйств в Мурманской области — 41, из них 30 — на "
                   "побережье.")
    assert (41, "хозяйство", "рыбоводство", None) in found
    assert (30, "хозяйство", "рыбоводство", 41) in found


# --- the total of every item of a list after a whole ----------------------------------
@pytest.mark.parametrize("text,expected", [
    # a whole opening the sentence, its noun followed by a clause
    ("Из 90 фирм, представленных на ярмарке, 20 производят мебель, 15 — текстиль.",
     {(20, "фирма", "мебель", 90), (15, "фирма", "текстиль", 90)}),
    ("Среди 64 резидентов, получивших льготы в этом году, 18 выпускают упаковку.",
     {(18, "резидент", "упаковка", 64)}),
    # "N <noun> —" before the items, "и" between two of them
    ("В бизнес-инкубаторе 30 стартапов — 12 IT-компаний и 8 биотехнологических компаний.",
     {(12, "компания", "IT", 30), (8, "компания", "биотехнологии", 30)}),
])
def test_every_item_after_a_whole_takes_its_total(text, expected):
    assert expected <= counts(text)


def test_a_leading_from_phrase_of_no_counted_noun_is_no_total():
    found = counts("Из 40 регионов, приславших заявки, 12 компаний производят мебель.")
    assert (12, "компания", "мебель", None) in found


@pytest.mark.parametrize("text,expected", [
    # a part's own noun outside the counted nouns: an inanimate kind of firm
    ("Газоснабжением в области занимаются 30 организаций, в том числе 12 ГУПов.",
     (12, "ГУП", "газоснабжение", 30)),
    ("Торговлей на рынке заняты 70 предпринимателей, включая 25 небольших лавок.",
     (25, "лавка", "торговля", 70)),
])
def test_a_parts_own_noun_may_be_any_kind_of_firm(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "Строительством жилья в крае заняты 45 компаний, из них 15 тысяч рабочих мест.",
    "Строительством жилья в крае заняты 45 компаний, в том числе 12 объектов сдано.",
    "Строительством жилья в крае заняты 45 компаний, из них 30 гектаров земли.",
])
def test_places_units_and_buildings_are_no_parts(text):
    assert all(c[0] == 45 for c in counts(text))
