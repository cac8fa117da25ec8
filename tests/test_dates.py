"""Tests of the yargy date grammar and DateParser in rufacts.grammars.dates."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rufacts.grammars.dates import DateParser, DateValue

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "lefortovo-technopolis.txt"


@pytest.fixture(scope="session")
def parser() -> DateParser:
    return DateParser()


def found(parser: DateParser, sentence: str) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in parser.findall(sentence)]


def cases(table):
    return pytest.mark.parametrize(
        ("sentence", "expected"), table, ids=[s[:40] for s, _ in table]
    )


NUMERIC = [
    ("Дата публикации: 11.12.2015", [("11.12.2015", "2015-12-11")]),
    ("Договор подписан 01.02.2016 г. в Москве.", [("01.02.2016 г.", "2016-02-01")]),
    ("Срок истекает 1.9.2020.", [("1.9.2020", "2020-09-01")]),
    ("Закон вступил в силу 29.02.2016 года.", [("29.02.2016 года", "2016-02-29")]),
]

ISO = [
    ("Отчёт от 2015-12-11 опубликован на сайте.", [("2015-12-11", "2015-12-11")]),
    ("Обновлено 2023-01-05T10:00.", [("2023-01-05", "2023-01-05")]),
]

FULL = [
    ("Собянин открыл производство 11 декабря 2015 года.", [("11 декабря 2015 года", "2015-12-11")]),
    ("Указ подписан 3 марта 2014 г. президентом.", [("3 марта 2014 г.", "2014-03-03")]),
    ("Встреча прошла 25 мая 2018 в Кремле.", [("25 мая 2018", "2018-05-25")]),
    ("Решение принято 11-го декабря 2015-го года.", [("11-го декабря 2015-го года", "2015-12-11")]),
    ("Сделку закрыли 7 сент. 2019 г.", [("7 сент. 2019 г.", "2019-09-07")]),
    ("НОВОСТИ 12 ИЮНЯ 2020 ГОДА", [("12 ИЮНЯ 2020 ГОДА", "2020-06-12")]),
]

DAY_MONTH = [
    ("Митинг назначен на 1 мая.", [("1 мая", "--05-01")]),
    ("Выборы пройдут 18 сентября, сообщил ЦИК.", [("18 сентября", "--09-18")]),
    ("С 8 марта по 10 марта магазины работают.", [("8 марта", "--03-08"), ("10 марта", "--03-10")]),
    ("Поставку ожидают 5 дек.", [("5 дек.", "--12-05")]),
    ("Праздник отмечают 29 февраля.", [("29 февраля", "--02-29")]),
]

MONTH_YEAR = [
    ("Технополис был основан в декабре 2012 года.", [("декабре 2012 года", "2012-12")]),
    ("Декабрь 2012 стал рекордным.", [("Декабрь 2012", "2012-12")]),
    ("Завод заработает в мае 2016.", [("мае 2016", "2016-05")]),
    ("Цены выросли в янв. 2021 г.", [("янв. 2021 г.", "2021-01")]),
]

YEAR_ONLY = [
    ("Компания основана в 2015 году.", [("2015 году", "2015")]),
    ("План на 2016 год утверждён.", [("2016 год", "2016")]),
    ("Выручка за 2015 г. выросла.", [("2015 г.", "2015")]),
    ("Итоги 2015-го года подвели в Москве.", [("2015-го года", "2015")]),
    ("В 2014-м году открылся корпус.", [("2014-м году", "2014")]),
]

NEGATIVE = [
    ("Это случилось в 2015.", []),
    ("Промышленный корпус № 5 полезной площадью более 175 тыс. кв. м.", []),
    ("Звоните по телефону 8-495-123-45-67 или +7 (495) 777-12-12.", []),
    ("Инвестиции составили 2015 млн рублей.", []),
    ("Привлечено еще 10 высокотехнологичных компаний.", []),
    ("Версия 1.11.12.2015 вышла вчера.", []),
    ("Код 8-2015-12-11 недействителен.", []),
    ("Рост в 1990-х годах был заметен.", []),
    ("Население 950 г. до н.э. неизвестно.", []),
    ("Стоимость 11 . 12 . 2015 рублей.", []),
    ("В 3015 году полетим на Марс.", []),
]

INVALID = [
    ("Несуществующая дата 31.02.2015 в документе.", []),
    ("Письмо датировано 31 июня 2015 года.", []),
    ("Платёж от 2015-13-01 отклонён.", []),
    ("Срок 29.02.2015 невозможен.", []),
    ("Назначено на 32 декабря.", []),
]

MIXED = [
    (
        "11.12.2015. Технополис, основанный в декабре 2012 года, к 2016 году привлечет "
        "еще 10 компаний; 5 мая 2015 года открыт корпус № 5.",
        [
            ("11.12.2015", "2015-12-11"),
            ("декабре 2012 года", "2012-12"),
            ("2016 году", "2016"),
            ("5 мая 2015 года", "2015-05-05"),
        ],
    ),
    ("Заседание 11 декабря.\nОтчет 2015\nгода не готов.", [("11 декабря", "--12-11")]),
]


@cases(NUMERIC)
def test_dates_numeric_day_month_year(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(ISO)
def test_dates_iso(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(FULL)
def test_dates_day_month_name_year(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(DAY_MONTH)
def test_dates_day_month_without_year(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(MONTH_YEAR)
def test_dates_month_year_excludes_preposition(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(YEAR_ONLY)
def test_dates_year_needs_year_word(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(NEGATIVE)
def test_dates_rejects_non_dates(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(INVALID)
def test_dates_rejects_impossible_dates(parser, sentence, expected):
    assert found(parser, sentence) == expected


@cases(MIXED)
def test_dates_several_in_text_order(parser, sentence, expected):
    assert found(parser, sentence) == expected


def test_dates_table_is_large_enough():
    tables = [NUMERIC, ISO, FULL, DAY_MONTH, MONTH_YEAR, YEAR_ONLY, NEGATIVE, INVALID, MIXED]
    assert sum(len(t) for t in tables) >= 30


def test_dates_offsets_and_fields(parser):
    text = "Открыт в декабре 2012 года."
    (date,) = parser.findall(text)
    assert date == DateValue(9, 26, "декабре 2012 года", 2012, 12, None)
    assert text[date.start:date.stop] == date.text


def test_dates_value_precision():
    assert DateValue(0, 1, "x", 2015, 12, 11).value == "2015-12-11"
    assert DateValue(0, 1, "x", 2012, 12, None).value == "2012-12"
    assert DateValue(0, 1, "x", 2015, None, None).value == "2015"
    assert DateValue(0, 1, "x", None, 12, 1).value == "--12-01"


def test_dates_sample_file(parser):
    text = SAMPLE.read_text(encoding="utf-8")
    assert found(parser, text) == [("11.12.2015", "2015-12-11"), ("декабре 2012 года", "2012-12")]


def test_dates_text_without_digits_skips_yargy(parser, monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("yargy should not run on text without digits")

    monkeypatch.setattr(parser.parser, "extract", boom)
    assert parser.findall("В декабре технополис привлек компании.") == []
    assert parser.findall("") == []


def test_dates_huge_number_does_not_raise(parser):
    assert parser.findall("9" * 5000 + " года и " + "1" * 5000 + " декабря") == []


def test_dates_shares_the_rufacts_analyzer(parser):
    from rufacts.grammars.morph import get_morph

    assert parser.parser.tokenizer.morph.raw is get_morph().analyzer


def test_dates_parser_pickles(parser):
    clone = pickle.loads(pickle.dumps(parser))
    assert found(clone, "в 2015 году") == [("2015 году", "2015")]


def test_dates_no_real_pymorphy2(parser):
    parser.findall("Собянин открыл производство 11 декабря 2015 года.")
    from rufacts._compat import pymorphy2_loaded

    assert not pymorphy2_loaded()


# Date-like fragments glued together in random order: "11.декабря 2015-го г."
DATEISH = st.lists(
    st.sampled_from(
        list("0123456789 .-/г\n№,") + ["11", "2015", "31", "02", "12", " декабря ",
                                       "мая", " года", "сент.", "в ", "-го", "Г."]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), DATEISH))
def test_dates_spans_match_text(parser, text):
    results = parser.findall(text)
    last_stop = 0
    for r in results:
        assert text[r.start:r.stop] == r.text
        assert r.start >= last_stop and r.stop > r.start
        last_stop = r.stop
        assert r.value
