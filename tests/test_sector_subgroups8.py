"""Subgroups of a counted whole (w64, dev8; docs/gold-conventions.md, ``total``): the part
keeps the whole's noun and sector and takes the whole's number as total, also where its own
words name no industry; a whole with an industry ("из N <noun> <genitive>") is a count too.
Real pipelines, sentences of my own."""
from __future__ import annotations

import pytest

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    # a whole said first with "из", its parts as bare numbers later in the clause
    ("Из 40 производителей мебели, опрошенных союзом, 17 сообщили о падении заказов, "
     "ещё шесть — о закрытии цехов.",
     {(40, "производитель", "мебель", None), (17, "производитель", "мебель", 40),
      (6, "производитель", "мебель", 40)}),
    ("Из 22 предприятий лёгкой промышленности края убыточными остаются около восьми.",
     {(22, "предприятие", "лёгкая промышленность", None),
      (8, "предприятие", "лёгкая промышленность", 22)}),
    ("По оценке отраслевого союза, из шести отечественных производителей подшипников "
     "выпуск наладили лишь трое.",
     {(6, "производитель", "подшипники", None), (3, "производитель", "подшипники", 6)}),
    ("Из 12 сахарных заводов страны, по данным Sugar.ru, только пять находятся в Сибири.",
     {(12, "завод", "сахарная промышленность", None),
      (5, "завод", "сахарная промышленность", 12)}),
])
def test_leading_whole_and_its_parts(text, expected):
    assert expected <= counts(text)


@pytest.mark.parametrize("text,expected", [
    # "N из них" after the whole, with or without a lead-in word
    ("Стеклотару в стране производят 30 заводов, девять из них принадлежат одному холдингу.",
     {(30, "завод", "стеклотара", None), (9, "завод", "стеклотара", 30)}),
    ("В крае работают 25 предприятий по переработке рыбы, и только четыре из них "
     "открылись после 2020 года.",
     {(4, "предприятие", "переработка рыбы", 25)}),
    ("В области около 60 фабрик, выпускающих обувь, — два десятка из них закрылись за год.",
     {(60, "фабрика", "обувь", None), (20, "фабрика", "обувь", 60)}),
    # an adjective before the cue, the number after it
    ("Кондитерских фабрик в регионе около тридцати, крупных среди них не больше пяти.",
     {(30, "фабрика", "кондитерская промышленность", None),
      (5, "фабрика", "кондитерская промышленность", 30)}),
    # the part's words name the whole's trade again (a narrower one of it)
    ("Виноделием в республике занимаются 54 хозяйства, из них 20 имеют статус "
     "производителя вина с защищённым наименованием.",
     {(20, "хозяйство", "виноделие", 54)}),
])
def test_parts_after_the_whole(text, expected):
    assert expected <= counts(text)


def test_generating_companies_and_their_part():
    found = counts("Конкурсный отбор прошли 11 генерирующих компаний, из них семь — с "
                   "иностранным капиталом.")
    assert {(11, "компания", "генерация", None), (7, "компания", "генерация", 11)} <= found


def test_total_after_a_cue_for_a_count_with_its_own_noun():
    found = counts("Финалистами конкурса стали 20 команд, из них 8 — проекты в сфере "
                   "образования.")
    assert (8, "проект", "образование", 20) in found


@pytest.mark.parametrize("text,absent", [
    # people are no whole
    ("В компании трудятся 600 инженеров, из них 90 работают удалённо.", 90),
    # a share is no part
    ("В крае 18 молочных заводов, половина из них работает на импортном сырье.", 9),
    # a part whose number counts another noun
    ("Из 30 строительных компаний региона 12 получили 5 субсидий.", 5),
    # a whole of a programme has no industry: no whole, no part
    ("Из 45 участников программы поддержки, отобранных жюри, 15 получили гранты.", 15),
    # "из" after a noun is no whole said first
    ("Делегация из 14 компаний машиностроения посетила выставку, пять подписали контракты.",
     5),
])
def test_no_subgroup(text, absent):
    assert not any(c[0] == absent for c in counts(text))


def test_part_with_an_industry_of_its_own_is_no_subgroup():
    found = counts("Из 50 резидентов технопарка, по данным дирекции, 12 работают в сфере "
                   "биотехнологий.")
    assert not any(c[0] == 50 for c in found)  # резидент with no industry: no whole
    assert (12, "резидент", "биотехнологии", 50) in found


def test_participle_not_an_industry():
    assert not counts("Проект поддержали две компании, генерирующие идеи для рынка.")


def test_sector_adjective_part_with_its_noun_left_out():
    found = counts("Поставками за рубеж в крае заняты 300 компаний, в том числе 45 "
                   "мебельных.")
    assert (45, "компания", "мебельная промышленность", 300) in found


def test_grouped_digits_whole_for_a_cue_total():
    found = counts("Партнёрами завода являются 2 400 компаний, из них более 900 — "
                   "производители металлоконструкций.")
    assert (900, "производитель", "металлоконструкции", 2400) in found


def test_whole_with_a_number_the_parser_hangs_as_amod():
    found = counts("В рамках программы участниками стали 31 предприятие Пермского края, "
                   "из них 12 относятся к сфере нефтехимии.")
    assert (12, "предприятие", "нефтехимия", 31) in found


@pytest.mark.parametrize("text,expected", [
    # a whole said last, then "из которых" / "из них" and a part with its own trade
    ("Фарфоровых заводов в стране осталось 14, из которых шесть выпускают посуду.",
     {(6, "завод", "посуда", 14)}),
    ("Швейных фабрик в области 30, из них 12 шьют спецодежду.",
     {(30, "фабрика", "швейная промышленность", None), (12, "фабрика", "спецодежда", 30)}),
    ("Кирпичных заводов в республике осталось 17, из них пять выпускают облицовочный "
     "кирпич.", {(5, "завод", "облицовочный кирпич", 17)}),
])
def test_part_of_a_whole_said_last(text, expected):
    assert expected <= counts(text)
