"""Roles, a post held said with a post word (w113, role_post_held): the name as the
subject of a verb of holding, taking or leaving a post ("Джек Дорси ушёл с поста
гендиректора Twitter") and after the verb of an inverted clause ("Пост министра занимал
Ларс Ульсен"); a post sought or given to another is none. And a role in an oblique case that
cannot agree with an inflected first name after it is not that name's (role_case_agree)."""
from __future__ import annotations

import pytest


def _roles(pipeline, text, last):
    article = pipeline.extract(text)
    people = [p for p in article.persons if p.last == last]
    assert len(people) == 1, article.persons
    return [(r.title, r.of) for r in people[0].roles]


@pytest.mark.parametrize("text, last, word, of", [
    ("Джек Дорси ушёл с поста гендиректора Twitter.", "Дорси", "гендиректор", "Twitter"),
    ("Корнейчук занимал должность первого заместителя губернатора.", "Корнейчук",
     "заместитель", None),
    ("До осени пост министра энергетики Норвегии занимал Ларс Ульсен.", "Ульсен", "министр",
     "Норвегия"),
    ("На пост главы Тверского района назначен Иван Петров.", "Петров", "глава", None),
    ("Олег Сидоров в мае покинул должность директора завода «Маяк».", "Сидоров", "директор", None),
    ("Пост губернатора в 2012 году занял Андрей Козлов.", "Козлов", "губернатор", None),
    ("Анна Смирнова, которая ранее занимала пост вице-мэра Твери, возглавит фонд.", "Смирнова",
     "вице-мэр", None),
    ("Иван Петров назначен на должность директора департамента транспорта.", "Петров",
     "директор", None),
])
def test_post_held(pipeline, text, last, word, of):
    roles = _roles(pipeline, text, last)
    assert any(word in title and (of is None or found == of) for title, found in roles), roles


@pytest.mark.parametrize("text, last, word", [
    ("Анна Смирнова претендует на пост мэра Твери.", "Смирнова", "мэр"),
    ("Президент Финляндии Саули Нийнистё утвердил на посту министра обороны Антти Кайкконена.",
     "Нийнистё", "министр"),
    ("Джон Кларк, который занимал пост главы FDA при президенте Билле Клинтоне, дал интервью.",
     "Клинтон", "глава"),
    ("Олег Сидоров, который претендует на пост губернатора, выступил.", "Сидоров", "губернатор"),
    ("Документ подписали при министре финансов Алексее Кудрине.", "Кудрин", "глав"),
])
def test_no_post_held(pipeline, text, last, word):
    assert not any(word in title for title, _ in _roles(pipeline, text, last))


def test_case_agreeing_roles_kept(pipeline):
    assert any("министр" in t for t, _ in _roles(
        pipeline, "Документ подписали при министре финансов Алексее Кудрине.", "Кудрин"))
    assert any("премьер" in t for t, _ in _roles(
        pipeline, "Новый премьер-министр Швеции Магдалена Андерссон заявила о реформе.", "Андерссон"))
