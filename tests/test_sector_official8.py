"""Sector counts in official-report phrasing (eighth session, family w65), through the real
pipeline (``rufacts.load()``), on sentences of our own (not in any gold file):

* "деятельность по X / в сфере X осуществляют N организаций": the activity noun names no
  industry, its "по" or field phrase does; "В сфере X осуществляют деятельность N
  организаций и M индивидуальных предпринимателей" (both counted, the parser's hanging of
  the counted noun on "деятельность" set right: ``sector_tree_official.conducted``);
* "Количество / Число <counted noun> ... составило / достигло / превысило N [единиц]";
* "N хозяйствующих субъектов" (a bound noun with its word of business before it),
  "коллективных средств размещения" (bound by "размещения", whose field phrase is the
  sector), "теплоснабжающих организаций" (-снабжающий -> -снабжение);
* ОКВЭД activity names keep the inner cases of their dependents: "обеспечение
  электрической энергией, газом и паром"; crops are no culture ("выращивание зерновых
  культур" is 01 alone).
The negatives (services, applications, licences, inspections, microloans, regions, a
difference "на 18 единиц") must give nothing.
"""
from __future__ import annotations

import pytest


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return sorted((v.count, v.object, v.sector, v.total)
                  for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"]))


def codes(nlp, text: str) -> list[list[str]]:
    doc = nlp(text)
    return [[c.code for c in s._.rufacts_sector_count.okved]
            for s in doc.spans["sector_counts"]]


ACTIVITY = [
    ("Деятельность по вывозу бытовых отходов на территории района осуществляют "
     "3 специализированные компании.",
     [(3, "компания", "вывоз бытовых отходов", None)]),
    ("Деятельность по обслуживанию жилищного фонда в городе ведут 27 управляющих "
     "организаций.",
     [(27, "организация", "обслуживание жилищного фонда", None)]),
    ("В сфере розничной торговли осуществляют деятельность 412 организаций и 1 200 "
     "индивидуальных предпринимателей.",
     [(412, "организация", "розничная торговля", None),
      (1200, "предприниматель", "розничная торговля", None)]),
    ("Грузовые перевозки в районе осуществляют 16 хозяйствующих субъектов.",
     [(16, "субъект", "грузовые перевозки", None)]),
    ("Лесозаготовку в округе осуществляют 12 хозяйствующих субъектов.",
     [(12, "субъект", "лесозаготовка", None)]),
]

AMOUNTS = [
    ("Количество предприятий пищевой промышленности в регионе составило 215 единиц.",
     [(215, "предприятие", "пищевая промышленность", None)]),
    ("Количество организаций, ведущих деятельность по производству строительных "
     "материалов, составило 84 единицы.",
     [(84, "организация", "производство строительных материалов", None)]),
    ("Количество коллективных средств размещения в сфере туризма составило 130 единиц.",
     [(130, "средство", "туризм", None)]),
    ("Число коллективных средств размещения в сфере туризма за год выросло и достигло 210.",
     [(210, "средство", "туризм", None)]),
    ("Количество туристических фирм в городе за год выросло и превысило 90.",
     [(90, "фирма", "туризм", None)]),
]

NAMES = [
    ("В районе работают 3 теплоснабжающие организации.",
     [(3, "организация", "теплоснабжение", None)]),
    ("Газоснабжение потребителей области обеспечивают 4 газоснабжающие организации.",
     [(4, "организация", "газоснабжение", None)]),
    ("Деятельность в сфере обеспечения электрической энергией, газом и паром ведут "
     "12 предприятий края.",
     [(12, "предприятие", "обеспечение электрической энергией, газом и паром", None)]),
]

NEGATIVES = [
    "Количество обращений предпринимателей составило 356 единиц.",
    "Число выданных лицензий на торговлю алкоголем достигло 540.",
    "Количество организаций розничной торговли сократилось на 18 единиц.",
    "Количество проверок предприятий общественного питания составило 120.",
    "Количество микрозаймов, выданных предприятиям торговли, превысило 300.",
    "Программа охватывает территории 9 субъектов Российской Федерации.",
    "Количество заявок от организаций строительной отрасли составило 46.",
    "Оборот организаций оптовой торговли составил 412 млрд рублей.",
    "На территории парка построены 6 складских комплексов.",
]


@pytest.mark.parametrize("text,expected", ACTIVITY)
def test_activity_phrases(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", AMOUNTS)
def test_amount_of_firms(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", NAMES)
def test_official_names(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_official_negatives(nlp, text):
    assert found(nlp, text) == []


def test_crops_are_farming(nlp):
    text = ("Число организаций, осуществляющих деятельность по выращиванию зерновых "
            "культур, составило 430.")
    assert found(nlp, text) == [(430, "организация", "выращивание зерновых культур", None)]
    assert codes(nlp, text) == [["01"]]
