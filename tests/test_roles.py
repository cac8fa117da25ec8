"""Roles of persons: position + what it is a position of, before or after the name,
and a role alone after a verb of saying."""
from __future__ import annotations

import pytest

from rufacts.lexicons import load_list


def _roles(pipeline, text, last):
    article = pipeline.extract(text)
    people = [p for p in article.persons if p.last == last]
    assert len(people) == 1, article.persons
    for role in people[0].roles:  # offsets point at the role text
        assert article.text[role.start:role.stop] == role.text
    return [(r.title, r.of, r.text) for r in people[0].roles]


@pytest.mark.parametrize("text, last, role", [
    ("Мэр Москвы Сергей Собянин открыл новую станцию метро.", "Собянин",
     ("мэр", "Москва", "Мэр Москвы")),
    ("Как сообщил министр иностранных дел России Сергей Лавров, переговоры продолжатся.",
     "Лавров", ("министр иностранных дел", "Россия", "министр иностранных дел России")),
    ("Генеральный директор ООО «Ромашка» Ольга Смирнова подписала договор.", "Смирнова",
     ("генеральный директор", "ООО «Ромашка»", "Генеральный директор ООО «Ромашка»")),
    ("Губернатор Андрей Воробьёв посетил Коломну.", "Воробьёв",
     ("губернатор", None, "Губернатор")),
    ("Решение поддержал Андрей Воробьёв, губернатор Московской области.", "Воробьёв",
     ("губернатор", "Московская область", "губернатор Московской области")),
    ("В Казани выступил глава компании Михаил Осеевский.", "Осеевский",
     ("глава компании", None, "глава компании")),
    ("В среду премьер-министр Венгрии Виктор Орбан прилетел в Минск.", "Орбан",
     ("премьер-министр", "Венгрия", "премьер-министр Венгрии")),
    ("На конференции выступит Марина Голубева - директор Open Media Lab.", "Голубева",
     ("директор", "Open Media Lab", "директор Open Media Lab")),
])
def test_roles_found_next_to_the_name(pipeline, text, last, role):
    assert role in _roles(pipeline, text, last)


def test_roles_role_alone_after_a_verb_of_saying_is_the_last_named_person(pipeline):
    text = ("Мэр Москвы Сергей Собянин осмотрел завод. «Это важный проект», - отметил "
            "глава города.")
    roles = _roles(pipeline, text, "Собянин")
    assert ("глава города", None, "глава города") in roles


@pytest.mark.parametrize("text, last", [
    ("Сергей Собянин открыл новую станцию метро.", "Собянин"),
    ("Жители Москвы и Сергей Собянин обсудили проект.", "Собянин"),
])
def test_roles_none_without_a_position_word(pipeline, text, last):
    assert _roles(pipeline, text, last) == []


def test_roles_lexicons_are_data():
    assert {"мэр", "губернатор", "директор", "глава"} <= load_list("role_words.txt")
    assert {"сказать", "отметить"} <= load_list("speech_verbs.txt")


def _roles_by_name(text):
    import rufacts

    return {p.name: [(r.title, r.of) for r in p.roles] for p in rufacts.extract(text).persons}


def test_roles_said_of_a_person_named_before():
    roles = _roles_by_name("Эмманюэль Макрон ответил на вопросы журналистов. "
                   "Как стало известно, президент Франции вылетел в Лондон.")
    assert roles["Эмманюэль Макрон"] == [("президент", "Франция")]


def test_roles_with_a_place_adjective_name_the_place():
    roles = _roles_by_name("Дмитрий Медведев приехал в Софию. Российский президент заявил о новых проектах.")
    assert roles["Дмитрий Медведев"] == [("российский президент", "Россия")]


def test_roles_complements_linked_by_a_preposition():
    roles = _roles_by_name("Посол Португалии в Армении Хавьер Морено встретился с министром.")
    assert [of for _, of in next(iter(roles.values()))] == ["Португалия"]


def test_roles_of_many_people_are_nobody_s_role():
    roles = _roles_by_name("Иван Петров пришёл на встречу. Представители партии «Яблоко» не пришли.")
    assert roles["Иван Петров"] == []


@pytest.mark.parametrize(("text", "title"), [
    ("Министр по делам коренных народов Канады Джон Бэрд подчеркнул это.",
     "министр по делам коренных народов"),
    ("Министр спорта и молодёжной политики Башкирии Олег Шубин рассказал о грантах.",
     "министр спорта и молодёжной политики"),
    ("Юрген Клинсман и Йоахим Лёв (второй тренер) сообщили решение.", "второй тренер"),
])
def test_roles_with_linked_complements_and_brackets(text, title):
    assert any(t == title for roles in _roles_by_name(text).values() for t, _ in roles)


def test_roles_of_what_someone_is():
    roles = _roles_by_name("Леван Гачечиладзе стал кандидатом. "
                           "Сейчас он является депутатом парламента Грузии.")
    assert ("депутат парламента", "Грузия") in roles["Леван Гачечиладзе"] or \
        any(t.startswith("депутат") for t, _ in roles["Леван Гачечиладзе"])
