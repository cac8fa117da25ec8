"""Roles, the inverted clause across a gap (w113, role_inverted_gap): an instrumental role,
a copula or a verb of appointing, then the name's own nominative role phrase, an age or an
adverb, then the name ("Новым мэром Хабаровска избран бывший вице-губернатор края Сергей
Кравчук"); and a nominative role right after a copula is the clause's subject, not a predicate
of the person named before ("Чемпионкой мира стала шахматистка из Индии")."""
from __future__ import annotations

import pytest


def _roles(pipeline, text, last):
    article = pipeline.extract(text)
    people = [p for p in article.persons if p.last == last]
    assert len(people) == 1, article.persons
    return [(r.title, r.of) for r in people[0].roles]


@pytest.mark.parametrize("text, last, word, of", [
    ("Новым мэром Хабаровска избран бывший вице-губернатор края Сергей Кравчук.", "Кравчук",
     "мэр", "Хабаровск"),
    ("Главным тренером «Зенита» назначен 52-летний Семён Семак.", "Семак", "тренер", None),
    ("Генеральным директором холдинга станет именно Ольга Соколова.", "Соколова", "директор", None),
    ("Председателем совета директоров компании избран известный предприниматель Олег Тиньков.",
     "Тиньков", "председатель", None),
    ("Капитаном сборной Бразилии по футболу стал защитник Марсело Силва.", "Силва", "капитан", None),
    ("Послом Франции в Москве назначен опытный дипломат Пьер Леви.", "Леви", "посол", "Франция"),
    ("Министром здравоохранения Башкирии утверждена 45-летняя Анна Кузнецова.", "Кузнецова",
     "министр", None),
    ("Ректором МГУ вновь избран профессор Виктор Садовничий.", "Садовничий", "ректор", None),
])
def test_inverted_role_across_a_gap(pipeline, text, last, word, of):
    roles = _roles(pipeline, text, last)
    assert any(word in title and (of is None or found == of) for title, found in roles), roles


@pytest.mark.parametrize("text, last, word", [
    ("В турнире участвовала Ирина Волкова. Чемпионкой мира стала шахматистка из Индии.",
     "Волкова", "шахматист"),
    ("Иван Петров ушёл в отставку. Его преемником стал министр финансов области.",
     "Петров", "министр"),
    ("Капитаном команды стал не Иван Петров, а Олег Сидоров.", "Петров", "капитан"),
    ("Директором завода гордится рабочий Иван Белов.", "Белов", "директор"),
])
def test_no_inverted_role(pipeline, text, last, word):
    assert not any(word in title for title, _ in _roles(pipeline, text, last))
