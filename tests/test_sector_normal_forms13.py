"""w139 (dev13): the sector's normal form, extent and ОКВЭД once the count is found.

* a carrier counted with the adjective of its mode names the carriage ("12 морских
  перевозчиков" -> морские перевозки; rufacts.grammars.sector_carrier_modes,
  ``sector_carrier_modes.tsv``); the adjective alone names none ("морских терминалов");
* one-word compounds of a sector prefix are split where only they name the industry
  ("семь ветклиник" -> клиника, ветеринария; ``prefix-`` rows of ``sector_adjectives.tsv``,
  their ``not:`` column for nouns the prefix only classifies: "автомагазин");
* a part said by a sector adjective alone takes its sector ("из них 25 — кондитерские"); a
  compound's prefix gives way to a clause's sector ("сельхозпредприятий, занятых ...");
* the extent: a material abbreviation after "из" stays ("окна из ПВХ"), a building after a
  work on it stays ("ремонт и отделка помещений", "проектирование объектов ..."), the firms'
  own occasion after "для" goes ("для участия в выставке"); an event or a place read as the
  sector is no count ("электронный аукцион", "Ивановская и Владимирская область"), nor what
  one owner runs ("управляет 14 свинокомплексами");
* ОКВЭД by word class: insulating and foam materials, sheet-metal roofing, roofing work,
  bridges and tunnels, airports, vegetables in everyday words.
Real pipelines, sentences written for the test (not copied from gold).
"""
from __future__ import annotations

import pytest

import rufacts
from rufacts.grammars.morph import Morph
from rufacts.grammars.okved import okved_codes


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"]) for s in record.get("sector_counts", [])}


POSITIVES = [
    # carriers by their mode
    ("В Приморском крае зарегистрированы 12 морских перевозчиков.",
     (12, "перевозчик", "морские перевозки")),
    ("По данным отраслевого союза, на Урале действуют 18 мультимодальных операторов.",
     (18, "оператор", "мультимодальные перевозки")),
    ("Рынок Приамурья поделили девять речных перевозчиков.",
     (9, "перевозчик", "речные перевозки")),
    ("Разрешения на рейсы в Финляндию получили 25 паромных перевозчиков.",
     (25, "перевозчик", "паромные перевозки")),
    # compounds of a sector prefix, split
    ("За пять лет в Перми открылись семь ветклиник.", (7, "клиника", "ветеринария")),
    ("В Белгородском районе сейчас работают шесть свинокомплексов.",
     (6, "комплекс", "свиноводство")),
    ("В Калужской области за десять лет построили три автозавода.",
     (3, "завод", "автомобильная промышленность")),
    ("В Татарстане насчитывается 11 конезаводов.", (11, "завод", "коневодство")),
    ("На полуострове сейчас работают 30 винзаводов.", (30, "завод", "виноделие")),
    # extent
    ("Отраслевой союз объединяет 30 производителей окон из ПВХ.",
     (30, "производитель", "окна из ПВХ")),
    ("В Казани 800 компаний занимаются ремонтом и отделкой помещений.",
     (800, "компания", "ремонт и отделка помещений")),
    ("За год в Самаре появились 90 фирм в сфере ремонта и отделки помещений.",
     (90, "фирма", "ремонт и отделка помещений")),
    ("Проектированием объектов энергетической инфраструктуры в крае занимаются 40 фирм.",
     (40, "фирма", "проектирование объектов энергетической инфраструктуры")),
    ("Экспортный центр отобрал 16 производителей мебели для участия в выставке в Милане.",
     (16, "производитель", "мебель")),
    # a part said by a sector adjective alone; a compound kept whole beside a clause's sector
    ("В регионе 90 предприятий пищевой промышленности, из них 25 — кондитерские.",
     (25, "предприятие", "кондитерская промышленность")),
    ("В Вологодской области 500 лесных предприятий, из них 120 — лесопильные.",
     (120, "предприятие", "лесопиление")),
    ("Гранты получили 37 сельхозпредприятий, занятых мясным скотоводством.",
     (37, "сельхозпредприятие", "мясное скотоводство")),
]

NEGATIVES = [
    "В электронном аукционе на ремонт школы участвовали семь компаний.",
    "В торговой миссии в Индию приняли участие 12 компаний.",
    "В конкурсе на поставку оборудования участвовали 14 заводов Тверской и Псковской областей.",
    "Компания «Агровит» управляет 14 птицефабриками в трёх регионах.",
    "В городе за год открылись 40 автомагазинов.",
    "К причалам порта за сутки подошли 20 морских судов.",
    "В крае 300 предприятий, из них 80 — перерабатывающие.",
]

NOT_SECTORS = [  # a count may be found, but not with these sectors
    ("В Мурманском порту работают пять морских терминалов.", "морские перевозки"),
    ("В городе за год открылись 40 автомагазинов.", "автомобильная промышленность"),
    ("Экспортный центр отобрал 16 производителей мебели для участия в выставке в Милане.",
     "мебель для участия"),
]

OKVED = [
    ("звукоизоляция", ["23"]),
    ("выпуск утеплителя", ["23"]),
    ("производство пенобетона", ["23"]),
    ("металлочерепица и профнастил", ["25"]),
    ("кровельные работы", ["43"]),
    ("тоннелестроение", ["42"]),
    ("аэропортовые услуги", ["52"]),
    ("морковка и лук", ["01"]),
    ("мультимодальные перевозки", ["52"]),
    ("теплоснабжение", ["35"]),  # a whole word of its own: the prefix is not cut
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_normal_forms13_positive(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_normal_forms13_negative(text):
    assert not counts(text)


@pytest.mark.parametrize("text, sector", NOT_SECTORS)
def test_normal_forms13_not_sector(text, sector):
    assert sector not in {c[2] for c in counts(text)}


@pytest.mark.parametrize("sector, codes", OKVED)
def test_normal_forms13_okved(sector, codes):
    assert [o.code for o in okved_codes(Morph(), sector)] == codes
