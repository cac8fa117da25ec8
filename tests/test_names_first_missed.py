"""A clear first name and a surname agreeing with it that the tagger missed (entities/name_first_missed.py),
real pipeline, own sentences; and the case a preposition right before a name governs (names_group.name_hints,
name_case_cues.locative_cue)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # a woman's surname that is a common noun, unchanged after her declined first name
    ("Об Алевтине Пекарь в посёлке знают все.", "Алевтина Пекарь", "Алевтина", None, "Пекарь"),
    # a preposition that governs no genitive: the accusative, the surname unchanged
    ("На Юсуфа Барки, бывшего министра финансов, подали в суд.", "Юсуф Барки", "Юсуф", None, "Барки"),
    # "после" right after a preposition is the noun посол: the prepositional of "при", no genitive of "после"
    ("При после Хьюго Беннингтоне консульство расширилось.", "Хьюго Беннингтон", "Хьюго", None, "Беннингтон"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_first_name_and_surname(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


def test_no_person_in_quotes():
    # a club named after a person, in quotes: no person mention
    assert person_parts("Игроки «Салавата Юлаева» обыграли «Трактор».") == []
