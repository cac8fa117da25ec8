"""Wholes written with digit groups and their parts; a size adjective of a part is no
sector (w126, the family "partitive parts of a total"). Sentences written for this test."""
import pytest

import rufacts


def _counts(text):
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text,expected", [
    # a whole with digit groups ("2 400") is a count, and its part takes it as total
    ("В Башкирии работают 2 400 строительных компаний, из них 300 — в Уфе.",
     {(2400, "компания", "строительство", None), (300, "компания", "строительство", 2400)}),
    ("За год в реестр внесли 3 150 IT-компаний, из них около 900 зарегистрированы в "
     "Новосибирске.", {(3150, "компания", "IT", None), (900, "компания", "IT", 3150)}),
    ("Сейчас в крае 1 120 строительных фирм, из которых 210 — в предгорьях.",
     {(1120, "фирма", "строительство", None), (210, "фирма", "строительство", 1120)}),
    # a size adjective after the dash: the part keeps the whole's sector
    ("Ремонтом судов на Камчатке заняты 14 верфей, из них пять — крупные.",
     {(5, "верфь", "ремонт судов", 14)}),
    ("Деревообработкой в районе заняты 23 предприятия, из них четыре — малые, "
     "семейные.", {(4, "предприятие", "деревообработка", 23)}),
])
def test_partitive_totals(text, expected):
    assert expected <= _counts(text)


@pytest.mark.parametrize("text,expected", [
    ("В Приморье судоремонтом заняты 12 предприятий, из них 3 — крупные, входящие в холдинг.",
     (3, "предприятие", "судоремонт", 12)),
    ("На Урале металлургией заняты 30 заводов, из них 8 — небольшие, семейные.",
     (8, "завод", "металлургия", 30)),
    ("В Ростове хлебопечением заняты 25 пекарен, из них семь — частные, открытые недавно.",
     (7, "пекарня", "хлебопечение", 25)),
])
def test_size_adjective_is_no_sector(text, expected):
    got = _counts(text)
    assert expected in got
    assert not any(c[0] == expected[0] and c[2] != expected[2] for c in got)


def test_grouped_number_is_not_a_year_or_sum():
    got = _counts("В 2 023 году выручка 1 500 компаний превысила 2 400 млн рублей.")
    assert not any(c[0] in (2023, 2400) for c in got)
