"""Roles, precision (w113): a role phrase in apposition after one name ("X, капитан клуба")
is not chained to the role before the next name ("... и защитник Арсенала Y"); a noun of
struggle with a preposition names a cause, not a trade ("борец с ксенофобией",
``lexicons/role_cause_words.txt``)."""
from __future__ import annotations

import pytest


def _titles(pipeline, text, last):
    article = pipeline.extract(text)
    people = [p for p in article.persons if p.last == last]
    assert len(people) == 1, article.persons
    return [r.title for r in people[0].roles]


@pytest.mark.parametrize("text, last, word", [
    ("В съёмках участвовали Иван Петров, нападающий ЦСКА, и вратарь «Спартака» Олег Сидоров.",
     "Сидоров", "нападающий"),
    ("На пресс-конференции были Анна Белова, директор лицея и заведующая библиотекой "
     "Ольга Котова.", "Котова", "директор"),
    ("В съёмках участвовали Иван Петров, нападающий ЦСКА и вратарь «Спартака» Олег Сидоров.",
     "Сидоров", "нападающий"),
    ("Письмо подписали Павел Орлов, глава района, и председатель совета ветеранов Пётр Лисин.",
     "Лисин", "глава"),
    ("Выступил Александр Брод, известный борец с ксенофобией.", "Брод", "борец"),
    ("Слово взяла Мария Котова, неутомимый борец за права пациентов.", "Котова", "борец"),
    ("Пришёл Олег Сидоров, боец против коррупции.", "Сидоров", "боец"),
])
def test_role_not_given(pipeline, text, last, word):
    assert not any(word in t for t in _titles(pipeline, text, last))


@pytest.mark.parametrize("text, last, word", [
    ("В съёмках участвовали Иван Петров, нападающий ЦСКА, и вратарь «Спартака» Олег Сидоров.",
     "Сидоров", "вратарь"),
    ("Актёр, продюсер и сценарист Олег Сидоров представил фильм.", "Сидоров", "продюсер"),
    ("Турнир выиграл Иван Петров, борец из Дагестана.", "Петров", "борец"),
    ("Чемпионом стал борец Иван Петров.", "Петров", "борец"),
    ("Письмо подписали Павел Орлов, глава района, и председатель совета ветеранов Пётр Лисин.",
     "Орлов", "глава"),
    ("Председатель Союза художников, народный депутат Киргизии Бакыт Осмонов выступил.",
     "Осмонов", "председатель"),
])
def test_role_kept(pipeline, text, last, word):
    assert any(word in t for t in _titles(pipeline, text, last))
