"""Numbers of sector counts (issue 11, numbers family, round 9): compound number words the
tagger splits ("сто" tagged a noun), and the figures that are no counts. Real pipelines,
general sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- compound number words: "сто" read with the rest of the number ----------------------
COMPOUND = [
    ("В Приморье сегодня сто тридцать хозяйств выращивают сою.",
     (130, "хозяйство", "соя")),
    ("Ремонтом дорог в области занимаются сто пятнадцать подрядчиков.",
     (115, "подрядчик", "ремонт дорог")),
    ("Туристические услуги в районе оказывают сто девяносто средств размещения.",
     (190, "средство", "туристические услуги")),
]


@pytest.mark.parametrize("text,expected", COMPOUND)
def test_compound_number_words(text, expected):
    found = {c[:3] for c in counts(text)}
    assert expected in found
    tail = int(str(expected[0])[1:])  # "тридцать" alone (30) must not be read
    assert all(c[0] != tail for c in found)


def test_change_counts_only_the_figure_reached_in_words():
    found = counts("Число молочных ферм в районе за три года выросло с двадцати "
                   "до тридцати одной.")
    assert (31, "ферма") in {c[:2] for c in found}
    assert not {c for c in found if c[0] in (20, 30, 1)}


def test_change_with_digits():
    found = counts("Количество туроператоров в крае сократилось с 64 до 52.")
    assert {c[0] for c in found} == {52}


# --- earlier figures of the same firms ------------------------------------------------
def test_earlier_figure_after_when():
    found = counts("Сейчас в области работают 87 предприятий пищевой промышленности — на пять "
                   "больше, чем три года назад, когда их насчитывалось 82.")
    assert {c[0] for c in found} == {87, 82}


def test_earlier_figure_in_the_last_round():
    found = counts("Финтех-стартапов в нынешнем наборе инкубатора — 14, в прошлом было девять.")
    assert (9, "стартап", "финтех", None) in {(c[0], c[1], c[2].lower(), c[3]) for c in found}


def test_earlier_figure_with_its_own_noun():
    found = counts("Беспилотники в стране серийно выпускают 23 компании, тогда как в 2020 году "
                   "таких производителей было лишь шесть.")
    assert (6, "производитель") in {c[:2] for c in found}


# --- ranges: the number next to the noun, once ------------------------------------------
def test_range_counted_once():
    found = counts("В городе 10–12 частных клиник занимаются пластической хирургией.")
    assert {c[0] for c in found} == {12}
    assert len(found) == 1


# --- negatives: years, addresses, money are no counts -----------------------------------
NEGATIVES = [
    "В 2019–2020 годах выручка компании выросла с 120 до 150 млн рублей.",
    "Офис компании переехал на улицу Ленина, 112, в дом сто двадцать.",
    "Зарплата на заводе выросла с сорока до пятидесяти двух тысяч рублей.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_counts(text):
    assert counts(text) == set()


# --- "одно предприятие", "одна компания": one is a count --------------------------------
ONE = [
    ("Производством цемента в регионе занимается одно предприятие.",
     (1, "предприятие", "производство цемента")),
    ("Медицинские изделия в городе выпускает одна компания.",
     (1, "компания", "медицинские изделия")),
]


@pytest.mark.parametrize("text,expected", ONE)
def test_one_as_a_count(text, expected):
    assert expected in {c[:3] for c in counts(text)}


ONE_NEGATIVES = [
    "Ни одна компания в регионе не выпускает цемент.",
    "В одной компании района производством мебели заняты 20 человек.",
    "Одна из компаний района выпускает цемент.",
]


@pytest.mark.parametrize("text", ONE_NEGATIVES)
def test_one_that_is_no_count(text):
    assert all(c[0] != 1 for c in counts(text))


# --- the approximate order: the noun before its number ----------------------------------
def test_inverted_approximation():
    found = counts("Ремонтом обуви в городе, по словам чиновников, занимаются мастерских "
                   "двадцать, не больше.")
    assert (20, "мастерская", "ремонт обуви") in {c[:3] for c in found}


INVERTED_NEGATIVES = [
    "Из сорока компаний двадцать работают без прибыли.",
    "Доля компаний пятнадцать процентов, сообщили в ведомстве.",
]


@pytest.mark.parametrize("text", INVERTED_NEGATIVES)
def test_inverted_negatives(text):
    assert counts(text) == set()


# --- digits of a name ("2ГИС") are no number: the count said last is read past them ------
def test_digits_of_a_name_are_no_number():
    found = counts("Ветеринарных клиник в Самаре, по данным 2ГИС, около 90, ещё 12 работают "
                   "в области.")
    assert {c[0] for c in found} == {90, 12}
