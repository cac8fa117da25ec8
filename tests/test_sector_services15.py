"""The service economy: facility nouns and what firms do (w150, fifteenth session), through
the real pipeline:

* "предприятий общественного питания" in the middle of a list ("питание" a generic head of
  sector_heads.tsv: it needs its adjective);
* "объектов гостиничного бизнеса": "бизнес" names a sector only after a sector adjective
  (the ``adjectival`` flag of sector_heads.tsv), never "малого бизнеса";
* "нестационарных торговых объектов": the narrower adjective's sector wins over the one it
  ends in (нестационарная торговля, not торговля);
* "пунктов проката X" (a bound noun with its trade), "кофе навынос" (a manner tail);
* "X-ом зарабатывают N компаний", "организуют туры", "услуги оказывают N объектов";
* "190 и 165 объектов": two counts of one noun (grammars.sector_shared_counts);
* "рекорд", "максимум" after a dash name no trade; self-employed people are no firms.

The sentences are written for this test, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    return {(s.count, s.object, s.sector, s.total) for s in rufacts.extract(text).sector_counts}


def codes(text: str) -> dict[int, set[str]]:
    return {s.count: {getattr(c, "code", c) for c in s.okved}
            for s in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text, expected", [
    ("В Череповце на начало года работали 930 объектов розничной торговли, 287 предприятий "
     "общественного питания и 215 организаций бытового обслуживания.",
     {(930, "объект", "розничная торговля", None),
      (287, "предприятие", "общественное питание", None),
      (215, "организация", "бытовое обслуживание", None)}),
    ("В Тобольске насчитали 41 объект гостиничного бизнеса и около 90 предприятий общепита.",
     {(41, "объект", "гостиничный бизнес", None), (90, "предприятие", "общепит", None)}),
    ("Мэрия Твери выявила 640 нестационарных торговых объектов, 58 из них работают без "
     "договора.",
     {(640, "объект", "нестационарная торговля", None),
      (58, "объект", "нестационарная торговля", 640)}),
    ("В Сочи летом открылись 23 пункта проката велосипедов.",
     {(23, "пункт", "прокат велосипедов", None)}),
    ("В Пензе за год появились 12 кофеен, торгующих кофе навынос.",
     {(12, "кофейня", "кофе навынос", None)}),
    ("Организацией свадеб в Тамбове зарабатывают 37 агентств.",
     {(37, "агентство", "организация свадеб", None)}),
    ("В Карелии 9 компаний организуют водные туры.",
     {(9, "компания", "водные туры", None)}),
    ("В Анапе и Геленджике гостиничные услуги оказывают 240 и 180 объектов соответственно.",
     {(240, "объект", "гостиничные услуги", None), (180, "объект", "гостиничные услуги", None)}),
    ("Ремонтом обуви в Кирове и Вятке заняты 14 и 6 мастерских соответственно.",
     {(14, "мастерская", "ремонт обуви", None), (6, "мастерская", "ремонт обуви", None)}),
])
def test_service_counts(text, expected):
    assert expected <= counts(text)


def test_codes():
    assert codes("В Пензе за год появились 12 кофеен, торгующих кофе навынос.")[12] == {"56"}
    assert codes("В Карелии 9 компаний организуют водные туры.")[9] == {"79"}
    assert codes("Мэрия Твери выявила 640 нестационарных торговых объектов, 58 из них "
                 "работают без договора.")[640] == {"47"}
    assert codes("В Тобольске насчитали 41 объект гостиничного бизнеса.")[41] == {"55"}


@pytest.mark.parametrize("text", [
    # a rank of the figure, no trade
    "За первое полугодие в Томске зарегистрированы 860 новых предпринимателей — рекорд "
    "за десять лет.",
    "В марте в Курске открылись 57 кафе — максимум за пять лет.",
])
def test_no_trade_after_dash(text):
    assert not any(sector in ("рекорд", "максимум") for _, _, sector, _ in counts(text))


def test_size_is_no_business():
    # "малого бизнеса" is a size: no sector of its own
    assert not any(s == "малый бизнес" for _, _, s, _ in counts(
        "В Ижевске работают 40 предприятий малого бизнеса."))


def test_self_employed_are_no_firms():
    found = counts("Организацией свадеб в Тамбове зарабатывают 37 агентств и около трёхсот "
                   "самозанятых.")
    assert (37, "агентство", "организация свадеб", None) in found
    assert not any(c == 300 for c, *_ in found)


def test_years_are_no_shared_counts():
    assert {c for c, *_ in counts("В 2024 и 2025 годах в Калуге открылись 12 кафе.")} == {12}
