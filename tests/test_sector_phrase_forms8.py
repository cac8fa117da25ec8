"""Sector phrase normal forms (w69, second round): "услуги" + a genitive or a "по"-phrase
stays in the sector, fused trades' adjectives go to the noun phrases the gold writes, a
part that names its whole's fused trade by the bare activity takes the whole's sector, a
hyphenated compound noun goes to the nominative as a whole, "для жителей" is who is
served, and the scorer reads ё as е. Real pipelines, sentences written for the tests."""
from __future__ import annotations

import pytest

import rufacts

from sector_helpers import counts


# --- "услуги" + genitive / "по" stays; adjective + "услуги" as it is ------------------
@pytest.mark.parametrize("text,expected", [
    ("Услуги эвакуации автомобилей в городе предоставляют семь фирм.",
     (7, "фирма", "услуги эвакуации автомобилей", None)),
    ("В области зарегистрированы 35 компаний, оказывающих услуги видеонаблюдения.",
     (35, "компания", "услуги видеонаблюдения", None)),
    ("Услуги по ремонту обуви в районе предлагают 15 мастерских.",
     (15, "мастерская", "услуги по ремонту обуви", None)),
    ("Страховые услуги в республике оказывают 12 компаний.",
     (12, "компания", "страховые услуги", None)),
])
def test_services_keep_their_head(text, expected):
    assert expected in counts(text)


def test_a_program_still_gives_way_to_its_genitive():
    found = counts("Программы дополнительного образования в посёлке реализуют пять клубов.")
    assert (5, "клуб", "дополнительное образование", None) in found


def test_services_without_a_counted_firm_are_no_count():
    assert not counts("Услуги каршеринга в городе подорожали на 15%.")
    assert not counts("Услуги такси за год подорожали, сообщили в мэрии.")


# --- "для" + residents: who is served, not the trade ----------------------------------
def test_residents_served_are_left_out():
    found = counts("Услуги телемедицины для жителей горных сёл оказывают шесть клиник.")
    assert (6, "клиника", "услуги телемедицины", None) in found


def test_other_for_phrases_stay():
    found = counts("Программирование для детей в городе преподают 12 школ.")
    assert (12, "школа", "программирование для детей", None) in found


# --- fused trades' adjectives ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("В крае работают 18 молокоперерабатывающих заводов.",
     (18, "завод", "переработка молока", None)),
    ("В регионе действуют четыре автосборочных завода.", (4, "завод", "автосборка", None)),
    ("В районе шесть льнозаводов.", (6, "завод", "переработка льна", None)),
    ("В области семь льноперерабатывающих предприятий.",
     (7, "предприятие", "переработка льна", None)),
    ("В области 40 рыбоперерабатывающих предприятий.",  # the fused noun stays
     (40, "предприятие", "рыбопереработка", None)),
    ("В регионе 9 молокопереработчиков.", (9, "молокопереработчик", "переработка молока", None)),
    ("В Свердловской области работают пять трубных заводов.",
     (5, "завод", "трубная промышленность", None)),
    ("«В посёлке семь пилорам», — сказал глава района.", (7, "пилорама", "лесопиление", None)),
])
def test_fused_trade_adjectives(text, expected):
    assert expected in counts(text)


def test_a_sawmill_alone_is_no_count():
    assert not counts("На пилораме работают 12 человек.")


def test_a_fused_trade_has_its_codes():
    record = rufacts.extract("В регионе действуют четыре автосборочных завода.").as_json()
    assert [o["code"] for o in record["sector_counts"][0]["okved"]] == ["29"]


# --- a part names the whole's fused trade by the bare activity ------------------------
def test_a_part_takes_its_wholes_fused_trade():
    found = counts("Из 25 золотодобывающих компаний края девять ведут добычу на Колыме.")
    assert (9, "компания", "золотодобыча", 25) in found
    assert (25, "компания", "золотодобыча", None) in found


def test_a_part_with_its_own_object_keeps_it():
    found = counts("Из 30 рыбоперерабатывающих предприятий края 12 ведут добычу краба.")
    assert (12, "предприятие", "добыча краба", 30) in found


# --- hyphenated compound nouns go to the nominative as a whole ------------------------
def test_a_hyphenated_compound_in_the_instrumental():
    found = {(c, o, s.replace("ё", "е"), t) for c, o, s, t in
             counts("Льном-долгунцом в области занимаются восемь хозяйств.")}
    assert (8, "хозяйство", "лен-долгунец", None) in found


@pytest.mark.parametrize("words,case,expected", [
    (["льна-долгунца"], "gent", "лен-долгунец"),
    (["школ-интернатов"], "gent", "школы-интернаты"),
    (["интернет-магазинов"], "gent", "интернет-магазины"),  # an invariant first part
    (["кафе-пекарен"], "gent", "кафе-пекарни"),
    (["пресс-форм"], "gent", "пресс-формы"),
    (["IT-технологий"], "gent", "IT-технологии"),
])
def test_compound_normal_forms(words, case, expected):
    from rufacts.grammars.morph import get_morph
    from rufacts.grammars.sector_normal import normalize_phrase

    assert normalize_phrase(get_morph(), words, case).replace("ё", "е") == expected


# --- the scorer reads ё as е ----------------------------------------------------------
def test_the_scorer_reads_yo_as_ye():
    from rufacts.evaluation.sectors import mismatches, score_sector_counts

    gold = [{"id": "a", "text": "", "sector_counts": [
        {"count": 17, "object": "девелопер", "sector": "жильё", "total": None,
         "okved": ["41"]}]}]
    found = {"a": [{"count": 17, "object": "девелопер", "sector": "жилье", "total": None,
                    "okved": ["41"]}]}
    scores = score_sector_counts(gold, found)
    assert scores["exact"]["f1"] == 1.0 and scores["okved"]["correct"] == 1
    assert not mismatches(gold, found)
    other = {"a": [{"count": 17, "object": "девелопер", "sector": "жилище", "total": None}]}
    assert score_sector_counts(gold, other)["exact"]["tp"] == 0
