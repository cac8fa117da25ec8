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
