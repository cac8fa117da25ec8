"""A prefixed role compound at a sentence's start ("Экс-советник", "Пресс-агента", "Экс-вице-мэр")
is no name part (entities/name_role_compounds.py), and a surname alone after a relation noun that
opens its phrase is the relative's genitive (entities/name_apposition.relative_owner)."""
from __future__ import annotations

import pytest

import rufacts


def _names(text: str) -> list[str]:
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    ("Экс-советник Мартынов подал апелляцию.", "Мартынов"),
    ("Экс-губернатору Белозерову вынесли приговор.", "Белозеров"),
    ("Пресс-агента Лепса не пустили на площадку.", "Лепс"),
    ("Пресс-агент Лепса отказался от комментариев.", "Лепс"),
    ("Экс-вице-губернатор Сорокин вышел на свободу.", "Сорокин"),
])
def test_prefixed_role_is_no_name_part(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Экс-жена Гордеева подала иск о разделе имущества.", "Гордеев"),
    ("Жена Семенихина дала интервью.", "Семенихин"),
    ("Соперница Шараповой снялась с турнира.", "Шарапова"),
])
def test_surname_after_relation_is_the_relative(text, name):
    assert _names(text) == [name]


def test_relation_with_first_name_names_her():
    assert "Ольга Гордеева" in _names("Экс-жена Ольга Гордеева подала иск о разделе имущества.")
