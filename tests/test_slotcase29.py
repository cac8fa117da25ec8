"""The case a preposition right before a name governs decides between readings that fit its words
about as well: the normal form declines back into the words in a governed case (entities/name_slot_case.py)."""
import pytest

import rufacts
from rufacts.entities.name_slot_case import GOVERNED, slot_first


def _people(text):
    return {(p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    # "с" governs the instrumental: Лоуренс's would be Лоуренсом, so "Лоуренсу" stands as written
    ("Встреча с Нуну Лоуренсу состоялась в среду.", "Нуну", "Лоуренсу"),
    # "при" governs the prepositional: no dative of a Мухаммад
    ("Решение приняли при Мухаммаду Юсуфу, бывшем губернаторе штата.", "Мухаммаду", "Юсуфу"),
])
def test_unchanged_in_the_governed_case(text, first, last):
    assert (first, last) in _people(text)


@pytest.mark.parametrize("text, first, last", [
    ("Встреча с Алексеем Мордашовым прошла в Череповце.", "Алексей", "Мордашов"),
    ("Спор о Марии Захаровой не утихал.", "Мария", "Захарова"),
    ("Делегация встретилась с Паулу Машаду в Лиссабоне.", "Паулу", "Машаду"),
])
def test_declined_names_after_prepositions_stay(text, first, last):
    assert (first, last) in _people(text)


def test_slot_first_needs_the_mark_and_a_close_reading():
    full = [object()]
    solutions = [(1.5, ("last",), "datv", "masc", full), (1.0, ("last",), "ablt", None, full)]
    assert slot_first(solutions, frozenset({"ablt"})) == solutions  # no preposition's mark
    first = slot_first(solutions, frozenset({"ablt", GOVERNED}))
    assert first[0][2] == "ablt" and first[0][0] == 1.5
    far = [(2.5, ("last",), "datv", "masc", full)] + solutions[1:]
    assert slot_first(far, frozenset({"ablt", GOVERNED})) == far  # too far below the best
