"""Repeated figures of a sector count (issue 11, "numbers away from the noun"): the same
firms counted at another time or in another place after a count, the noun left out
(grammars/sector_earlier.py). Each is a count of its own with the noun and sector carried
over and no whole. Real pipelines, own sentences written for the family."""
from __future__ import annotations

import pytest

from sector_helpers import counts


@pytest.mark.parametrize("text,now,again", [
    # another time: "N лет назад", a year, "годом ранее" without "их", number words
    ("Лицензии на вылов крабов имеют 38 рыбодобывающих компаний, а три года назад их было 29.",
     38, 29),
    ("В Нижегородской области насчитывается 54 производителя мороженого (в 2019 году их было "
     "сорок).", 54, 40),
    ("Пивоваренных заводов в Чувашии работает 12, годом ранее было 15.", 12, 15),
    # a bare copula after a dash
    ("Молочной продукцией в районе занимаются семь кооперативов — было четыре.", 7, 4),
    # "теперь ... их остаётся"
    ("Ещё две кондитерские фабрики в Пензе остановили линии, и теперь в городе их остаётся "
     "девять.", 2, 9),
    # a scale carried into the earlier figure
    ("В крае работают 92 тыс. фермерских хозяйств, занятых в животноводстве (годом ранее — "
     "88 тыс.).", 92000, 88000),
    # another place
    ("В Китае работают 800 заводов по выпуску солнечных панелей, тогда как в Индии — около "
     "120.", 800, 120),
    ("Производителей мёда в Башкирии стало 45, в Татарстане — 31.", 45, 31),
    ("В Бразилии 300 сахарных заводов, тогда как в Аргентине их, по данным отраслевой "
     "ассоциации, около 40.", 300, 40),
])
def test_a_repeated_figure(text, now, again):
    found = counts(text)
    nows = [c for c in found if c[0] == now]
    assert nows, found
    _, obj, sector, _ = nows[0]
    assert (again, obj, sector, None) in found


@pytest.mark.parametrize("text,only", [
    # the figure does not end its clause: something else is counted
    ("В регионе 40 строительных компаний, годом ранее было продано 52 квартиры.", 40),
    ("В области работают 17 производителей сыра, а в Москве — 40%.", 17),
    ("Туроператоров в крае 140, а в 2022 году — 2 тыс. туристов.", 140),
    # "на" + accusative is no place; a decimal is no figure
    ("Одобрены проекты девяти компаний, работающих в гостиничном бизнесе, на общую сумму "
     "4,6 млрд рублей.", 9),
])
def test_no_repeated_figure(text, only):
    assert {c[0] for c in counts(text)} <= {only}
