"""persons4545 (w391): Russian and Turkic-Russian person names whose normal form went wrong; sentences of
our own, through the real pipeline, each with neighbours that must not change."""
from __future__ import annotations

import pytest

import rufacts


def _names(text: str) -> list[str]:
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # a man's adjectival -ой after a nominative job noun (entities/name_oy_surnames.man_adjectival_oy and
    # entities/name_listed_post.py): a woman's nominative would be written -ая
    ("Среди призёров конкурса — фрезеровщик Г. Т. Бережной и кондуктор Л. И. Мамонтова.", "Г. Т. Бережной"),
    ("Механик Р. Ф. Бережной получил почётную грамоту.", "Р. Ф. Бережной"),
    # a participle of the genitive noun between the post and the name (entities/name_subject_cues.py)
    ("Старший мастер управляющей компании Е. Н. Полевой подписал график.", "Е. Н. Полевой"),
    # an acronym of a body between the post and the name (entities/name_apposition.oblique_apposition)
    ("По словам директора АНО «Добрые руки» Рамиля Хуснутдинова, волонтёров стало больше.",
     "Рамиль Хуснутдинов"),
    # a body's feminine name as the verb's subject (entities/name_subject_cues._animate_subject_before)
    ("Мосгордума лишила Сомова депутатского мандата.", "Сомов"),
    # the fleeting vowel of -енец after б, л (lexicons/name_fleeting.tsv)
    ("Соглашение с Беленцом расторгли.", "Беленец"),
    ("Иск Андрея Беленца суд отклонил.", "Андрей Беленец"),
])
def test_fixed(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    # a woman's oblique -ой stays hers where the slot is oblique
    ("Премию вручили Г. Т. Бережной.", "Г. Т. Бережная"),
    ("С Анной Бережной мы встретились в редакции.", "Анна Бережная"),
    # a relation owns the genitive: "помощник Бережной" is her assistant
    ("Среди гостей — помощник Бережной.", "Бережная"),
    # a woman's name after the post in the nominative
    ("В числе номинантов — фотограф Ирина Полевая.", "Ирина Полевая"),
    # the German -енц keeps its consonant
    ("Встреча с Лоренцом прошла в Берлине.", "Лоренцом"),  # (as the start left it: not Лоренец)
    # a masculine subject before the verb is still not taken for the body (a man's accusative stays)
    ("Суд лишил Кашина лицензии.", "Кашин"),
])
def test_neighbours(text, name):
    assert name in _names(text)


def test_unknown_given_name_after_body():
    """A given name no list knows before a Russian-form surname at the end of a body's span, with a
    verb of its gender after it (entities/name_unknown_given_tail.py, org_descriptor_names._owned)."""
    a = rufacts.extract("Старший научный сотрудник отдела мониторинга Телецкого заповедника Кезер Мундусов "
                        "рассказал о численности кабарги.")
    assert "Кезер Мундусов" in [p.name for p in a.persons]
    assert not any("Мундусов" in o.name for o in a.organizations)
