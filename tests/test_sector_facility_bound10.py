"""Bound outlet nouns of the municipal report style (w104, tenth session), through the
real pipeline (rufacts.grammars.sector_facility_bound, sector_objects_bound.tsv):

* "торговая точка", "розничная точка", "точка торговли" count outlets of a trade;
* a bound noun ("объект") counts when the clause's sector phrase is its word of business
  ("В сфере розничной торговли района заняты 64 объекта"), not under a verb of building;
* "заведение общепита" is an eating place (``sector_objects_bound.tsv``); plants of
  building materials are named by their product ("2 кирпичных завода" -> производство
  кирпича, as "льнозаводов" -> переработка льна; ``sector_adjectives.tsv``);
* a bound noun's own genitive of business wins over a sector phrase at the clause start
  ("в секторе потребительского рынка действуют 210 объектов розничной торговли").

The sentences are written for this test, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import rufacts


@pytest.fixture(scope="module")
def nlp():
    return rufacts.load()


def counts(nlp, text: str) -> set[tuple]:
    doc = nlp(text)
    return {(v.count, v.object, v.sector, v.total)
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])}


@pytest.mark.parametrize("text, expected", [
    ("По итогам года в поселении осталось две торговые точки.",
     (2, "точка", "торговля", None)),
    ("Розничную торговлю в селе ведут пять торговых точек райпо.",
     (5, "точка", "розничная торговля", None)),
    ("В муниципалитете функционирует 18 точек общепита и 7 розничных точек.",
     (7, "точка", "розничная торговля", None)),
    ("В сфере розничной торговли района заняты 64 объекта.",
     (64, "объект", "розничная торговля", None)),
    ("В сфере торговли насчитывается 140 объектов, из них 12 — нестационарные.",
     (140, "объект", "торговля", None)),
    ("В секторе потребительского рынка действуют 210 объектов розничной торговли и "
     "38 предприятий общественного питания.",
     (210, "объект", "розничная торговля", None)),
    ("Сегодня в сфере потребительского рынка округа работают 95 объектов розничной "
     "торговли.", (95, "объект", "розничная торговля", None)),
    ("В сфере бытового обслуживания в районе работают 17 объектов.",
     (17, "объект", "бытовое обслуживание", None)),
])
def test_bound_outlets(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("В селе работают две пекарни и три заведения общепита.",
     (3, "заведение", "общепит", None)),
    ("В районе работают 12 заведений общественного питания.",
     (12, "заведение", "общественное питание", None)),
    ("В районе продолжают работу 2 кирпичных завода.",
     (2, "завод", "производство кирпича", None)),
    ("В области действуют четыре асфальтобетонных завода.",
     (4, "завод", "производство асфальтобетона", None)),
    ("В области работают 23 хлопкоочистительных завода.",
     (23, "завод", "хлопкоочистительная промышленность", None)),
])
def test_eating_places_and_material_plants(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_genitive_over_clause_sector(nlp):
    found = counts(nlp, "В секторе потребительского рынка действуют 210 объектов "
                        "розничной торговли и 38 предприятий общественного питания.")
    assert (210, "объект", "потребительский рынок", None) not in found


@pytest.mark.parametrize("text", [
    "На карте отмечены 12 точек, где можно купить билеты.",
    "В сфере торговли в этом году построено 5 новых объектов.",
    "В районе работают 40 объектов культурного наследия.",
    "В сфере культуры работают 14 объектов.",
    "В пяти пунктах района прошли сходы граждан.",
    "В городе работают 14 учебных заведений.",
    "В регионе построили три кирпичных дома.",
])
def test_no_outlets(nlp, text):
    assert not {c for c in counts(nlp, text) if c[1] in ("точка", "объект", "пункт")}
