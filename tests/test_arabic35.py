"""Session 35, family arabic35 (w308): Arabic names whose surname opens with a theophoric or kunya
head ("Абдул", "Абдель", "Абу"; lexicons/name_arabic_heads.txt): a man's given name in -а after a
noun is not cut off as a possessor (entities/name_case_split.py with
entities/name_first_before.reads_with_arabic_surname), and such a surname alone declines its last
word only (entities/names.py, _leading_particle)."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Следователи допросили водителя Вахида Абдул Рахима в Басре.", "Вахид", "Абдул Рахим"),
    ("Прокуратура арестовала чиновника Хамида Абдель Карима за взятки.", "Хамид", "Абдель Карим"),
])
def test_a_given_name_before_an_arabic_head_surname_is_not_a_possessor(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, last", [
    ("Вчера Абу Хамаду вручили верительные грамоты.", "Абу Хамад"),
    ("Мнение Абдель Вахаба разделяют не все депутаты.", "Абдель Вахаб"),
    ("Переговоры с Абдул Кадыром отложили до осени.", "Абдул Кадыр"),
])
def test_an_arabic_head_surname_alone_declines_its_last_word_only(text, last):
    assert (None, None, last) in _persons(text)


def test_an_arabic_head_opening_a_name_of_three_is_still_a_compound_first_name():
    assert ("Абдель Рахман", None, "Юсеф") in _persons("Журналисты спросили Абдель Рахмана Юсефа о квотах.")


def test_a_possessor_before_a_name_still_splits():
    persons = _persons("Концерт дочери Аллы Пугачёвой Кристины Орбакайте прошёл в Москве.")
    assert any(p[2] == "Пугачёва" for p in persons)


@pytest.mark.parametrize("text, first, last", [
    ("В репортаже о Мунзере Тамими говорится, что он вернулся в Бенгази.", "Мунзер", "Тамими"),
    ("Агентство сообщило о Хешаме Зуби, раненом при обстреле.", "Хешам", "Зуби"),
    ("Вчера в Бейруте простились с Наимом Харбави.", "Наим", "Харбави"),
    ("Следствие по делу о Суфьяне Мардини закрыли.", "Суфьян", "Мардини"),
])
def test_an_arab_mans_given_name_the_dictionary_lacks_declines_from_the_lexicon(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Портреты имама Хомейни висят на каждой площади.", None, "Хомейни"),
    ("Совет шейха Систани передали премьеру.", None, "Систани"),
    ("С эмиром Кувейта шейхом Мишалем обсудили пошлины.", "Мишаль", None),
    ("Эмир Катара шейх Тамим прибыл в Рим.", "Тамим", None),
])
def test_an_unknown_word_in_i_after_imam_or_sheikh_is_a_nisba_surname(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first", [
    ("Переговоры с шейхом Тамимом длились три часа.", "Тамим"),
    ("Соглашение подписано эмиром Тамимом и президентом Франции.", "Тамим"),
])
def test_a_given_name_in_om_after_a_title_is_no_adjectival_surname(text, first):
    assert (first, None, None) in _persons(text)


def test_an_adjectival_surname_after_a_title_stays_a_surname():
    assert (None, None, "Вяземский") in _persons("Переписка с князем Вяземским сохранилась в архиве.")


@pytest.mark.parametrize("text", [
    "Состояние принца аль-Валида бин Талала выросло за год.",
    "Интервью с аль-Валидом бин Талалом вышло в субботу.",
])
def test_a_given_name_with_the_article_before_bin_is_the_first_name(text):
    assert ("аль-Валид", None, "бин Талал") in _persons(text)
