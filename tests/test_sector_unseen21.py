"""Sector counts on unseen phrasing (issue 11, w187): a trade set up ("Производство X наладили
N заводов"), the same
firms counted again (new ones after a time, other regions in the genitive, "ещё N" after a
"по" phrase), street-food and HoReCa venues, apps as software. Real pipeline, own sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts, counts_without_total


# --- a sector head with what is made as a verb's object (sector_tree_args.head_with_object) -
@pytest.mark.parametrize("text,expected", [
    ("Производство медицинских перчаток в России наладили 14 фабрик.",
     (14, "фабрика", "производство медицинских перчаток")),
    ("Выпуск керамической плитки освоили девять заводов Поволжья.",
     (9, "завод", "выпуск керамической плитки")),
])
def test_a_trade_set_up_is_the_sector(text, expected):
    assert expected in counts_without_total(text)


def test_a_trade_set_up_does_not_replace_the_firms_own_sector():
    # "наладили" is a beginning: the dairies stay dairies
    found = counts_without_total("Четыре молочных завода наладили выпуск сывороточного белка.")
    assert {c[:2] for c in found} == {(4, "завод")}
    assert all("сывороточ" not in c[2] for c in found)


# --- new firms after a time, "N новых" -------------------------------------------------------
@pytest.mark.parametrize("text,first,second", [
    ("В Самаре работают 26 частных стоматологических клиник, за год открылось шесть новых.", 26, 6),
    ("В Уфе уже 40 кофеен, в этом году открылись ещё семь новых.", 40, 7),
])
def test_new_firms_after_a_time_are_the_same_firms(text, first, second):
    found = {c[0]: c[1:] for c in counts(text)}
    assert first in found and second in found and found[second] == found[first]


def test_new_things_that_are_no_firms_are_no_count():
    found = counts("В Самаре работают 26 стоматологических клиник, за год появилось шесть новых "
                   "методик лечения.")
    assert 6 not in {c[0] for c in found}


# --- other regions in the genitive, the noun and the region's noun left out ----------------
def test_other_regions_in_the_genitive():
    found = {c[0]: c[1:] for c in counts(
        "Ремонтом сельхозтехники занимаются 18 мастерских Курской области, 11 — Орловской и "
        "7 — Брянской.")}
    assert set(found) == {18, 11, 7}
    assert found[11] == found[18] and found[7] == found[18]


def test_a_surname_after_the_dash_is_no_region():
    found = counts_without_total(
        "Ремонтом сельхозтехники занимаются 18 мастерских Курской области, 11 — Петровых.")
    assert (11, "мастерская", "ремонт сельхозтехники") not in found


# --- "ещё N" after a noun with a "по" phrase ------------------------------------------------
@pytest.mark.parametrize("text,first,second,sector", [
    ("В городе работают 21 ателье по пошиву штор, ещё четыре открылись этой зимой.", 21, 4,
     "пошив штор"),
    ("В крае действуют 17 мастерских по резьбе по дереву, ещё три открылись осенью.", 17, 3,
     "резьба по дереву"),
])
def test_still_more_after_a_po_phrase(text, first, second, sector):
    found = {c[0]: c[1:] for c in counts(text)}
    assert found.get(second) == found.get(first) and found[second][1] == sector


# --- venues of street food and HoReCa, apps ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("В Самаре около 450 точек стритфуда.", (450, "точка", "стритфуд")),
    ("В Сочи работают примерно 2 тысячи заведений HoReCa.", (2000, "заведение", "HoReCa")),
    ("В Томске работают 12 компаний, создающих AR-приложения.",
     (12, "компания", "AR-приложения")),
])
def test_venues_and_apps(text, expected):
    assert expected in counts_without_total(text)


def test_a_point_on_a_map_is_still_no_venue():
    assert counts("На карте отмечено 450 точек маршрута.") == set()


# --- medical devices and exam coaching (okved2_synonyms.tsv) ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Три из пяти отечественных производителей аппаратов ИВЛ расширили выпуск.",
     (3, "производитель", "аппараты ИВЛ", 5)),
    ("В Барнауле работают 26 частных центров подготовки к ЕГЭ.",
     (26, "центр", "подготовка к ЕГЭ", None)),
])
def test_ventilators_and_exam_coaching(text, expected):
    assert expected in counts(text)


# --- things given to firms named in the dative after a dash ---------------------------------
@pytest.mark.parametrize("text", [
    "Фонд выдал 640 микрозаймов, из них 150 — сельскохозяйственным кооперативам.",
    "За год минпромторг выдал 800 сертификатов, из них 90 — предприятиям лёгкой промышленности.",
])
def test_things_given_to_firms_are_no_count_of_firms(text):
    assert counts(text) == set()


def test_firms_after_a_dash_in_the_nominative_still_count():
    assert (90, "предприятие", "лёгкая промышленность", 800) in counts(
        "В реестре 800 участников, из них 90 — предприятия лёгкой промышленности.")


# --- further training (okved2_synonyms.tsv) --------------------------------------------------
def test_further_training_is_a_trade():
    found = counts("Переподготовку учителей в крае ведут девять организаций, в том числе два вуза.")
    assert (9, "организация", "переподготовка учителей", None) in found
    assert (2, "вуз", "переподготовка учителей", 9) in found


# --- the whole of a part said as a figure reached (sector_number_wholes) ---------------------
@pytest.mark.parametrize("text,expected", [
    ("За три года число резидентов технопарка выросло до 64, из них 20 — производители "
     "электроники.", (20, "производитель", "электроника", 64)),
    ("Количество участников кластера достигло 45, в том числе 12 — предприятия пищевой "
     "промышленности.", (12, "предприятие", "пищевая промышленность", 45)),
])
def test_a_figure_reached_is_the_whole_of_the_part(text, expected):
    assert expected in counts(text)


# --- a gapped clause whose complement needed ОКВЭД codes (тара) ------------------------------
def test_a_gapped_clause_with_containers():
    found = counts_without_total(
        "Переработкой молока заняты шесть заводов, а выпуском полимерной тары — ещё 9 компаний.")
    assert (9, "компания", "выпуск полимерной тары") in found
