"""A lone surname in an oblique slot after a verb or a noun (entities/name_lone_slot.py,
lexicons/name_lone_foreign_ends.txt, lexicons/name_giving_verbs.txt): a surname of a people's
ending the dictionary does not know is a person where the tagger missed it or took it for an
organization; after a plural verb of giving whose thing stands before it, a lone surname is the
dative (Карпов, not Карпова); a place after a preposition stays a place."""
import pytest

import rufacts


def _persons(text):
    return {e.name for e in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Назначение Гвиниашвили согласовали в администрации президента.", "Гвиниашвили"),
    ("Совет директоров поддержал кандидатуру Церцвадзе на пост гендиректора.", "Церцвадзе"),
    ("Сотрудники колледжа Джавахишвили провели субботник.", "Джавахишвили"),
])
def test_people_surname_in_slot_is_a_person(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Земельный участок под склад выделили Гребенщикову.", "Гребенщиков"),
    ("Субсидию на ремонт фасада выдали Полозову.", "Полозов"),
    ("Орден Почёта вручили Самсонову на церемонии в Кремле.", "Самсонов"),
])
def test_fronted_thing_leaves_the_dative(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Губернатор выделил Гребенщиковой участок под склад.", "Гребенщикова"),
    ("Полицейские задержали Полозову на выходе из магазина.", "Полозова"),
])
def test_other_slots_keep_their_case(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "Делегация завода побывала в Шэньяне и Абовяне.",
    "Туристы доехали поездом до Кобулети, а оттуда в Батуми.",
])
def test_places_stay_places(text):
    assert not _persons(text)
