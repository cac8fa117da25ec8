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
    ("Утром представитель вооружённых сил полковник Сансерн Каевкамнерд выступил по радио.",
     "Каевкамнерд", {"представитель", "полковник"}),
    ("Об этом сказал лидер Меджлиса крымско-татарского народа, народный депутат Украины "
     "Мустафа Джемилев.", "Джемилев", {"лидер", "народный депутат"}),
])
def test_chained_roles_before_a_name_are_all_its_own(pipeline, text, last, expected):
    roles, article = _roles(pipeline, text, last)
    assert {title for title, _ in roles} == expected
    # nobody else named before takes them
    assert all(not p.roles for p in article.persons if p.last != last)


def test_chain_stops_at_a_role_in_another_case(pipeline):
    text = ("«Нас не услышали», — сказал в беседе с корреспондентом «Голоса Америки» "
            "лидер движения Александр Белов.")
    roles, _ = _roles(pipeline, text, "Белов")
    assert [t for t, _ in roles] == ["лидер движения"]


def test_a_role_governed_by_another_is_the_governing_ones(pipeline):
    text = "Полпред президента России в округе Александр Хлопонин прибыл в Грозный."
    roles, _ = _roles(pipeline, text, "Хлопонин")
    assert roles == [("полпред президента", "Россия")]


def test_a_role_after_a_kinship_word_is_another_persons(pipeline):
    roles, _ = _roles(pipeline, "Это подтвердил муж актрисы Сергей Сенин.", "Сенин")
    assert roles == []


def test_a_copula_role_goes_to_the_subject_without_an_organization(pipeline):
    text = ("Иван Сидоров родился в Твери. В настоящий момент он является депутатом "
            "парламента от партии «Новые правые».")
    roles, _ = _roles(pipeline, text, "Сидоров")
    assert [t for t, _ in roles] == ["депутат парламента"]


def test_a_place_adjective_before_the_role_gives_its_place(pipeline):
    text = "Председатель КНР Ху Цзиньтао и российский президент Дмитрий Медведев открыли выставку."
    roles, _ = _roles(pipeline, text, "Медведев")
    assert roles == [("российский президент", "Россия")]


def test_a_speaker_role_already_held_by_a_named_person_is_not_repeated(pipeline):
    text = ("На Ису Ямадаева возбуждено уголовное дело. Об этом сообщил официальный "
            "представитель Следственного комитета при прокуратуре Владимир Маркин.")
    article = pipeline.extract(text)
    holders = {p.last for p in article.persons if p.roles}
    assert holders == {"Маркин"}


@pytest.mark.parametrize("text, last, title", [
    ("На церемонии был председатель Совета муфтиев России шейх Равиль Гайнутдин.",
     "Гайнутдин", "председатель"),
    ("Генеральный секретарь Объединённого фронта за демократию (ОФДД) Наттавут Сайкыа "
     "выступил утром.", "Сайкыа", "генеральный секретарь"),
])
def test_a_title_or_bracketed_abbreviation_between_role_and_name(pipeline, text, last, title):
    roles, _ = _roles(pipeline, text, last)
    assert title in [t for t, _ in roles]


def test_an_adjective_read_as_accusative_still_completes_the_role(pipeline):
    # "влиятельного" is genitive here, though the tagger reads it as accusative
    text = ("Сенатор Джон Керри прибыл в Пакистан. Председатель влиятельного Комитета по "
            "иностранным делам стал первым гостем из США.")
    roles, _ = _roles(pipeline, text, "Керри")
    assert "председатель" in [t for t, _ in roles]
