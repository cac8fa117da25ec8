"""Session 38, family second38p (w343): people's names older blind rounds left wrong.

- a name after a post and a long chain of the post's dependents (a body's genitive chain, a Latin
  company name, an indeclinable country, a "по" phrase) takes the post's case: the nominative with
  a singular verb next to the phrase, of its gender; the post's oblique case (and the genitive where a
  genitive post is nearer) else (entities/name_post_chain.py);
- a name the tagger typed a place after "на" where a burden (responsibility, blame, duty) lies is a
  person, unless the dictionary reads a word of it as a place only (entities/name_burden_slot.py)."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, middle, last", [
    # the verb before the post, a feminine one: her nominative over an indeclinable country
    ("Об этом сообщила глава департамента горных работ ЮАР Нозипо Мабуза.", "Нозипо", None, "Мабуза"),
    # the verb after the name, over a Latin company name and a phrase of a preposition
    ("Финансовый директор Tanzania Ports Authority Мсуя Т. Р. в понедельник подал в отставку.",
     "Т.", "Р.", "Мсуя"),
    # a long chain with "по" and "с": the post in the nominative, a masculine verb after the name
    ("Советник по взаимодействию с инвесторами национальной нефтяной компании Габона Серж Мбумба "
     "подтвердил сделку.", "Серж", None, "Мбумба"),
])
def test_nominative_after_post_and_long_chain(text, first, middle, last):
    assert (first, middle, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # an instrumental post over a genitive one: no accusative of a surname in -а
    ("Переговоры прошли с заместителем директора управления торговли Кении Вайриму Нгуги.", "Вайриму", "Нгуги"),
    # a genitive post: the given name in -е is no case of a consonant stem
    ("Получено согласие первого заместителя председателя Central Bank of Lesotho Нтате Мокое.", "Нтате", "Мокое"),
])
def test_oblique_post_case_over_long_chain(text, first, last):
    assert (first, None, last) in _persons(text)


def test_masculine_verb_over_inner_genitive_post_gives_no_nominative():
    # "помощник главы района X заявил": the name may be the inner post's, left to the other rules
    persons = _persons("Помощник главы администрации Кировского района Ивана Маркелова заявил о проверке.")
    assert ("Иван", None, "Маркелов") in persons


@pytest.mark.parametrize("text, first, last", [
    ("Ответственность за задержку рейсов лежит на Зайнулле Мирхафизе.", "Зайнулла", "Мирхафиз"),
    ("На Шабанове-Ордынском как на главном инженере лежала вся ответственность за проект.", None, "Шабанов-Ордынский"),
])
def test_person_where_a_burden_lies(text, first, last):
    assert (first, None, last) in _persons(text)


def test_place_where_a_burden_lies_stays_a_place():
    article = rufacts.extract("Ответственность за уборку снега лежит на Казани и пригородах.")
    assert not article.persons
