"""Roles: chained positions before a name, a position governed by another, kinship words,
copula roles without a named organization, place adjectives before the name
(rufacts.entities.roles)."""
from __future__ import annotations

import pytest


def _roles(pipeline, text, last):
    article = pipeline.extract(text)
    person = next(p for p in article.persons if p.last == last)
    return [(r.title, r.of) for r in person.roles], article


@pytest.mark.parametrize("text, last, expected", [
    ("Вечером представитель Национальной гвардии майор Арво Кукк выступил по телевидению.",
     "Кукк", {"представитель", "майор"}),
    ("Об этом рассказал глава Ассоциации фермеров Кубани, член Общественной палаты "
     "Виктор Дронов.", "Дронов", {"глава", "член"}),
])
def test_chained_roles_before_a_name_are_all_its_own(pipeline, text, last, expected):
    roles, article = _roles(pipeline, text, last)
    assert {title for title, _ in roles} == expected
    # nobody else named before takes them
    assert all(not p.roles for p in article.persons if p.last != last)


def test_chain_stops_at_a_role_in_another_case(pipeline):
    text = ("«Мы продолжим», — заявил в интервью корреспонденту «Эха Москвы» "
            "координатор движения Павел Рыбин.")
    roles, _ = _roles(pipeline, text, "Рыбин")
    assert [t for t, _ in roles] == ["координатор движения"]


def test_a_role_governed_by_another_is_the_governing_ones(pipeline):
    text = "Полпред президента России в округе Александр Хлопонин прибыл в Грозный."
    roles, _ = _roles(pipeline, text, "Хлопонин")
    assert roles == [("полпред президента", "Россия")]


def test_a_role_after_a_kinship_word_is_another_persons(pipeline):
    roles, _ = _roles(pipeline, "Об этом рассказала жена режиссёра Анна Зуева.", "Зуева")
    assert roles == []


def test_a_copula_role_goes_to_the_subject_without_an_organization(pipeline):
    text = ("Пётр Гусев вырос в Калуге. Теперь он является депутатом парламента и членом "
            "фракции «Зелёный союз».")
    roles, _ = _roles(pipeline, text, "Гусев")
    assert [t for t, _ in roles] == ["депутат парламента"]


def test_a_place_adjective_before_the_role_gives_its_place(pipeline):
    text = "Премьер Японии Синдзо Абэ и французский президент Франсуа Олланд посетили выставку."
    roles, _ = _roles(pipeline, text, "Олланд")
    assert roles == [("французский президент", "Франция")]


def test_a_speaker_role_already_held_by_a_named_person_is_not_repeated(pipeline):
    text = ("Руслан Галиев задержан в аэропорту. Об этом рассказал официальный "
            "представитель МВД республики Андрей Корнев.")
    article = pipeline.extract(text)
    holders = {p.last for p in article.persons if p.roles}
    assert holders == {"Корнев"}


@pytest.mark.parametrize("text, last, title", [
    ("На открытии присутствовал председатель Духовного собрания мусульман Башкирии шейх "
     "Рашид Ахметов.", "Ахметов", "председатель"),
    ("Генеральный секретарь Национального союза фермеров (НСФ) Даниэль Кабре "
     "выступил вечером.", "Кабре", "генеральный секретарь"),
])
def test_a_title_or_bracketed_abbreviation_between_role_and_name(pipeline, text, last, title):
    roles, _ = _roles(pipeline, text, last)
    assert title in [t for t, _ in roles]


def test_an_adjective_read_as_accusative_still_completes_the_role(pipeline):
    # "влиятельного" is genitive here, though the tagger reads it as accusative
    text = ("Сенатор Ричард Лугар прилетел в Индию. Председатель влиятельного Комитета по "
            "вооружённым силам стал первым гостем из Вашингтона.")
    roles, _ = _roles(pipeline, text, "Лугар")
    assert "председатель" in [t for t, _ in roles]
