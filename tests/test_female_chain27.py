"""A noun for a woman in apposition before a name over a longer phrase of its complements
(entities/name_female_chain.py): the name is hers, in the nominative, not a man's genitive."""
from __future__ import annotations

import pytest

import rufacts


def _names(text: str) -> list[str]:
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # a preposition and its object in the dative or prepositional before the name
    ("Серебро этапа взяла трехкратная чемпионка России по лыжным гонкам Евгения Шаповалова.",
     "Евгения Шаповалова"),
    # a place's name closes the phrase
    ("Пресс-конференцию провела известная пианистка из Новосибирска Валерия Зотова.",
     "Валерия Зотова"),
    # a number and a counted noun
    ("Финал выиграла рекордсменка страны в беге на 800 метров Ярослава Комарова.",
     "Ярослава Комарова"),
    # a quoted name closes the phrase
    ("Премию получила ведущая программы «Время» Александра Лосева.", "Александра Лосева"),
    # an adjective used as a noun for a woman
    ("Проверку начала уполномоченная по правам человека в крае Валентина Ершова.", "Валентина Ершова"),
])
def test_woman_over_complements(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Лекцию прочитала исследовательница истории позднего лирического творчества Александра Пушкина.",
    "Доклад сделала сотрудница музея из Москвы по истории творчества Александра Пушкина.",
])
def test_common_genitive_closing_the_phrase_leaves_the_man(text):
    # "творчества" may own a person's genitive: the phrase gives no cue, and the man stays
    assert "Александр Пушкин" in _names(text)
