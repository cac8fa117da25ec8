"""Roles, a title that is a position with no position before it (w113): "в воскресенье
патриарх Феодор", "выступил имам Ильдар Аляутдинов" -- the title (``name_titles.txt``, also
in the role lexicons) is the role; after a position it still only sits between it and the
name ("председатель Духовного управления мусульман края шейх Альфир Бакиров"); forms of
address are no roles ("мистер", "отец")."""
from __future__ import annotations

import pytest


def _titles(pipeline, text, last):
    article = pipeline.extract(text)
    people = [p for p in article.persons if (p.last or p.first) == last]
    assert len(people) == 1, article.persons
    return [r.title for r in people[0].roles]


@pytest.mark.parametrize("text, last, word", [
    ("В минувшее воскресенье патриарх Феодор отслужил литургию в Каире.", "Феодор", "патриарх"),
    ("В пятницу митрополит Иларион освятил новый храм.", "Иларион", "митрополит"),
    ("По традиции молитву прочитал имам Ильдар Аляутдинов.", "Аляутдинов", "имам"),
    ("На встрече 5 мая архиепископ Феофан говорил о молодёжи.", "Феофан", "архиепископ"),
    ("В субботу игумен Никон встретил паломников.", "Никон", "игумен"),
    ("Вместе с гостями службу провёл епископ Игнатий.", "Игнатий", "епископ"),
    ("Утром 3 июня муфтий Талгат Таджуддин посетил мечеть.", "Таджуддин", "муфтий"),
    ("Как рассказал раввин Берл Лазар, община растёт.", "Лазар", "раввин"),
])
def test_title_alone_is_the_role(pipeline, text, last, word):
    assert any(word in t for t in _titles(pipeline, text, last))


@pytest.mark.parametrize("text, last, word", [
    ("Председатель Духовного управления мусульман края шейх Альфир Бакиров выступил.",
     "Бакиров", "шейх"),
    ("Вчера отец Сергий отслужил молебен.", "Сергий", "отец"),
    ("Письмо написал мистер Джон Смит.", "Смит", "мистер"),
    ("В зал вошла госпожа Анна Белова.", "Белова", "госпожа"),
])
def test_title_not_the_role(pipeline, text, last, word):
    assert not any(word in t for t in _titles(pipeline, text, last))
