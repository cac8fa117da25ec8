"""A part of a whole named as the owner of something, "есть лишь у N"
(rufacts.grammars.sector_parts_possessors, w126). Sentences written for this test."""
import pytest

import rufacts


def _counts(text):
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text,expected", [
    ("Извозом в городе занимаются 40 фирм, но собственных автобусов нет у девяти.",
     (9, "фирма", "извоз", 40)),
    ("Хлеб в районе пекут 18 пекарен; своя доставка имеется только у шести.",
     (6, "пекарня", "хлеб", 18)),
    ("В Кирове 25 компаний занимаются вывозом мусора, однако современные контейнеровозы "
     "есть лишь у 4.", (4, "компания", "вывоз мусора", 25)),
    ("Около 60 турфирм Иркутска возят туристов на Байкал, но лишь у семи есть свои катера.",
     (7, "фирма", "туризм", 60)),
])
def test_owner_part(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text", [
    "Пошивом одежды заняты 30 ателье, а у трёх владельцев есть и магазины.",
    "В городе работают 20 магазинов бытовой техники, у 5 миллионов жителей есть выбор.",
    "Ремонтом обуви заняты 12 мастерских, у 12 есть вывески.",
])
def test_owner_negatives(text):
    got = _counts(text)
    assert not any(c[3] is not None for c in got)
