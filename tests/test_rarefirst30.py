"""Rare foreign first names of many peoples in oblique cases (lexicons/name_foreign_first_names.tsv,
round 30): a woman's name in -а declines as hers, a man's name in -а/-я declines as his, a woman's name
in a consonant or in -е/-и stands; an Ethiopian's second name spelt as a listed given name stands
(name_origin_declension.tsv, listed); a Kenyan surname in -ги is the genitive of one in -га."""
import pytest

import rufacts


def _people(text):
    return {(p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    # an Albanian woman's name in -а: not a man's Блерт
    ("Оппозиционные газеты часто пишут о Блерте Селими.", "Блерта", "Селими"),
    # a Thai man's name in -а declines as his
    ("В Бангкоке снова заговорили о Сретте Тхависине.", "Сретта", "Тхависин"),
    # an Afghan man's name in -улла: his, not a woman's
    ("Слово на совещании предоставили Хамдулле Мохибу.", "Хамдулла", "Мохиб"),
    # a Swahili woman's name in -а declines
    ("Премию передали Рехеме Мванги из Танзании.", "Рехема", "Мванги"),
    # a Hungarian woman's name in -ея
    ("Поклонники Тимеи Бабош ждали её возвращения на корт.", "Тимея", "Бабош"),
    # a Brazilian woman's name in -а
    ("Депутаты выступили против Глейзи Хоффманн на заседании.", "Глейзи", "Хоффманн"),
])
def test_rare_first_name_in_oblique_case(text, first, last):
    assert (first, last) in _people(text)


def test_ethiopian_second_name_stands():
    assert ("Хайле", "Кебеде") in _people("Тренер рассказал о Хайле Кебеде и его подготовке к марафону.")


def test_kenyan_surname_in_gi_is_genitive():
    assert ("Раила", "Одинга") in _people("Штаб Раилы Одинги опроверг слухи о его болезни.")


def test_acronym_is_no_given_name():
    # the lexicon lists the Norwegian Гру; a word in capitals before a lone first name is a body's acronym
    people = _people("Отставной офицер ГРУ Виктор и его сын Павел Ковальчук дали показания.")
    assert ("Виктор", None) in people
    assert not any(first == "ГРУ" for first, _last in people)


def test_surname_agrees_with_nominative_first_name():
    # a first name only in the nominative: the East African surname in -ки stands, no genitive of an -ка
    assert ("Исайяс", "Афеверки") in _people(
        "Глава Эритреи Исайяс Афеверки впервые за много лет посетил Аддис-Абебу.")


def test_surname_spelt_as_man_name_case():
    # "Ахмеда" is Ахмед's accusative, not a woman's nominative surname after the woman's Риза
    assert ("Риз", "Ахмед") in _people("Режиссёр пригласил на главную роль Риза Ахмеда.")
