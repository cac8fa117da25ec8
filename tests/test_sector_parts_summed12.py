"""Parts after a dash or colon whose numbers add up to the whole before them
(rufacts.grammars.sector_parts_summed, w126). Sentences written for this test."""
import pytest

import rufacts


def _counts(text):
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text,expected", [
    ("Лесозаготовкой в районе заняты 30 предприятий — 22 леспромхоза и 8 артелей.",
     {(8, "артель", "лесозаготовка", 30), (22, "леспромхоз", "лесозаготовка", 30)}),
    ("В Хакасии уголь добывают 11 предприятий — 7 разрезов и 4 шахты.",
     {(7, "разрез", "уголь", 11), (4, "шахта", "уголь", 11)}),
])
def test_summed_parts(text, expected):
    assert expected <= _counts(text)


@pytest.mark.parametrize("text", [
    "Металлургией заняты 40 компаний — 300 рабочих мест и 12 цехов.",
    "Добычей угля в крае заняты 12 компаний — 9 тысяч горняков и 3 профсоюза.",
])
def test_no_sum_no_parts(text):
    assert not any(c[3] is not None for c in _counts(text))
