"""A part of a whole saying only whom its products are for: "<whole's product> для X"
(rufacts.grammars.sector_parts_purpose, w126). Sentences written for this test."""
import pytest

import rufacts


def _counts(text):
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text,expected", [
    ("Упаковку в области производят 12 фабрик, из которых четыре — для пищевой "
     "промышленности.", (4, "фабрика", "упаковка для пищевой промышленности", 12)),
    ("Корма в крае выпускают девять комбинатов, из них три — для аквакультуры.",
     (3, "комбинат", "корма для аквакультуры", 9)),
    ("Около 50 студий в Казани пишут софт для ритейла, из них 11 — для автопрома.",
     (11, "студия", "софт для автопрома", 50)),
])
def test_part_for_an_industry(text, expected):
    assert expected in _counts(text)


def test_part_for_residents_keeps_the_whole_sector():
    got = _counts("Жильё в городе строят 20 застройщиков, из них пять — для жителей аварийных "
                  "домов.")
    assert not any("жител" in c[2] for c in got)
