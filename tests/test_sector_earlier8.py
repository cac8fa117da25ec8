"""w67 (dev8): earlier and compared figures of the same firms, and where a sector phrase
ends (docs/gold-conventions.md, "count" and "sector"). Real pipelines, general sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- an earlier or compared figure: noun and sector carried over, no whole ----------------
EARLIER = [
    # "против N" after a count with a dash: the whole of "N <noun> —" is no total of it
    ("Мебель на экспорт в этом году поставляли 35 мебельных фабрик — против 22 годом ранее.",
     (22, "фабрика", "мебель", None)),
    # decades and eras
    ("Хлебопечением в посёлке сейчас занимаются три пекарни, а в 1980-х их было 14.",
     (14, "пекарня", "хлебопечение", None)),
    ("Рыбоводством в районе занимаются 12 хозяйств, а в девяностые их было больше сорока.",
     (40, "хозяйство", "рыбоводство", None)),
    ("Производством сыров в области занимаются девять хозяйств, а в советское время было 30.",
     (30, "хозяйство", "производство сыров", None)),
    # the same months a year before; before an event
    ("Продажей автомобилей в регионе заняты 46 дилеров против 61 за тот же период прошлого "
     "года.", (61, "дилер", "продажа автомобилей", None)),
    ("Лекарства в области поставляют 18 дистрибьюторов против 27 до ухода западных "
     "производителей.", (27, "дистрибьютор", "лекарства", None)),
    # a contrast with an adjective of the left-out noun and a passive or intransitive verb
    ("За год в крае закрылись 52 строительные компании, в то время как новых "
     "зарегистрировано лишь 19.", (19, "компания", "строительство", None)),
    # a time and "их" with no copula
    ("Пять лет назад молочным животноводством занимались 80 хозяйств, сегодня их 45.",
     (45, "хозяйство", "молочное животноводство", None)),
    # a clause of another time with a bare counted noun of its own
    ("За квартал обанкротились 67 строительных фирм (годом ранее за тот же срок рынок "
     "покинули 41 компания).", (41, "компания", "строительство", None)),
    # "а было N" closing a quotation
    ("«Хлебопечением в районе занимаются пять пекарен, а было девять», — говорит глава.",
     (9, "пекарня", "хлебопечение", None)),
]


@pytest.mark.parametrize("text,expected", EARLIER)
def test_earlier_figure(text, expected):
    assert expected in counts(text)


def test_earlier_figure_has_no_whole():
    found = counts("Мебель на экспорт в этом году поставляли 35 мебельных фабрик — против 22 "
                   "годом ранее.")
    assert not any(c[0] == 22 and c[3] is not None for c in found)


NOT_EARLIER = [
    # a difference is no count
    "Производством мебели в области занимаются 120 фабрик — на 40 меньше, чем годом ранее.",
    # a figure with a noun of its own after "против"
    "Производством мебели занимаются 120 фабрик, выпуск вырос до 340 тыс. шкафов против "
    "290 тыс. годом ранее.",
    # a clause of another time whose figure counts no firms
    "За квартал обанкротились 67 строительных фирм (годом ранее было построено 19 домов).",
    # a contrast whose verb takes an object: a sector of its own, not the same firms
    "За год в крае закрылись 52 строительные компании, а новые выпускают 19 видов продукции.",
]


@pytest.mark.parametrize("text", NOT_EARLIER)
def test_no_earlier_figure(text):
    values = {c[0] for c in counts(text)}
    assert not values & {40, 290000, 290, 19}


# --- where a sector phrase ends -------------------------------------------------------
BOUNDS = [
    # a settlement, a sea or a river, a time: where or when, not what
    ("Ремонтом обуви в посёлках района заняты четыре мастерские.",
     (4, "мастерская", "ремонт обуви", None)),
    ("Пассажирскими перевозками по реке летом заняты четыре компании.",
     (4, "компания", "пассажирские перевозки", None)),
    ("Морскими круизами по Чёрному морю занимаются пять туроператоров.",
     (5, "туроператор", "морские круизы", None)),
    ("Грузоперевозками по городу занимаются 30 компаний.",
     (30, "компания", "грузоперевозки", None)),
    ("На лов минтая в этом сезоне вышли 40 компаний.", (40, "компания", "лов минтая", None)),
    # a genitive place name after the sector
    ("В регионе работают 25 мастерских народных промыслов Смоленщины.",
     (25, "мастерская", "народные промыслы", None)),
    # what the thing is for stays, even where the parser hung it on the verb
    ("Теперь реагентами для водоподготовки в стране торгуют 20 дистрибьюторов.",
     (20, "дистрибьютор", "реагенты для водоподготовки", None)),
    # what the thing belongs to stays; a plural genitive coordinated inside the item before
    ("В регионе 15 заводов выпускают станки и запчасти к ним.",
     (15, "завод", "станки и запчасти к ним", None)),
    ("В крае работают 60 компаний, занятых в производстве сельхозмашин и комплектующих к ним.",
     (60, "компания", "производство сельхозмашин и комплектующих к ним", None)),
    ("В области 40 предприятий, занятых в добыче угля и металлургии.",
     (40, "предприятие", "добыча угля и металлургия", None)),
    # a "по X" that is the content stays
    ("Услуги по уходу за пожилыми в городе оказывают 14 организаций.",
     (14, "организация", "услуги по уходу за пожилыми", None)),
    # an indeclinable head: the adjective in the nominative
    ("На рынок отечественного ПО за год вышли 12 новых игроков.",
     (12, "игрок", "отечественное ПО", None)),
]


@pytest.mark.parametrize("text,expected", BOUNDS)
def test_sector_bounds(text, expected):
    assert expected in counts(text)


def test_route_that_is_the_service_stays():
    found = counts("Перевозками по Северному морскому пути заняты шесть компаний.")
    assert any(c[2].startswith("перевозки по Северному морскому пути") for c in found)
