"""w200 (issue 11, the twenty-third round's development half): families of sector-count
errors fixed by general rules and lexicon entries. Sentences of our own; real pipeline.

* broadcasters, publishers and record labels as counted firms of their own trade
  (sector_agents.tsv, sector_object_classes.tsv); the trades of "киберспортивный",
  "аптечный пункт", the prefixes "кино-", "авиа-" (sector_adjectives.tsv);
* opening is no building verb (sector_building_verbs.txt);
* a range of number words with a hyphen (sector_context.count_value);
* a marker verb's participle before the counted noun, the count last (sectors.py, sector_scan.py);
* "число <participle phrase> <noun>" (sector_tree_official);
* an elided part "— из <sector>" after "в том числе" (sector_markers.tsv, sector_context.resolve);
* of two readings of one span, the one with a counted noun (sector_parser);
* the staff of the firms of a trade ("на заводах отрасли трудятся ...") is a headcount
  (sector_false_counts).
"""
from __future__ import annotations

import pytest

from sector_helpers import counts

OWN_TRADES = [
    ("В Самаре вещают 27 радиостанций.", (27, "радиостанция", "радиовещание", None)),
    ("В крае работают девять региональных телеканалов.",
     (9, "телеканал", "телевидение", None)),
    ("На книжный салон приехали 60 издателей.",
     (60, "издатель", "издательская деятельность", None)),
    ("В городе открыты 11 киберспортивных клубов.", (11, "клуб", "киберспорт", None)),
    ("В районе 38 аптечных пунктов.", (38, "пункт", "фармацевтическая розница", None)),
    ("В Казани сейчас четыре киностудии.", (4, "студия", "кино", None)),
    ("В Поволжье работают три авиазавода.", (3, "завод", "авиастроение", None)),
    ("Сеть за год открыла 25 аптек в Поволжье.",
     (25, "аптека", "фармацевтическая розница", None)),
    ("Пять лабораторий по исследованию почв открылись в вузах края.",
     (5, "лаборатория", "исследование почв", None)),
]


@pytest.mark.parametrize("text,expected", OWN_TRADES)
def test_nouns_and_adjectives_of_their_own_trade(text, expected):
    assert expected in counts(text)


def test_carriers_keep_the_route_said_beside_them():
    got = counts("На пригородных маршрутах работают 16 частных перевозчиков.")
    assert not any(c[2] == "перевозки" for c in got)


def test_broadcasting_companies_split_by_their_prefix():
    assert (6, "компания", "телевидение", None) in counts("В крае работают шесть телекомпаний.")


def test_a_trade_said_in_the_sentence_wins_over_the_prefix():
    assert (2, "авиазавод", "пассажирские самолёты", None) in counts(
        "Пассажирские самолёты в стране собирают два авиазавода.")


def test_building_verbs_still_make_a_building():
    assert not counts("Подрядчик отремонтировал в районе четыре аптеки.")


def test_a_meeting_with_carriers_is_no_count():
    assert not counts("Глава района провёл 6 встреч с перевозчиками.")


# --- numbers ---------------------------------------------------------------------------
def test_range_of_number_words_counts_its_end():
    assert (4, "дистрибьютор", "медицинская техника", None) in counts(
        "На рынке осталось три-четыре крупных дистрибьютора медицинской техники.")


# --- the participle first, the count last -------------------------------------------------
def test_participle_before_the_counted_noun():
    assert (17, "фабрика", "обувь", None) in counts(
        "Производящих обувь фабрик в Кировской области 17.")


def test_participle_with_a_part():
    got = counts("Выпускающих кабель заводов в стране около 40, из них 12 — на Урале.")
    assert (40, "завод", "кабель", None) in got


# --- "число" with a participle phrase before its noun ---------------------------------------
def test_number_of_firms_with_a_premodifying_participle():
    assert (860, "предприятие", "общепит", None) in counts(
        "Число работающих в Твери предприятий общепита за год выросло на 6% и достигло 860.")


# --- an elided part after "в том числе" -------------------------------------------------------
def test_elided_part_after_a_cue_takes_the_whole():
    got = counts("Поддержку фонда получили 96 компаний, в том числе 40 — из пищевой "
                 "промышленности.")
    assert (40, "компания", "пищевая промышленность", 96) in got


def test_from_a_place_is_no_sector():
    assert not counts("Экспонентами стали 35 компаний из Казани.")


# --- the counted noun over the activity word -----------------------------------------------
def test_projects_are_the_counted_noun():
    got = counts("Среди 50 заявок акселератора было 18 проектов в области медицины.")
    assert (18, "проект", "медицина", None) in got or (18, "проект", "медицина", 50) in got


# --- headcounts -------------------------------------------------------------------------------
def test_staff_of_the_firms_of_a_trade_is_no_count():
    assert not counts("На заводах отрасли в регионе работают 12 тысяч судостроителей.")


def test_agent_count_without_a_place_stays():
    assert (40, "судостроитель", "судостроение", None) in counts(
        "В регионе работают 40 судостроителей.")


# --- the activity firms state on registering --------------------------------------------------
def test_activity_stated_on_registering():
    assert (300, "ИП", "розничная торговля", 900) in counts(
        "Из 900 новых ИП 300 указали основным видом деятельности розничную торговлю.")


def test_pointing_at_no_trade_is_no_count():
    assert not counts("На нарушения при проверках указали 14 компаний.")


# --- ordinals and measures -------------------------------------------------------------------
def test_an_ordinal_is_no_count():
    assert not counts("Сеть «Бензин-Плюс» открыла в Твери свою 150-ю АЗС.")


def test_measure_with_a_preposition_is_cut():
    assert (9, "производитель", "автокомпоненты", None) in counts(
        "В Чехии за год закрылись 9 производителей автокомпонентов с оборотом свыше 20 млн евро.")


def test_measure_after_the_sector_is_cut():
    got = counts("Господдержку получат 14 проектов в сфере солнечной энергетики общей "
                 "мощностью 300 МВт.")
    assert (14, "проект", "солнечная энергетика", None) in got
