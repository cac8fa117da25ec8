"""A surname of an adjective's shape alone (Бережной, Полевой, Седых) is a person where the sentence
gives it a capital and nothing for it to go with, whatever its case; its normal form follows the
slot and the cues of gender ("Бережную": Бережная, "Полевого": Полевой)."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Прокуратура проверила Полевого после жалобы жильцов.", "Полевой"),
    ("Депутаты единогласно избрали Бережную председателем комиссии.", "Бережная"),
    ("По мнению Бережной, реформа затянется на годы.", "Бережная"),
    ("Полевой сообщил, что ремонт школы завершат к сентябрю.", "Полевой"),
    ("Долгих пообещала, что выплаты не задержат.", "Долгих"),
    ("Книгу Седых, изданную в Казани, отметили премией.", "Седых"),
    ("Тренер поблагодарил Лесного за игру в обороне.", "Лесной"),
    ("Рекорд Макаренко, установленный в 2010 году, побит.", "Макаренко"),
    ("Благодаря Бережной приют получил корм на зиму.", "Бережная"),
    ("Вместо Лесного на поле вышел новичок.", "Лесной"),
])
def test_lone_adjectival_surname(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "Главный заявил, что проект закроют.",
    "Ветераны Великой Отечественной собрались у мемориала.",
    "Русский написал письмо в редакцию.",
    "Для Бережного отношения к природе нужны годы воспитания.",
    "Гости долго гуляли по Красной площади.",
    "Фестиваль Белых ночей открылся в Петербурге.",  # a plural adjective before its plural noun
    "Папа Римский выступил с обращением к верующим.",  # a title's adjective after its noun, opening the sentence
    "Заседание пройдёт в здании (ул. 3-я Песчаная, 2).",  # a street after its number
    "Представитель семьи Бушей отказался от комментариев.",  # a family: the plural of a surname
])
def test_adjective_stays_adjective(text):
    assert not _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Первый вопрос на брифинге задали Лесной.", "Лесная"),  # задать кому: a woman's dative
    ("Компенсацию выплатили Полевой через полгода.", "Полевая"),
    ("Слово на собрании дали Бережной.", "Бережная"),
])
def test_verb_decides_woman_dative(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Бережной вручили грамоту губернатора.", "Бережная"),
    ("Лесного освистали после финального свистка.", "Лесной"),
])
def test_object_opening_the_sentence(text, name):
    assert name in _persons(text)


def test_plural_adjective_object_is_no_surname():
    assert not _persons("Молодых поддержали на выборах.")
