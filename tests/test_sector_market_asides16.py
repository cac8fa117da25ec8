"""A market phrase names the sector of the firms counted in its clause also past an aside set
off by commas ("по данным X", "по словам X", "как подсчитали в X", "согласно X") and past a
quoted name (w163, round 15, rufacts.grammars.sector_market). Real pipeline, own sentences."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


@pytest.mark.parametrize("text,expected", [
    ("Российский рынок промышленных роботов, по подсчётам отраслевой ассоциации, делят 48 "
     "интеграторов.", (48, "интегратор", "промышленные роботы", None)),
    ("Рынок спецодежды, по данным Rusbrand, делят около 1,5 тыс. производителей.",
     (1500, "производитель", "спецодежда", None)),
    ("Рынок детского питания, согласно оценке NielsenIQ, контролируют пять производителей.",
     (5, "производитель", "детское питание", None)),
    ("Рынок каршеринга в Москве после слияния «Делимобиля» и BelkaCar делят всего три "
     "оператора.", (3, "оператор", "каршеринг", None)),
    ("Рынок утилизации покрышек в Сибири, по словам основателя «Экошины» Дениса Козлова, "
     "держится на 12 заводах.", (12, "завод", "утилизация покрышек", None)),
    ("Рынок кейтеринга в Екатеринбурге, как подсчитали в «2ГИС», делят около 70 компаний.",
     (70, "компания", "кейтеринг", None)),
    ("Рынок ветеринарных препаратов, по оценке аналитиков, поделили между собой "
     "девять производителей.", (9, "производитель", "ветеринарные препараты", None)),
    ("Рынок спецодежды, по данным Rusbrand, делят около 1,5 тыс. производителей, но на "
     "федеральном уровне работают 35–40.", (40, "производитель", "спецодежда", None)),
])
def test_market_past_an_aside(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text,value", [
    # a new clause after the aside's comma with no comma-closed aside: no market count
    ("Рынок кейтеринга вырос на 12%, по данным аналитиков; в городе работают 40 ресторанов.",
     None),
    ("Рынок спецодежды, по данным Rusbrand, вырос на 15%.", 15),
    ("Рынок такси, по словам экспертов, обслуживают около 300 тысяч водителей.", 300000),
])
def test_no_market_count(text, value):
    found = counts(text)
    if value is None:
        assert not any(c[2] == "кейтеринг" for c in found)
    else:
        assert not any(c[0] == value for c in found)
