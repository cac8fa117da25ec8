"""Relative dates ("вчера", "в прошлом году") resolved against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from rufacts.grammars.relative_dates import find_relative, parse_anchor

ANCHOR = "2015-12-11"


@pytest.mark.parametrize("text, span, value", [
    ("Вчера мэр открыл завод.", "Вчера", "2015-12-10"),
    ("Завод откроют послезавтра.", "послезавтра", "2015-12-13"),
    ("Сегодня стало известно о сделке.", "Сегодня", "2015-12-11"),
    ("В прошлом году выручка выросла.", "прошлом году", "2014"),
    ("Итоги прошлого года подвели в понедельник.", "прошлого года", "2014"),
    ("Во втором полугодии текущего года открыто 10 производств.",
     "втором полугодии текущего года", "2015-07/2015-12"),
    ("В следующем  году стройка завершится.", "следующем  году", "2016"),
    ("В прошлом месяце цены выросли.", "прошлом месяце", "2015-11"),
])
def test_relative_dates_resolved_against_the_publication_date(pipeline, text, span, value):
    article = pipeline.extract(text, published=ANCHOR)
    assert [(d.text, d.value) for d in article.dates][:1] == [(span, value)]
    assert article.text[article.dates[0].start:article.dates[0].stop] == span


def test_relative_dates_kept_without_a_value_without_a_publication_date(pipeline):
    for meta in ({}, {"published": "не дата"}):
        [date] = pipeline.extract("Вчера мэр открыл завод.", **meta).dates
        assert (date.text, date.kind, date.value, date.anchor) == ("Вчера", "relative", None, None)


def test_relative_dates_month_offsets_cross_years():
    [found] = find_relative("в прошлом месяце")
    assert found.resolve(date(2016, 1, 15)) == (2015, 12, None)
    [found] = find_relative("в следующем месяце")
    assert found.resolve(date(2015, 12, 1)) == (2016, 1, None)


@pytest.mark.parametrize("text", ["сегодняшнийдень", "Завтрак подали в 9 утра.", "прошлом"])
def test_relative_dates_only_whole_words(text):
    assert find_relative(text) == []


def test_relative_dates_anchor_parsing():
    assert parse_anchor("2015-12-11T10:00:00") == date(2015, 12, 11)
    assert parse_anchor(None) is None and parse_anchor("11.12.2015") is None
