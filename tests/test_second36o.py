"""Second look, session 36 (family second36o, organizations): a body's acronym and a region's
opening a sentence (entities/org_region_acronyms.py), the body a unit's noun opening a sentence
names after it ("Пресс-служба Управления ... по ...", entities/bodies.py), a body noun before an
acronym that does not decline ("отдела ЗАГС", "Управление ЗАГС" opening a sentence), a land's
adjective before a party's own acronym ("баварского ХСС", lexicons/geo_adjectives.tsv) and a quoted
name a naming verb calls a body (entities/quoted.py)."""
from __future__ import annotations

from names_cases import org_name


def test_body_and_region_acronyms_opening_a_sentence():
    assert org_name("ДУМ КБР выпустило календарь праздничных молитв.", "ДУМ КБР") == "ДУМ КБР"


def test_region_acronym_pair_mid_sentence_still_found():
    assert org_name("Календарь молитв утвердило ДУМ РТ.", "ДУМ РТ") == "ДУМ РТ"


def test_press_service_opening_sentence_leaves_branch_whole():
    text = "Пресс-служба Управления Роспотребнадзора по Курской области сообщила о вспышке гриппа."
    assert org_name(text, "Управления Роспотребнадзора по Курской области") \
        == "Управление Роспотребнадзора по Курской области"


def test_unit_noun_before_undeclined_acronym():
    text = "Работники отдела ЗАГС Октябрьского района переехали в новое здание."
    assert org_name(text, "отдела ЗАГС Октябрьского района") == "отдел ЗАГС Октябрьского района"


def test_body_noun_opening_sentence_before_acronym_kept():
    text = "Управление ЗАГС Тульской области подвело итоги года."
    assert org_name(text, "Управление ЗАГС Тульской области") == "Управление ЗАГС Тульской области"


def test_land_adjective_before_party_acronym():
    assert org_name("Делегаты съезда баварского ХСС поддержали кандидата.", "баварского ХСС") == "ХСС"


def test_land_adjective_keeps_own_name():
    text = "Концерт прошёл в Баварской государственной опере."
    assert org_name(text, "Баварской государственной опере") == "Баварская государственная опера"


def test_naming_verb_calls_quoted_name_a_body():
    text = "Участники рынка назвали «Вишнёвку» самой быстрорастущей компанией года."
    assert org_name(text, "«Вишнёвку»") == "Вишнёвка"


def test_naming_verb_with_a_film_is_no_body():
    assert org_name("Зрители назвали «Метель» лучшей песней года.", "«Метель»") is None
