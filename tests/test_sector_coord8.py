"""w72 (held8, second round): coordinated and elided counts and contrasts
(docs/gold-conventions.md, "count"). Real pipelines, general sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- a gapped clause: "X-ом занимаются N …, а Y-ом — M <noun>" ----------------------------
GAPPED = [
    ("Лесозаготовкой в районе занимаются 18 предприятий, а деревообработкой — девять "
     "компаний.", (9, "компания", "деревообработка", None)),
    ("Производством мебели в области заняты 30 фабрик, а производством кирпича — около "
     "12 предприятий.", (12, "предприятие", "производство кирпича", None)),
    ("Птицеводством в крае занимаются 14 хозяйств, а свиноводством — 22.",
     (22, "хозяйство", "свиноводство", None)),
]


@pytest.mark.parametrize("text,expected", GAPPED)
def test_gapped_clause_has_its_own_sector(text, expected):
    assert expected in counts(text)


def test_gapped_clause_needs_a_counted_noun_or_none():
    got = counts("Рыболовством в районе заняты 15 предприятий, а переработкой рыбы — 40 тонн "
                 "в сутки.")
    assert not any(c[0] == 40 for c in got)


# --- the counted noun left out after a kind adjective ------------------------------------
def test_kind_adjective_after_and():
    got = counts("В сфере продуктовой розницы города работают семь федеральных сетей и 14 "
                 "местных.")
    assert (14, "сеть", "продуктовая розница", None) in got


def test_industry_adjective_after_and_is_no_kind():
    got = counts("В регионе работают 20 молочных заводов и 12 мясных.")
    assert (12, "завод", "молочная промышленность", None) not in got


# --- chained places and eras -------------------------------------------------------------
def test_places_chained():
    got = counts("В Белоруссии производством стекла занимаются шесть заводов, в Армении — "
                 "два, тогда как в России их около 40.")
    assert {(2, "завод", "производство стекла", None),
            (40, "завод", "производство стекла", None)} <= got


def test_start_of_a_decade():
    got = counts("Производством фарфора в стране сейчас занимаются три фабрики, а в начале "
                 "2000-х их было больше 20.")
    assert (20, "фабрика", "производство фарфора", None) in got


# --- a difference is no count ------------------------------------------------------------
def test_difference_is_no_count():
    got = counts("В стране работают 480 хлебозаводов — на 35 меньше, чем годом ранее.")
    assert not any(c[0] == 35 for c in got)
