"""ОКВЭД 2 codes of sector names, thirteenth session (w146): carriage by its mode (land 49,
water 50, air 51: any noun of carriage with any word naming the mode, wherever it stands),
transshipment and storage (52 only, the goods add none), road and building repair (42,
43), food processing named by an adjective ("рыбная переработка" 10). The phrases are
written for the test; the KEPT ones must stay as they were.
"""
from __future__ import annotations

import pytest

MODES = [
    # land: road, rail, city transport, freight or passengers with no other mode
    ("автомобильный транспорт", ["49"]), ("пассажирский транспорт", ["49"]),
    ("перевозки тяжеловесных грузов", ["49"]), ("железнодорожные перевозчики", ["49"]),
    ("транспортировка сыпучих грузов", ["49"]), ("троллейбусный транспорт", ["49"]),
    ("грузоперевозчики", ["49"]), ("перевозка вахтовиков", ["49"]), ("перевозка детей", ["49"]),
    # water
    ("речные перевозчики", ["50"]), ("перевозки по Северному морскому пути", ["50"]),
    ("паромные перевозки", ["50"]), ("водный транспорт", ["50"]),
    ("грузоперевозки морским транспортом", ["50"]), ("речные пассажирские перевозки", ["50"]),
    # air
    ("авиаперевозчики", ["51"]), ("воздушный транспорт", ["51"]),
    ("грузовые авиаперевозки", ["51"]), ("вертолётные перевозки", ["51"]),
]

NEAR_MISSES = [
    # no mode said: the section; not carriage: its own division
    ("транспорт", ["H"]), ("ремонт грузовых вагонов", ["33"]),
    ("лизинг железнодорожного транспорта", ["77"]), ("морской порт", ["52"]),
    ("автомобильная промышленность", ["29"]), ("речное судостроение", ["30"]),
]


BUILT = [
    # transshipment and storage: 52 whatever is handled
    ("перевалка минеральных удобрений", ["52"]), ("складирование зерна", ["52"]),
    ("перевалка металлолома", ["52"]),
    # roads by other names, capital repair, buildings put up, finishing materials
    ("ремонт федеральных трасс", ["42"]), ("содержание автодорог", ["42"]),
    ("капремонт школ", ["43"]), ("капремонт жилых домов", ["43"]),
    ("строительство складов", ["41"]), ("возведение школ", ["41"]),
    ("постройка торговых центров", ["41"]), ("строительство гостиниц", ["41"]),
    ("апартаменты", ["41"]), ("облицовочные материалы", ["23"]),
    # processing named by an adjective, complexes, drinks made of a crop, importers' cars
    ("рыбная переработка", ["10"]), ("рыбопромышленный комплекс", ["03", "10"]),
    ("производство иван-чая", ["10"]), ("выпуск травяного чая", ["10"]),
]

BUILT_NEAR_MISSES = [
    ("строительство мостов и путепроводов", ["42"]), ("строительство", ["F"]),
    ("чай", ["01"]), ("рыболовство", ["03"]), ("хранение и переработка овощей", ["10", "52"]),
]


@pytest.mark.parametrize("sector, codes", MODES + NEAR_MISSES + BUILT + BUILT_NEAR_MISSES)
def test_okved_modes13(morph, sector, codes):
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(morph, sector)) == codes


PIPELINE = [
    ("Речными перевозками в бассейне Лены заняты шесть судоходных компаний.", 6, ["50"]),
    ("Перевозками опасных грузов в области занимаются 14 компаний.", 14, ["49"]),
    ("Из 90 импортёров края легковые автомобили ввозят 25.", 25, ["45"]),
]


@pytest.mark.parametrize("text, count, codes", PIPELINE)
def test_okved_modes13_through_pipeline(nlp, text, count, codes):
    doc = nlp(text)
    got = {v.count: sorted(c.code for c in v.okved)
           for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])}
    assert got.get(count) == codes, got


TRADERS = [
    # a builder counted on real estate builds it; on anything else its codes stay
    ("девелопер", "складская недвижимость", ["41"]), ("застройщик", "загородная недвижимость", ["41"]),
    ("девелопер", "гостиничный бизнес", ["55"]), ("агентство", "коммерческая недвижимость", ["68"]),
    # an importer trades what it brings in
    ("импортёр", "легковые автомобили", ["45"]), ("импортёр", "вино", ["46"]),
    ("экспортёр", "пиломатериалы", ["16"]),
]


@pytest.mark.parametrize("obj, sector, codes", TRADERS)
def test_okved_traders13(morph, obj, sector, codes):
    from rufacts.grammars.okved import okved_codes, trade_codes

    assert sorted(o.code for o in trade_codes(obj, okved_codes(morph, sector))) == codes
