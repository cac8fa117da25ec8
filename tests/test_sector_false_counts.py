"""Sector counts that are not counts of firms, and compound objects (w61)."""
import pytest

import rufacts


def _counts(text):
    return [(c["count"], c["object"], c["sector"])
            for c in rufacts.extract(text).as_json().get("sector_counts", [])]


@pytest.mark.parametrize("text, firms", [
    ("Уголь в Кузбассе добывают 40 предприятий, а их общий объём — 200 млн тонн.", 40),
    ("Золото в регионе добывают 12 артелей, а их суммарная выручка — 30 млрд рублей.", 12),
])
def test_a_measure_after_the_firms_is_no_count(text, firms):
    counts = _counts(text)
    assert [c[0] for c in counts] == [firms]


@pytest.mark.parametrize("text, count", [
    ("В технопарке работают 40 IT-компаний-резидентов.", 40),
    ("На площадке кластера разместятся 12 ИТ-компаний-резидентов.", 12),
])
def test_a_prefixed_compound_counts_its_first_noun(text, count):
    assert [(c[0], c[1]) for c in _counts(text)] == [(count, "компания")]


def test_items_after_among_a_whole_share_its_total():
    text = "Среди 90 экспонентов осенней выставки в Казани — 20 столярных мастерских и 8 кузниц."
    counts = rufacts.extract(text).as_json()["sector_counts"]
    assert counts and all(c["total"] == 90 for c in counts)
    other = "Среди 50 резидентов технопарка — 12 IT-компаний. Ещё 8 кузниц открылись в городе."
    totals = {c["count"]: c["total"] for c in rufacts.extract(other).as_json()["sector_counts"]}
    assert totals.get(8) is None
