"""Sector phrase extent (w143): a complement that is part of the activity stays (tariffs,
land worked on, buildings a product is for, joined under one "для"); a place is cut."""
import pytest

import rufacts


def _sectors(text):
    return {(c.count, c.sector) for c in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text,expected", [
    ("В Самарской области 12 компаний выполняют перевозки по льготным тарифам.",
     (12, "перевозки по льготным тарифам")),
    ("Комплексным развитием территорий в Пермском крае занимаются пять застройщиков.",
     (5, "комплексное развитие территорий")),
    ("В Башкирии шесть заводов выпускают оборудование для шахт и складских зданий.",
     (6, "оборудование для шахт и складских зданий")),
    ("Девять застройщиков Тюмени строят жильё для сдачи внаём.",
     (9, "жильё для сдачи внаём")),
    ("Проектированием жилых и общественных зданий в Уфе заняты 40 бюро.",
     (40, "проектирование жилых и общественных зданий")),
])
def test_kept(text, expected):
    assert expected in _sectors(text)


@pytest.mark.parametrize("text,expected", [
    ("Ремонтом дорог по Новосибирску занимаются 20 подрядчиков.", (20, "ремонт дорог")),
    ("Вывозом мусора в Самаре заняты 12 перевозчиков.", (12, "вывоз мусора")),
    ("Продажей автомобилей на Урале занимаются 50 дилеров.", (50, "продажа автомобилей")),
    ("Перевозками по области заняты 25 перевозчиков.", (25, "перевозки")),
])
def test_place_cut(text, expected):
    assert expected in _sectors(text)
