"""Counts said last (issue 11, "numbers away from the noun"), two families met in the
second look at the seventh writers' set-aside gold: the count followed by a compared figure
("… 32 против 30 годом ранее"), and an agent or facility noun whose own trade is the sector
("Вагоностроителей в стране девять"). Real pipelines, own sentences for each family."""
from __future__ import annotations

import pytest

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    # "против" + a figure and a time: both counts, the noun and sector carried over
    ("Металлургических комбинатов в стране 9 против 12 в 2019 году.",
     {(9, "комбинат", "металлургия", None), (12, "комбинат", "металлургия", None)}),
    ("Кожевенных заводов в России осталось 14 против 20 двумя годами ранее.",
     {(14, "завод", "кожевенная промышленность", None),
      (20, "завод", "кожевенная промышленность", None)}),
    # an agent noun counted last, its industry the sector
    ("Вагоностроителей в России девять.",
     {(9, "вагоностроитель", "вагоностроение", None)}),
    ("Машиностроителей в регионе 40.", {(40, "машиностроитель", "машиностроение", None)}),
    # a facility noun of its own trade, with a compared figure
    ("Лесопилок в районе 8 против 11 в 2015 году.",
     {(8, "лесопилка", "лесопиление", None), (11, "лесопилка", "лесопиление", None)}),
])
def test_counted_last(text, expected):
    assert expected <= counts(text)


@pytest.mark.parametrize("text", [
    # "против" before a measure, not a count of the same firms
    "Сыроварен в области 40 против 25 тысяч тонн сыра.",
    # a worker noun, not an agent of an industry
    "Рабочих на заводе 300.",
    "Строителей на объекте сейчас 40.",
])
def test_no_count(text):
    got = counts(text)
    assert not any(c[0] in (25, 300, 40) and c[1] in ("рабочий", "строитель") for c in got)
    assert (25, "сыроварня", "сыроделие", None) not in got


@pytest.mark.parametrize("text,expected", [
    # the same firms said again with a verb that takes no object: noun and sector carried over
    ("В области открылись 46 строительных компаний, а закрылись 18.",
     (18, "компания", "строительство", None)),
    ("В городе работают 12 строительных компаний, ещё 5 закрылись за год.",
     (5, "компания", "строительство", None)),
    ("В регионе 20 строительных компаний, ещё 3 лишены лицензии.",
     (3, "компания", "строительство", None)),
])
def test_said_again_with_an_intransitive_verb(text, expected):
    assert expected in counts(text)


def test_a_transitive_verb_keeps_its_own_sector():
    # "проектируют микросхемы" names a sector of its own: the earlier one is not carried over
    got = counts("В городе 40 предприятий выпускают радиоэлектронику; ещё 15 проектируют "
                 "микросхемы.")
    assert (15, "предприятие", "радиоэлектроника", None) not in got
