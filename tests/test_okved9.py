"""ОКВЭД 2 codes of sector names, ninth session (issue 11): whole classes of industry
words (composites, precast concrete, tools, optics and fibre, dental and medical goods,
IT products, medical fields, crafts, crops) and the head words that steer the codes
(grammars/okved_heads.py): installation and other services on goods, raising something,
trading a service, repairing goods of one division, goods "для" a served domain, a
subject "для" learners, work for a medium. The phrases are written for the test; the
last ones must stay as they were or without codes (never a guess).
"""
from __future__ import annotations

import pytest

CLASSES = [
    # goods classes
    ("изготовление изделий из композитов", ["22"]), ("углепластиковые детали", ["22"]),
    ("полимерные композиционные материалы", ["20", "22"]), ("выпуск ЖБИ", ["23"]),
    ("железобетонные конструкции", ["23"]), ("режущий инструмент", ["25"]),
    ("выпуск волоконно-оптических кабелей", ["27"]), ("лазерное оборудование", ["26"]),
    ("хирургические инструменты", ["32"]), ("стоматологическое оборудование", ["32"]),
    ("пряники", ["10"]), ("консервное производство", ["10"]), ("электробусы", ["29"]),
    # farming and gathering
    ("выращивание лекарственных трав", ["01"]), ("бахчеводство", ["01"]),
    ("сбор грибов", ["02"]), ("клубника", ["01"]),
    # services and IT
    ("монтаж пластиковых окон", ["43"]), ("ремонт офисов", ["43"]),
    ("перевозка пассажиров", ["49"]), ("морские пассажирские перевозки", ["50"]),
    ("дизайн сайтов", ["62"]), ("веб-дизайн", ["62"]), ("чат-боты", ["62"]),
    ("медицинские информационные системы", ["62"]), ("клиники ЭКО", ["86"]),
    ("квантовые вычисления", ["72"]), ("автотуризм", ["79"]), ("уличная еда", ["56"]),
]

HEADS = [
    # a service head: the goods after it add no codes
    ("установка металлических дверей", ["43"]),
    # raising: the section-A division of what is raised
    ("выращивание осетровых пород рыб", ["03"]), ("разведение лососёвых рыб", ["03"]),
    ("выращивание грибов", ["01"]),
    # a superset after the head adds nothing
    ("вылов рыбы", ["03"]),
    # trading a service is the service's division, trading goods stays trade
    ("экспорт программного обеспечения", ["62"]), ("продажа недвижимости", ["68"]),
    ("экспорт зерна", ["46"]),
    # repairing goods of one division
    ("ремонт грузовиков", ["45"]), ("ремонт тракторов", ["33"]),
    # servicing and washing goods is their repair division, not their making (session 20);
    # a synonym that takes in the goods keeps its own code
    ("сервисное обслуживание экскаваторов", ["33"]), ("обслуживание легковых автомобилей", ["45"]),
    ("мойка грузовиков", ["45"]), ("обслуживание буровых установок", ["09"]),
    # storage and processing of crops: both
    ("хранение и переработка фруктов", ["10", "52"]),
    # goods "для" a served domain
    ("продукция для медицины", ["26", "32"]), ("оборудование для метрополитена", ["30"]),
    ("выпуск продукции для железной дороги", ["30"]), ("оборудование для связи", ["26"]),
    # a subject taught "для" learners
    ("программирование для школьников", ["85"]), ("робототехника для детей", ["85"]),
    # work for a medium or IT
    ("компьютерная графика для кино", ["59"]), ("решения для кибербезопасности", ["62"]),
    # making a film is its own making
    ("производство мультипликационных фильмов", ["59"]),
    # a material before goods of a material division names their division
    ("полиэтиленовые трубы", ["22"]), ("выпуск стеклопластиковых труб", ["22"]),
    ("производство труб из ПВХ", ["22"]), ("деревянная упаковка", ["16"]),
    ("бетонные трубы", ["23"]), ("металлическая упаковка", ["25"]),
    # crops named "культуры", engines by kind, installation works
    ("эфиромасличные культуры", ["01"]), ("асинхронные двигатели", ["27"]),
    ("дизельные двигатели", ["28"]), ("монтаж лифтов", ["43"]),
    ("продвижение сайтов", ["73"]),
]

KEPT = [
    # goods for a domain with no row keep what they had
    ("продукция для нефтяников", []), ("композитные материалы для авиастроения", []),
    ("оборудование для нефтедобычи", ["28"]), ("одежда для детей", ["14"]),
    ("решения для энергетики", []), ("ремонт смартфонов", ["95"]),
    ("торговля одеждой", ["G"]), ("ремонт дорог", ["42"]),
    ("производство медицинских масок", ["32"]), ("деревянные игрушки", ["32"]),
    ("стальные трубы", ["24"]), ("производство упаковки", ["17", "22"]),
    # words of no industry
    ("двигатели", []), ("компьютерная графика", []), ("разработка", []),
]


@pytest.mark.parametrize("sector, codes", CLASSES + HEADS + KEPT)
def test_okved9(morph, sector, codes):
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(morph, sector)) == codes


@pytest.mark.parametrize("obj, sector, codes", [
    ("лавка", "фермерская продукция", ["47"]), ("павильон", "овощи", ["47"]),
    ("ферма", "фермерская продукция", ["01"]),
])
def test_market_stalls_trade(morph, obj, sector, codes):
    from rufacts.grammars.okved import okved_codes, trade_codes

    assert sorted(c.code for c in trade_codes(obj, okved_codes(morph, sector))) == codes


PIPELINE = [
    ("Установкой пластиковых окон в городе занимаются 18 фирм.", 18, ["43"]),
    ("Выращиванием осетровых рыб в области заняты девять хозяйств.", 9, ["03"]),
    ("Экспортом программного обеспечения занимаются 14 компаний региона.", 14, ["62"]),
    ("В городе работают 12 школ программирования для детей.", 12, ["85"]),
]


@pytest.mark.parametrize("text, count, codes", PIPELINE)
def test_okved9_through_pipeline(nlp, text, count, codes):
    doc = nlp(text)
    got = {v.count: sorted(c.code for c in v.okved)
           for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])}
    assert got.get(count) == codes, got
