"""The sector phrase's extent read from the parsed sentence (issue 11; docs/gold-conventions.md,
"The sector phrase's extent"; rufacts.grammars.sector_extent_tree): the activity or product
noun keeps its adjectives, its genitive objects and its phrases of route, destination or
place of the work; where or when the firms are, a number of routes and a programme or
register they are in are no part of it. Real pipeline, sentences of our own."""
from __future__ import annotations

import pytest

from sector_helpers import counts

CASES = [
    # adjectives before the phrase, coordinated too
    ("В Псковской области въездным и активным туризмом занимаются 31 туроператор.",
     (31, "туроператор", "въездной и активный туризм", None)),
    # a genitive object of a noun of action
    ("В союз вошли 16 компаний, которые занимаются строительством канализационных сетей.",
     (16, "компания", "строительство канализационных сетей", None)),
    # a route, hung by the parser on the verb after the fronted phrase
    ("В Томске, по данным мэрии, перевозками пассажиров по пригородным маршрутам "
     "занимаются 11 частных перевозчиков.",
     (11, "перевозчик", "перевозки пассажиров по пригородным маршрутам", None)),
    # a destination of a route noun, a name included
    ("Туры на Байкал продают 40 турагентств.", (40, "турагентство", "туры на Байкал", None)),
    # a place of the work
    ("Хранением автомобилей на охраняемых стоянках занимаются семь фирм.",
     (7, "фирма", "хранение автомобилей на охраняемых стоянках", None)),
    # where the firms are: cut
    ("Ремонтом грузовиков в промзоне на окраине Твери занимаются девять станций.",
     (9, "станция", "ремонт грузовиков", None)),
    ("Доставкой посылок в городах-миллионниках занимаются 30 компаний.",
     (30, "компания", "доставка посылок", None)),
    # a number of routes says how much, not what
    ("Пассажирские перевозки по 14 городским маршрутам Курска выполняют три перевозчика.",
     (3, "перевозчик", "пассажирские перевозки", None)),
    # a programme the firms are in: the counted noun's own adjective
    ("В программе льготного лизинга сельхозтехники участвуют 15 лизинговых компаний.",
     (15, "компания", "лизинг", None)),
    # a country the goods go to, after no route noun: where they sell, no part of it
    ("Пиломатериалы в Китай поставляют 30 компаний.",
     (30, "компания", "пиломатериалы", None)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_extent(text, expected):
    assert expected in counts(text)


def test_same_words_elsewhere_not_taken():
    """The whole's sector comes from its adjective; the same noun further on, in another
    clause, is not its phrase."""
    found = counts("В Казахстане 26 страховых компаний, из них семь работают в сегменте "
                   "страхования жизни.")
    assert (26, "компания", "страхование", None) in found


# the lead's mends on the merge: a field's acronym, whose goods, an earlier figure's extent
MENDS = [
    ("Системы в области ИБ поставляют 12 компаний.", (12, "компания", "системы в области ИБ", None)),
    ("В посёлке работают 3 лавки молочной продукции местных фермеров и сыроваров.",
     (3, "лавка", "молочная продукция", None)),
    ("Перевозками грузов по Енисею занимаются 15 компаний, годом ранее их было 11.",
     (11, "компания", "перевозки грузов по Енисею", None)),
]


@pytest.mark.parametrize("text,expected", MENDS)
def test_lead_mends(text, expected):
    found = counts(text)
    assert expected in found, found
