"""ОКВЭД class rows and the retail head (lexicons/okved_heads.tsv "retail",
okved2_synonyms.tsv): selling goods is retail trade 47 (cars 45, wholesale 46), household
services 95/96, drying of fruit 10."""
import pytest

import rufacts


def _codes(text):
    return {s.sector: [c.code for c in s.okved] for s in rufacts.extract(text).sector_counts}


CASES = [
    ("Реализацией нефтепродуктов в районе занимаются семь предприятий.", "47"),
    ("Продажей бытовой электроники в городе заняты 40 компаний.", "47"),
    ("Продажей автозапчастей в области занимаются 120 фирм.", "45"),
    ("Оптовой торговлей зерном заняты 15 компаний края.", "46"),
    ("В районе работают 12 объектов бытового обслуживания.", "95"),
    ("Сушкой фруктов в долине занимаются 9 предприятий.", "10"),
]


@pytest.mark.parametrize("text,code", CASES)
def test_class_codes(text, code):
    got = _codes(text)
    assert any(code in cs for cs in got.values()), got


def test_service_trade_keeps_service_code():
    got = _codes("Продажей программного обеспечения в регионе занимаются 30 компаний.")
    assert not any("47" in cs for cs in got.values()), got
