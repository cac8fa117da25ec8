"""Fronted activities and coordinated genitives (w157, fourteenth session, second pass),
through the real pipeline:

* "X-ой деятельностью в Y-ской области занимаются N организаций": "в ... области" after an
  activity noun is a region, not the field "в области X" ("разработками в области
  медицины"); the activity and its adjective stay the sector
  (grammars.sector_tree_words.TreeWords.phrase: the field reading is taken only where the
  field gives a sector);
* "мастерских по ремонту одежды и обуви": a noun coordinated with the genitive that ends the
  item before stays genitive though it could be read in the phrase's case ("обуви" is also a
  dative; grammars.sector_normal._genitive_goes_on).

The sentences are written for this test, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    return {(s.count, s.object, s.sector, s.total) for s in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text, expected", [
    ("Медицинской деятельностью в Тверской области занимаются 120 частных клиник.",
     {(120, "клиника", "медицинская деятельность", None)}),
    ("Туристической деятельностью в Ленинградской области занимаются около 300 компаний.",
     {(300, "компания", "туристическая деятельность", None)}),
    ("Строительную деятельность в Калужской области ведут порядка 900 организаций.",
     {(900, "организация", "строительная деятельность", None)}),
    ("Образовательную деятельность в Пермском крае ведут семь частных вузов.",
     {(7, "вуз", "образовательная деятельность", None)}),
    ("Ветеринарной деятельностью в Омской области занимаются 85 частных клиник.",
     {(85, "клиника", "ветеринарная деятельность", None)}),
    ("Издательской деятельностью в Свердловской области занимаются 60 компаний.",
     {(60, "компания", "издательская деятельность", None)}),
    ("Музейной деятельностью в Тульской области, по данным минкультуры, занимаются 40 "
     "частных организаций.",
     {(40, "организация", "музейная деятельность", None)}),
    ("Охранной деятельностью в Самарской области занимаются 210 частных предприятий.",
     {(210, "предприятие", "охранная деятельность", None)}),
    ("Страховой деятельностью в Республике Татарстан занимаются 12 компаний.",
     {(12, "компания", "страховая деятельность", None)}),
    ("Образовательную деятельность в Кемеровской области ведут шесть вузов, а десять лет "
     "назад их было 15.",
     {(6, "вуз", "образовательная деятельность", None),
      (15, "вуз", "образовательная деятельность", None)}),
    # the field reading where the field names one
    ("Разработками в области медицины занимаются 12 компаний.",
     {(12, "компания", "медицина", None)}),
    ("Решения в области ИИ разрабатывают 30 компаний.",
     {(30, "компания", "решения в области ИИ", None)}),
])
def test_activity_before_region(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Деятельность в Калужской области ведут 15 компаний.",  # no sector
    "В Московской области работают 40 компаний.",
])
def test_region_alone_no_sector(text):
    assert counts(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Мастерских по ремонту одежды и обуви в Туле осталось 30.",
     {(30, "мастерская", "ремонт одежды и обуви", None)}),
    ("В городе работают 18 ателье по пошиву одежды и обуви.",
     {(18, "ателье", "пошив одежды и обуви", None)}),
    ("В Липецке 25 мастерских по ремонту техники и мебели.",
     {(25, "мастерская", "ремонт техники и мебели", None)}),
    ("Ремонтом одежды и обуви занимаются 40 мастерских.",
     {(40, "мастерская", "ремонт одежды и обуви", None)}),
    ("В регионе 12 предприятий по переработке мяса и молока.",
     {(12, "предприятие", "переработка мяса и молока", None)}),
    ("В городе работают 15 мастерских по ремонту часов и ювелирных изделий.",
     {(15, "мастерская", "ремонт часов и ювелирных изделий", None)}),
])
def test_genitive_coordinated_stays(text, expected):
    assert counts(text) == expected


def test_second_activity_not_glued():
    """A dative item of its own is not a genitive: "по ремонту обуви и пошиву одежды"."""
    found = counts("В Твери 20 мастерских по ремонту обуви и пошиву одежды.")
    assert found and all("пошив одежды" in s for _, _, s, _ in found)
