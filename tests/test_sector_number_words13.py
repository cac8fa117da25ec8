"""Number expressions of sector counts (issue 11, number expressions family, round 13):
compound numbers that open with a scale word ("около тысячи девятисот"), compound wholes
("из двадцати трёх поставщиков"), figures a speaker corrects ("семь, нет, восемь"), the
figure left after a change ("было четыре, осталась одна") and the qualifiers of counts said
in speech ("под сорок", "где-то сто", "сорок с лишним"). Real pipelines, own sentences."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s.get("total"))
            for s in record.get("sector_counts", [])}


def sectors(text: str) -> set[str]:
    return {s["sector"] for s in rufacts.extract(text).as_json().get("sector_counts", [])}


def qualifiers(text: str) -> dict[int, str]:
    record = rufacts.extract(text).as_json()
    return {s["count"]: s.get("qualifier") for s in record.get("sector_counts", [])}


# --- the whole figure is read, and only the figure said last ------------------------------
POSITIVE = [
    ("В регионе насчитывается около тысячи девятисот автосервисов.",
     {(1900, "автосервис", None)}),
    ("За пять лет число аптек в районе выросло с девятисот сорока до тысячи двадцати.",
     {(1020, "аптека", None)}),
    ("Из двадцати трёх поставщиков молочной продукции пятеро — местные фермеры.",
     {(23, "поставщик", None), (5, "поставщик", 23)}),
    ("Из ста двадцати молочных ферм района восемь закрылись.",
     {(120, "ферма", None), (8, "ферма", 120)}),
    ("Птицефабрик у нас в области семь, нет, восемь.", {(8, "фабрика", None)}),
    ("Мебельных фабрик в крае сорок две, точнее, сорок три.", {(43, "фабрика", None)}),
    ("В крае, если не ошибаюсь, сорок две мебельные фабрики, нет, сорок три.",
     {(43, "фабрика", None)}),
    ("Кирпичных заводов осталось 12, нет, 11 — один закрылся весной.",
     {(11, "завод", None)}),
    ("У нас четыре мебельные фабрики было, осталась одна.",
     {(4, "фабрика", None), (1, "фабрика", None)}),
    ("Раньше в городе работали три кирпичных завода, теперь остался один.",
     {(3, "завод", None), (1, "завод", None)}),
    ("В районе было четыре мебельные фабрики, сейчас работают две.",
     {(4, "фабрика", None), (2, "фабрика", None)}),
    ("Пекарен в области где-то сотня.", {(100, "пекарня", None)}),
    ("Пекарен в области штук сорок.", {(40, "пекарня", None)}),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_number_expressions(text, expected):
    assert counts(text) == expected


# --- near misses: no correction, no figure left --------------------------------------------
NEGATIVE = [
    ("В районе пять кирпичных заводов, то есть 300 рабочих мест.", {(5, "завод", None)}),
    ("Птицефабрик в области семь, нет ни одной крупной.", {(7, "фабрика", None)}),
    ("В районе четыре мебельные фабрики, осталась одна неделя до выставки.",
     {(4, "фабрика", None)}),
    ("В районе четыре мебельные фабрики, сейчас работает одна смена.",
     {(4, "фабрика", None)}),
    ("В районе пять кирпичных заводов, ну, пять лет назад было больше.",
     {(5, "завод", None)}),
]


@pytest.mark.parametrize("text,expected", NEGATIVE)
def test_near_misses(text, expected):
    assert counts(text) == expected


# --- the qualifier of a count said in speech ------------------------------------------------
QUALIFIED = [
    ("В регионе насчитывается около тысячи девятисот автосервисов.", 1900, "approx"),
    ("Хлебозаводов в крае под сорок.", 40, "approx"),
    ("В крае где-то сто двадцать лесопилок.", 120, "approx"),
    ("Мебелью в районе занимаются тридцать с лишним фабрик.", 30, "more_than"),
    ("Хлебозаводов в крае было за сорок.", 40, "more_than"),
    ("В крае чуть меньше сорока хлебозаводов.", 40, "less_than"),
    ("Мебельных фабрик в области штук сорок.", 40, "approx"),
]


@pytest.mark.parametrize("text,count,expected", QUALIFIED)
def test_spoken_qualifiers(text, count, expected):
    assert qualifiers(text).get(count) == expected


def test_plain_count_has_no_qualifier():
    assert qualifiers("В крае сорок хлебозаводов.").get(40) is None


def test_counter_noun_is_no_sector():
    assert sectors("Пекарен в области штук сорок.") == {"хлебопечение"}


def test_named_place_genitive_is_no_sector_of_a_whole():
    # a whole in words is read as one in digits; a named place after it is no industry
    for text in ("Из 90 предприятий Сысертского муниципального образования тридцать ведут "
                 "торговлю.", "Из девяноста предприятий Сысертского муниципального "
                 "образования тридцать ведут торговлю."):
        assert counts(text) == {(30, "предприятие", 90)}
