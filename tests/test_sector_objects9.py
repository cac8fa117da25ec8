"""w79 (dev9, ninth session): counted nouns that carry their sector through an adjective
of kind (transport mode, power generation, drilling, crafts, medical specialities), the
same noun's earlier mention, and a bare count after the noun past a name with digits
(docs/gold-conventions.md, "sector": an adjective on the counted noun becomes the
industry noun phrase). Real pipelines, general sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- adjectives of kind that name an industry -------------------------------------------
ADJECTIVES = [
    ("Пассажиров в Казани возят 14 автобусных перевозчиков.",
     (14, "перевозчик", "автобусные перевозки", None)),
    ("На трассе Москва — Рязань работают 12 пассажирских перевозчиков.",
     (12, "перевозчик", "пассажирские перевозки", None)),
    ("На Ямале сейчас работают семь буровых компаний.",
     (7, "компания", "бурение", None)),
    ("В Калмыкии построены шесть ветровых электростанций.",
     (6, "электростанция", "ветроэнергетика", None)),
    ("В Астраханской области работают 11 солнечных электростанций суммарной мощностью "
     "135 МВт.", (11, "электростанция", "солнечная энергетика", None)),
    ("В Иванове сохранились лишь четыре ткацкие фабрики.",
     (4, "фабрика", "ткачество", None)),
    ("В горных сёлах действуют 25 ковроткацких мастерских.",
     (25, "мастерская", "ковроткачество", None)),
    ("В городе открыты девять онкологических клиник.",
     (9, "клиника", "онкология", None)),
    ("Пациентов принимают 17 реабилитационных центров региона.",
     (17, "центр", "медицинская реабилитация", None)),
]


@pytest.mark.parametrize("text,expected", ADJECTIVES)
def test_adjective_of_kind_names_the_industry(text, expected):
    assert expected in counts(text)


def test_agent_noun_with_a_transport_prefix():
    assert (8, "автоперевозчик", "автоперевозки", None) in counts(
        "Грузы по области развозят восемь автоперевозчиков.")


# --- adjectives of kind, size or owner: no industry -----------------------------------
NEGATIVES = [
    "В городе работают 40 частных фирм и 12 крупных компаний.",
    "В регионе действуют пять новых перевозчиков.",
    "На заводе работают 300 российских инженеров.",
    "В районе построены 15 индустриальных парков.",
    "Атомный ледокол сопровождали четыре судна.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_adjectives_of_no_industry_make_no_count(text):
    assert not counts(text)


# --- the sector said on the same noun earlier in the sentence ------------------------
def test_chain_of_clinics_opens_new_clinics():
    assert (3, "клиника", "стоматология", None) in counts(
        "Сеть стоматологических клиник «Дента» за год открыла в Казани три новые клиники.")


def test_earlier_mention_needs_its_own_sector():
    assert not counts("Сеть клиник «Здоровье» отремонтировала три клиники.")
    assert not counts("Сеть стоматологических клиник «Дента» построила три клиники.")



def test_opened_facilities_are_outlets_of_their_trade():
    # w200: opening is no building verb (sector_building_verbs.txt): a firm that opens
    # clinics gets outlets of their trade, as "Сеть ... открыла 38 аптек" in the gold
    assert (3, "клиника", "медицина", None) in counts(
        "Компания за год открыла в Казани три новые клиники.")


# --- a bare count after the noun, past a name with digits -----------------------------
def test_name_with_digits_is_no_number():
    got = counts("Ветеринарных клиник в Казани, по данным 2ГИС, более 120.")
    assert (120, "клиника", "ветеринария", None) in got
    assert not any(c[0] == 2 for c in got)


# --- the way of making after the verb's object; a qualified count as the subject --------
ORDERS = [
    ("В Самаре около 70 ателье шьют одежду на заказ.",
     (70, "ателье", "одежда на заказ", None)),
    ("Кухонную мебель под заказ в области делают более 40 мастерских.",
     (40, "мастерская", "кухонная мебель под заказ", None)),
    ("Обувь на заказ в Перми шьют около 15 ателье.",
     (15, "ателье", "обувь на заказ", None)),
]


@pytest.mark.parametrize("text,expected", ORDERS)
def test_made_to_order_stays_in_the_sector(text, expected):
    assert expected in counts(text)


def test_order_only_after_the_object():
    got = counts("По заказу мэрии одежду шьют 12 ателье.")
    assert not any("заказ" in c[2] for c in got)


def test_wind_and_solar_plants_in_a_list():
    got = counts("В крае работают 12 ветряных и восемь солнечных электростанций.")
    assert (8, "электростанция", "солнечная энергетика", None) in got


# --- a field's genitive the parser hung on the verb -----------------------------------
def test_field_genitive_before_a_place():
    got = counts("В сфере художественных промыслов в Якутии работают более 90 субъектов МСП.")
    assert (90, "субъект", "художественные промыслы", None) in got


def test_field_with_a_place_only_makes_no_count():
    assert not counts("В сфере Дагестана работают более 160 субъектов МСП.")


def test_chain_of_facilities_of_their_own_trade():
    assert (6, "пекарня", "хлебопечение", None) in counts(
        "Сеть пекарен «Каравай» открыла в Самаре шесть новых пекарен.")
