"""ОКВЭД 2 codes of sector names, twelfth session (w128): classes of sector words that had
no division or a wrong one: crops and mushrooms grown (01), metals named alone (smelted 24,
ores 07), electric drives (27), services named by what is done whatever it is done to
(clearing 81, towing 52, photography 74, care at a distance 86), trade across the border
(46, cars 45, software its own), tech loanwords (62), compound words whose first part only
names a domain ("агродроны" are drones, 30), and umbrella names that span many sections
(no codes). The phrases are written for the test; the KEPT ones must stay as they were.
"""
from __future__ import annotations

import pytest

CLASSES = [
    # crops, vegetables and mushrooms
    ("тепличные баклажаны", ["01"]), ("белокочанная капуста", ["01"]),
    ("черешня и абрикосы", ["01"]), ("шиитаке", ["01"]), ("ранняя морковь", ["01"]),
    # metals: smelted ones 24, ore metals 07
    ("технический кремний", ["24"]), ("магний", ["24"]), ("вольфрам", ["07"]),
    # electric drives and transmissions
    ("промышленные сервоприводы", ["27"]), ("шаговые двигатели", ["27"]),
    ("гидроцилиндры", ["28"]),
    # services by what is done
    ("вывоз снега", ["81"]), ("механизированная уборка дорог", ["81"]),
    ("уборка улиц", ["81"]), ("эвакуация грузовиков", ["52"]),
    ("свадебная фотография", ["74"]), ("фотосъёмка", ["74"]),
    ("телемедицинские услуги", ["86"]),
    # harvesting a crop is its growing
    ("уборка сахарной свёклы", ["01"]), ("уборка урожая", ["01"]),
    # trade across the border: wholesale whatever the goods
    ("импорт сельскохозяйственной техники", ["46"]), ("импорт вина", ["46"]),
    ("ввоз медицинского оборудования", ["46"]), ("импорт легковых автомобилей", ["45"]),
    ("импорт программного обеспечения", ["62"]),
    # tech loanwords
    ("PropTech", ["62"]), ("HRTech", ["62"]), ("RetailTech", ["62"]),
    # compound words: the domain part cut off
    ("агродроны", ["30"]), ("сельхоздроны", ["30"]), ("агроэкотуризм", ["79"]),
    # umbrella names: no codes
    ("ЖКХ", []), ("жилищно-коммунальное хозяйство", []), ("креативная экономика", []),
]

KEPT = [
    ("вывоз твёрдых коммунальных отходов", ["38"]), ("сельхозтехника", ["28"]),
    ("ремонт сельхозтехники", ["33"]), ("экспорт зерна", ["46"]), ("медь", ["07"]),
    ("алюминий", ["24"]), ("уборка помещений", ["81"]), ("EdTech", ["85"]),
    ("агротех", []), ("торговля одеждой", ["G"]), ("двигатели", []),
]


@pytest.mark.parametrize("sector, codes", CLASSES + KEPT)
def test_okved12(morph, sector, codes):
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(morph, sector)) == codes


PIPELINE = [
    ("Импортом сельскохозяйственной техники в крае заняты семь компаний.", 7, ["46"]),
    ("Уборкой снега в районе занимаются 11 подрядчиков.", 11, ["81"]),
    ("Шампиньоны и вешенку выращивают четыре фермерских хозяйства области.", 4, ["01"]),
]


@pytest.mark.parametrize("text, count, codes", PIPELINE)
def test_okved12_through_pipeline(nlp, text, count, codes):
    doc = nlp(text)
    got = {v.count: sorted(c.code for c in v.okved)
           for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])}
    assert got.get(count) == codes, got


HEADS12 = [
    # designing goods is engineering, putting software in is software
    ("проектирование речных судов", ["71"]), ("внедрение 1С", ["62"]),
    # a courier's delivery whatever is delivered
    ("курьерская доставка готовой еды", ["53"]), ("курьерская доставка лекарств", ["53"]),
    # tests and care: health care
    ("генетическое тестирование", ["86"]), ("медицинский туризм", ["86"]),
    ("северный завоз", ["52"]),
]


@pytest.mark.parametrize("sector, codes", HEADS12)
def test_okved12_heads(morph, sector, codes):
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(morph, sector)) == codes
