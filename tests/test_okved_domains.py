"""ОКВЭД 2 codes of sector names by domain (issue 11, seventh session): the everyday
names, loanwords, adjectives and product nouns of whole industries, and the classes of
phrases the matcher reads -- a hyphenated word's part yields to the whole word's row,
a service noun keeps the goods after it out, general parts "для" an industry take its
manufacturing division. The phrases are written for the test, not taken from the gold
files; the last ones must stay without codes (never a guess).
"""
from __future__ import annotations

import pytest

DOMAINS = [
    # IT subfields, telecom, hosting, electronics as goods
    ("EdTech-проекты", ["85"]), ("онлайн-образование для взрослых", ["85"]),
    ("медтех-решения", ["26", "32"]), ("облачные услуги для бизнеса", ["63"]),
    ("хостинг сайтов", ["63"]), ("интернет-провайдеры", ["61"]), ("мобильная связь", ["61"]),
    ("системная интеграция", ["62"]), ("ИИ-решения", ["62"]), ("машинное обучение", ["62"]),
    ("IT-аутсорсинг", ["62"]), ("производство серверов", ["26"]),
    ("выпуск смартфонов", ["26"]), ("твердотельные накопители", ["26"]),
    # trade and repair: the goods after a shop or a repair add no codes of their making
    ("интернет-магазины одежды", ["47"]), ("интернет-торговля", ["47"]),
    ("ремонт ноутбуков", ["95"]),
    # finance, real estate, utilities
    ("эквайринг", ["66"]), ("платёжные сервисы", ["66"]), ("пенсионные фонды", ["65"]),
    ("ипотечное кредитование", ["64"]), ("аренда офисной недвижимости", ["68"]),
    ("управление жилыми домами", ["68"]), ("вывоз ТКО", ["38"]),
    ("озеленение городов", ["81"]), ("ветропарки", ["35"]),
    # farming, fishing, forestry, crafts, food
    ("кролиководство", ["01"]), ("разведение осетра", ["03"]), ("лесопилки", ["16"]),
    ("производство топливных гранул", ["16"]), ("производство пеллет", ["16"]),
    ("геологоразведочные работы", ["71"]), ("выплавка алюминия", ["24"]),
    ("розлив минеральной воды", ["11"]), ("макаронные изделия", ["10"]),
    ("сыроварение", ["10"]), ("валяние валенок", ["15"]), ("кузнечное дело", ["25"]),
    ("гончарное ремесло", ["23"]), ("вышивка", ["13"]),
    # machines and vehicles
    ("трубопроводная арматура", ["28"]), ("промышленные роботы", ["28"]),
    ("судостроительные верфи", ["30"]), ("производство тракторов", ["28"]),
    # consumer services, lodging, tourism, health, education, culture
    ("парикмахерские", ["96"]), ("химчистки", ["96"]), ("гостевые дома", ["55"]),
    ("экотуризм", ["79"]), ("клиники", ["86"]), ("детские сады", ["85"]),
    ("театры", ["90"]), ("букмекерские конторы", ["92"]),
    # general parts "для" an industry: its manufacturing division
    ("запчасти для тракторов", ["28"]), ("комплектующие для судостроения", ["30"]),
    ("детали для автомобилей", ["29"]),
    # nothing fits: no codes
    ("продукция для нефтяников", []), ("композитные материалы для авиастроения", []),
    ("краудфандинговые платформы", []),
]


@pytest.mark.parametrize("sector, codes", DOMAINS)
def test_okved_domains(morph, sector, codes):
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(morph, sector)) == codes


PIPELINE = [
    ("Выплавкой алюминия в Сибири заняты четыре завода.", 4, ["24"]),
    ("Хостингом сайтов в регионе занимаются 12 компаний.", 12, ["63"]),
    ("Ремонтом смартфонов в городе занимаются 25 мастерских.", 25, ["95"]),
    ("В регионе 40 хозяйств занимаются кролиководством.", 40, ["01"]),
    ("Производством комплектующих для судостроения заняты шесть заводов.", 6, ["30"]),
]


@pytest.mark.parametrize("text, count, codes", PIPELINE)
def test_okved_through_pipeline(nlp, text, count, codes):
    doc = nlp(text)
    got = {v.count: sorted(c.code for c in v.okved)
           for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])}
    assert got.get(count) == codes, got


@pytest.mark.parametrize("obj, sector, codes", [
    ("судовладелец", "пассажирские перевозки по рекам", ["49"]),  # a division stays
    ("судовладелец", "перевозки", ["50"]),   # H only: the carrier's division
    ("авиакомпания", "перевозки", ["51"]),
    ("магазин", "торговля", ["47"]),
    ("завод", "перевозки", ["H"]),           # no carrier: the section stays
])
def test_section_takes_the_carriers_division(morph, obj, sector, codes):
    from rufacts.grammars.okved import okved_codes, trade_codes

    assert sorted(c.code for c in trade_codes(obj, okved_codes(morph, sector))) == codes
