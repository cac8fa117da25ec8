"""Roles, a genitive role and a genitive name after a kinship or relation word (w113,
role_case_agree.genitive_pair): "брат актрисы Анны Орловой", "сын бывшего руководителя МЧС
Олега Климова", "другом бывшего мэра Юрия Лужкова" -- the role is the name's; with the
name in the nominative ("сын актёра Иван Петров") it is not."""
from __future__ import annotations

import pytest


def _roles(pipeline, text, last):
    article = pipeline.extract(text)
    people = [p for p in article.persons if p.last == last]
    assert len(people) == 1, article.persons
    return [(r.title, r.of) for r in people[0].roles]


@pytest.mark.parametrize("text, last, word", [
    ("Сестра певицы Аллы Пугачёвой дала интервью.", "Пугачёва", "певица"),
    ("Внук бывшего министра обороны Сергея Соколова поступил в академию.", "Соколов", "министр"),
    ("Вдова режиссёра Алексея Балабанова открыла выставку.", "Балабанов", "режиссёр"),
    ("Охранник губернатора Олега Кувшинникова был задержан.", "Кувшинников", "губернатор"),
    ("Дочь президента Казахстана Нурсултана Назарбаева возглавила фонд.", "Назарбаев", "президент"),
    ("Водитель депутата Андрея Исаева попал в аварию.", "Исаев", "депутат"),
    ("Полиция допросила друга футболиста Артёма Дзюбы.", "Дзюба", "футболист"),
    ("Суд арестовал сына мэра Владивостока Игоря Пушкарёва.", "Пушкарёв", "мэр"),
])
def test_role_after_kin_word(pipeline, text, last, word):
    assert any(word in title for title, _ in _roles(pipeline, text, last))


@pytest.mark.parametrize("text, last, word", [
    ("Сын актёра Иван Петров выступил на фестивале.", "Петров", "актёр"),
    ("Вдова писателя Анна Морозова передала архив музею.", "Морозова", "писатель"),
    ("Мы встретились с дочерью министра Еленой Котовой.", "Котова", "министр"),
    ("Брат губернатора Олег Сидоров возглавил компанию.", "Сидоров", "губернатор"),
])
def test_no_role_after_kin_word(pipeline, text, last, word):
    assert not any(word in title for title, _ in _roles(pipeline, text, last))
