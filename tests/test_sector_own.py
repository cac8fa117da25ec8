"""Sector counts whose sector the counted noun carries in its own words (issue 11):
a clause on the noun when the count is said last ("Число компаний, выпускающих X, выросло
до 29"), "из" + the industry the firms come from ("заёмщиков из пищевой промышленности",
"из числа предприятий ЛПК"), and "одной из 18 компаний, <clause>" (the 18 count, not the
one). Real pipelines, own sentences in other words than the gold files."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- the count said last, the sector in a clause on the noun -----------------------------
@pytest.mark.parametrize("text,expected", [
    ("Число студий, которые занимаются разработкой игр, достигло 35.",
     (35, "студия", "разработка игр", None)),
    ("Количество магазинов, торгующих фермерскими продуктами, за год выросло вдвое, до 64.",
     (64, "магазин", "фермерские продукты", None)),
    ("Число фермерских хозяйств, которые выращивают лён, за три года сократилось до 12.",
     (12, "хозяйство", "лён", None)),
    ("Количество компаний, разрабатывающих промышленное ПО, выросло до 480, говорится "
     "в обзоре аналитиков.", (480, "компания", "промышленное ПО", None)),
])
def test_a_count_said_last_takes_the_clause_on_its_noun(text, expected):
    assert expected in counts(text)


def test_a_change_counts_the_figure_reached_only():
    found = counts("Число заводов, производящих цемент, в регионе за год увеличилось "
                   "с 5 до 8, сообщили в министерстве.")
    assert (8, "завод", "цемент", None) in found
    assert not any(c[0] == 5 for c in found)


def test_a_headcount_said_last_is_no_count():
    assert counts("Количество сотрудников, работающих в IT, выросло до 500.") == set()


# --- "из" + the industry the firms come from ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Льготные займы получили 120 заёмщиков из пищевой промышленности.",
     (120, "заёмщик", "пищевая промышленность", None)),
    ("На выставку приехали 40 экспонентов из машиностроения и станкостроения.",
     (40, "экспонент", "машиностроение и станкостроение", None)),
    ("Контракты заключили 9 подрядчиков из строительной отрасли.",
     (9, "подрядчик", "строительная отрасль", None)),
    ("Отсрочку по налогам получили 230 заёмщиков из числа предприятий "
     "лесопромышленного комплекса.", (230, "заёмщик", "лесопромышленный комплекс", None)),
])
def test_from_an_industry_is_the_sector(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "В акселератор отобрали 12 компаний из Иннополиса.",
    "Ярмарка собрала 140 участников из восьми районов.",
    "На форум приехали 40 участников из Москвы.",
    "Гранты получат 25 фермеров из числа жителей сельских поселений.",
])
def test_from_a_place_is_no_sector(text):
    assert counts(text) == set()


# --- "одной из N <noun>": the N count, not the one ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Предприятие вошло в число лидеров и стало одним из 15 заводов по переработке "
     "молока, получивших гранты.", (15, "завод", "переработка молока", None)),
    ("Фабрика стала одним из 40 текстильных предприятий, получивших субсидию.",
     (40, "предприятие", "текстильная промышленность", None)),
    ("Компания «Вектор» стала одной из 18 компаний, выпускающих насосное оборудование, "
     "которые получили льготный заём.", (18, "компания", "насосное оборудование", None)),
])
def test_one_of_n_counts_the_n(text, expected):
    found = counts(text)
    assert expected in found
    assert not any(c[0] == 1 for c in found)
