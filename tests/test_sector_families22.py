"""Sector-count families of round 22 of issue 11 (w191), through the real pipeline
(``rufacts.load()``): a market's genitive that is a place ("на рынке юга России") and a
counted noun's own sector adjective under a genitive market; trade seasons as times ("в
прошлую навигацию"); museums as facilities that name their trade; fronted objects of
fishing verbs; a carriage's destination with "к" and a craft as the means with "с". The
sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(v.count, v.object, v.sector.lower(), v.total)
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])]


POSITIVES = [
    # market frames: a quarter of a country is a place, the agent names its own trade
    ("На рынке севера Казахстана осталось около 12 зернотрейдеров.",
     (12, "зернотрейдер", "торговля зерном", None)),
    # ... and the counted noun's own sector adjective wins over a genitive market
    ("На оптовом рынке электроэнергии Урала работают 20 генерирующих компаний.",
     (20, "компания", "генерация", None)),
    # a season of a trade is a time, no part of the sector phrase
    ("Перевозки пассажиров по Волге в прошлую навигацию выполняли девять компаний.",
     (9, "компания", "перевозки пассажиров по волге", None)),
    # museums name their trade
    ("В крае работают 35 музеев.", (35, "музей", "музейная деятельность", None)),
    ("Государственных музеев в крае 30, частных — восемь.",
     (8, "музей", "музейная деятельность", None)),
    # the fronted object of a fishing verb is the sector
    ("Краба ловят 12 предприятий края.", (12, "предприятие", "краб", None)),
    ("Форель в Карелии ловят около 40 хозяйств.", (40, "хозяйство", "форель", None)),
    # where a carriage goes ("к" + dative) is the carriage's own
    ("Перевозки зерна к портам Балтики организуют 12 операторов.",
     (12, "оператор", "перевозки зерна к портам балтики", None)),
    # a craft the work is done from ("с" + genitive) is its means
    ("Услуги по опрыскиванию полей с дронов оказывают пять компаний.",
     (5, "компания", "услуги по опрыскиванию полей с дронов", None)),
]


@pytest.mark.parametrize("sentence,expected", POSITIVES)
def test_sector_families22_positives(nlp, sentence, expected):
    assert expected in found(nlp, sentence)


CUT = [
    # "с" + a place that is only a genitive still says where from
    ("Пассажирские перевозки с автовокзала выполняют 12 перевозчиков.",
     (12, "перевозчик", "пассажирские перевозки", None)),
    # a season named in the locative of a place is cut as before
    ("Экспортом зерна в этом сезоне занимались 80 компаний.",
     (80, "компания", "экспорт зерна", None)),
]


@pytest.mark.parametrize("sentence,expected", CUT)
def test_sector_families22_cut(nlp, sentence, expected):
    assert expected in found(nlp, sentence)


def test_fishing_verb_needs_a_trade(nlp):
    """"ловят момент": an object with no ОКВЭД codes names no trade."""
    assert found(nlp, "Момент ловят 12 компаний.") == []


def test_market_quarter_is_no_sector(nlp):
    """The market's place is never the sector of its counts."""
    sectors = {s for _, _, s, _ in found(nlp, "На рынке юга России работают 15 зернотрейдеров.")}
    assert "юг" not in sectors
