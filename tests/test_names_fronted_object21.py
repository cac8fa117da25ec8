"""A name right before a plural verb that governs the accusative is the verb's object put first
(entities/name_case_cues.py, object_before_verb), real pipeline, own sentences: "депутаты Бабуру не
поддержали" is of Бабура (the accusative), not the dative of a Бабур; a singular name is no subject
of a plural verb."""
import pytest

from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Кандидатуру предложил мэр, однако депутаты Бабуру не поддержали.", "Бабура", None, None, "Бабура"),
    ("Совет рекомендовал кандидата, но акционеры Цыбулю не поддержали.", "Цыбуля", None, None, "Цыбуля"),
    # (a surname the dictionary reads in -ук stays: the accusative of Ковальчук)
    ("Кандидатуру внёс президент, однако депутаты Ковальчука поддержали.", "Ковальчук", None, None, "Ковальчук"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_fronted_object(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
