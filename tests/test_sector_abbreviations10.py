"""Counted abbreviations (w101): an object written in capitals keeps them in every path
(parts, earlier figures), pymorphy3's unknown abbreviations ("КФХ", "АЗС") count as nouns,
"СТО" counts in capitals only ("сто компаний" is a hundred). Sentences written for the test."""
import pytest

import rufacts


def _counts(text):
    return {(v.count, v.object, v.sector, v.total) for v in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text, expected", [
    ("Из 60 КФХ района 12 занимаются овощеводством.", {(12, "КФХ", "овощеводство", 60)}),
    ("Ремонтом грузовиков в районе занимаются пять СТО.",
     {(5, "СТО", "ремонт грузовиков", None)}),
    ("Шиномонтажом и ремонтом легковых машин в городе занимаются 40 СТО, две из них "
     "открылись в этом году.",
     {(40, "СТО", "шиномонтаж и ремонт легковых машин", None),
      (2, "СТО", "шиномонтаж и ремонт легковых машин", 40)}),
    ("Из 35 СХПК области восемь занимаются мясным скотоводством.",
     {(8, "СХПК", "мясное скотоводство", 35)}),
    ("Нефтепереработкой в регионе занимаются два НПЗ, один из которых принадлежит «Лукойлу».",
     {(2, "НПЗ", "нефтепереработка", None), (1, "НПЗ", "нефтепереработка", 2)}),
    ("Производством молока в районе занимаются 27 КФХ, из них девять держат коз.",
     {(27, "КФХ", "производство молока", None), (9, "КФХ", "производство молока", 27)}),
    ("Техобслуживание автомобилей в районе обеспечивают шесть СТО.",
     {(6, "СТО", "техобслуживание автомобилей", None)}),
])
def test_abbreviation_objects(text, expected):
    assert expected <= _counts(text)


@pytest.mark.parametrize("text", [
    "Сто компаний региона занимаются производством мебели.",
    "В районе открылось сто новых рабочих мест.",
    "Ремонтом дорог в районе занимаются сто человек.",
    "Выпуском мебели в регионе заняты сто предприятий, из них тридцать — малые.",
])
def test_lowercase_hundred_is_no_abbreviation(text):
    assert not any(obj in ("СТО", "сто") for _, obj, _, _ in _counts(text))
