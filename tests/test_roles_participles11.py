"""Roles, participles used as position nouns and their instrumental complements (w113,
role_participles): "командующий войсками округа", "заведующая кафедрой", "управляющий делами";
the title keeps the instrumental as written, or the complement is the organization the role is of
(a unit named by type and field: "кафедра истории", "лаборатория генетики"); an adjective use ("управляющая компания") is no
position."""
from __future__ import annotations

import pytest


def _roles(pipeline, text, last):
    article = pipeline.extract(text)
    people = [p for p in article.persons if p.last == last]
    assert len(people) == 1, article.persons
    return [(r.title, r.of) for r in people[0].roles]


@pytest.mark.parametrize("text, last, title", [
    ("Учения провёл командующий войсками Южного военного округа генерал Сергей Дворников.",
     "Дворников", "командующий войсками"),
    ("Заведующая кафедрой истории Елена Морозова рассказала о находке.", "Морозова",
     "заведующая кафедра истории"),
    ("Отчёт подписал управляющий делами администрации Самары Олег Лебедев.", "Лебедев",
     "управляющий делами"),
    # a hospital's ward named by its field is a unit too (org_ward_units): the role is of it,
    # the position word in the masculine nominative, not the dative as written
    ("Мы поговорили с заведующей отделением кардиологии Ольгой Зайцевой.", "Зайцева",
     "заведующий отделение кардиологии"),
    ("Новым командующим Черноморским флотом назначен адмирал Игорь Осипов.", "Осипов",
     "командующий Черноморский флот"),
    ("На совещании выступил Павел Серов, управляющий делами правительства области.", "Серов",
     "управляющий делами"),
    ("Как сообщил управляющий Национальным банком Болгарии Димитр Радев, ставка останется прежней.",
     "Радев", "управляющий Национальный банк Болгарии"),
    ("Заведующий лабораторией генетики Андрей Волков получил грант.", "Волков",
     "заведующий лаборатория генетики"),
])
def test_participle_positions(pipeline, text, last, title):
    """The position word, and its complement in the title or as what the role is of."""
    head, complement = title.split(" ", 1)
    roles = _roles(pipeline, text, last)
    assert any(head in t.lower() and (complement in t or of == complement) for t, of in roles), roles


@pytest.mark.parametrize("text, last, word", [
    ("Генеральный директор управляющей компании «Жилсервис» Иван Петров выступил.", "Петров",
     "управляющ"),
    ("Командующая парадом погода не помешала Ивану Петрову.", "Петров", "командующ"),
    ("Отдыхающий на даче Олег Сидоров позвонил.", "Сидоров", "отдыхающ"),
    ("Руководящий принцип сформулировал Андрей Орлов.", "Орлов", "руководящ"),
])
def test_no_participle_position(pipeline, text, last, word):
    assert not any(word in t for t, _ in _roles(pipeline, text, last))
