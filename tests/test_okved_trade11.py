"""ОКВЭД 2 codes steered by a verb of trading and by classes of goods and services added in
the eleventh session's second round (w118): firms that "торгуют" goods trade them (47; cars
and their parts 45), the crops, medical care, industries and equipment rows of
okved2_synonyms.tsv. Sentences written for the test; the negatives keep their own codes."""
from __future__ import annotations

import pytest

import rufacts


def _codes(text: str, sector: str) -> list[str] | None:
    for s in rufacts.extract(text).sector_counts:
        if s.sector == sector:
            return sorted(o.code for o in (s.okved or ()))
    return None


POSITIVE = [
    ("Мебелью в Казани торгуют 45 компаний.", "мебель", ["47"]),
    ("В Омске около трёхсот ИП торгуют одеждой и обувью.", "одежда и обувь", ["47"]),
    ("Из 80 арендаторов рынка 30 торгуют мясом.", "мясо", ["47"]),
    ("Около 40 предпринимателей торгуют подержанными автомобилями.",
     "подержанные автомобили", ["45"]),
    ("Торговлей автозапчастями в крае занимаются 150 компаний.",
     "торговля автозапчастями", ["45"]),
    ("Бытовой техникой в городе торгуют 25 компаний.", "бытовая техника", ["47"]),
    ("Рис в Приморье выращивают 40 хозяйств.", "рис", ["01"]),
    ("В регионе работают 20 предприятий светотехнической отрасли.",
     "светотехническая отрасль", ["27"]),
    ("В индустрии красоты Перми работают 900 компаний.", "индустрия красоты", ["96"]),
    ("Паллиативной помощью в крае занимаются 12 учреждений.", "паллиативная помощь", ["86"]),
    ("Промышленные печи в России выпускают 12 заводов.", "промышленные печи", ["28"]),
    ("В стране около 3 тыс. компаний работают в event-индустрии.", "event-индустрия", ["82"]),
    ("Переработкой льна в области заняты три льнозавода.", "переработка льна", ["13"]),
    # the verb shared by a dashed sibling ("а ещё 12 — ...")
    ("Около 30 фирм торгуют мебелью, а ещё 12 — строительными материалами.",
     "строительные материалы", ["47"]),
]

NEGATIVE = [
    # the counted noun's own genitive is no traded goods
    ("На площадке Ozon торгуют более 3 тыс. производителей косметики.", "косметика", ["20"]),
    # "продавать" is left out: makers sell what they make
    ("Изделия народных промыслов продают 900 мастерских.", "изделия народных промыслов",
     ["32"]),
    # services keep their division
    ("Туристическими услугами торгуют 300 фирм.", "туристические услуги", ["79"]),
    # no trade verb: the goods' own division
    ("Мебель в Казани выпускают 45 компаний.", "мебель", ["31"]),
    ("Около 30 фирм выпускают мебель, ещё 12 — строительные материалы.",
     "строительные материалы", ["23"]),
]


@pytest.mark.parametrize("text,sector,codes", POSITIVE + NEGATIVE)
def test_trade_and_classes(text, sector, codes):
    assert _codes(text, sector) == codes
