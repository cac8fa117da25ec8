"""Session 39, family second39o (w351): an indeclinable attributive word written apart between an
adjective and the head noun of a name (lexicons/org_attributive_words.txt: "медиа", "интернет",
"бизнес", "шоу") leaves the noun after it the head: the adjective agrees with that noun and both are
put in the nominative, the word stands as written (entities/org_attributive_words.py)."""
import pytest

import rufacts
from rufacts.entities.normal import normalize_words
from rufacts.grammars.morph import get_morph


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Сделку одобрили акционеры «Поморской медиа группы».", "Поморская медиа группа"),
    ("Суд взыскал с «Амурского интернет холдинга» два миллиона рублей.", "Амурский интернет холдинг"),
    ("Экологи подали иск к «Невскому бизнес парку».", "Невский бизнес парк"),
    ("Лицензию получило «Звёздное шоу агентство».", "Звёздное шоу агентство"),
])
def test_attributive_word_in_a_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("words, nominative", [
    (["Курганской", "медиа", "компанией"], ["Курганская", "медиа", "компания"]),
    (["Северному", "интернет", "агентству"], ["Северное", "интернет", "агентство"]),
    (["Первым", "фитнес", "клубом"], ["Первый", "фитнес", "клуб"]),
])
def test_attributive_word_normal_form(words, nominative):
    assert normalize_words(get_morph(), words) == nominative


@pytest.mark.parametrize("words, nominative", [
    (["Казанского", "университета"], ["Казанский", "университет"]),  # no attributive word: as before
    (["Первого", "канала"], ["Первый", "канал"]),
])
def test_names_without_attributive_word(words, nominative):
    assert normalize_words(get_morph(), words) == nominative
