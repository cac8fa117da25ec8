"""A name in a list of people next to a name in the nominative is in the nominative
(entities/name_list_nominative.py): a woman's name, not a man's genitive."""
from __future__ import annotations

import pytest

import rufacts


def _names(text: str) -> list[str]:
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # after a nominative name and "и"
    ("Отчет комиссии представили Илья Громов и Валерия Шилова.", "Валерия Шилова"),
    # the first item, a nominative name after the comma
    ("Медали получили Евгения Зуева, Ольга Мартынюк и Иван Соколов.", "Евгения Зуева"),
    # over a parenthesis after the neighbour
    ("Слово взяли Максим Орехов (профсоюз), Ярослава Данилова (минздрав) и Юрий Белов.",
     "Ярослава Данилова"),
    # over a dash's aside after the neighbour
    ("Гостями студии стали Павел Дуров — основатель сети — и Антонина Зимина.", "Антонина Зимина"),
])
def test_listed_woman_is_nominative(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    # the neighbour is in the accusative: nothing read, the man's accusative stays
    ("Губернатор наградил Ольгу Сомову и Александра Тихонова.", "Александр Тихонов"),
    # a clause of its own after the comma: the list does not go on
    ("Пришел Иван Петров, Александра Сидорова не было.", "Александр Сидоров"),
])
def test_no_list_of_nominatives(text, name):
    assert name in _names(text)
