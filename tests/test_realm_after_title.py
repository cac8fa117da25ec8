"""A realm after a royal title is a place, no given name ("королеве Дании" was a person Дания);
a given name after the title stays a person (name_honorifics.see_genitive)."""
from __future__ import annotations

import pytest


def _names(pipeline, text):
    record = pipeline.extract(text).as_json()
    return ({e["name"] for e in record["persons"]}, {e["name"] for e in record["locations"]})


@pytest.mark.parametrize("text, place", [
    ("Послы вручили верительные грамоты королеве Дании в понедельник.", "Дания"),
    ("О королеве Дании снова пишут газеты.", "Дания"),
    ("Министр направил поздравление королю Швеции.", "Швеция"),
])
def test_a_realm_after_a_title_is_a_place(pipeline, text, place):
    persons, places = _names(pipeline, text)
    assert place in places and place not in persons, (persons, places)


@pytest.mark.parametrize("text, person", [
    ("Посол передал послание королю Норвегии Харальду.", "Харальд"),
    ("Букет передали королеве Марии после концерта.", "Мария"),
    ("Портрет королевы Виктории ушёл с молотка.", "Виктория"),
])
def test_a_given_name_after_a_title_stays_a_person(pipeline, text, person):
    persons, _ = _names(pipeline, text)
    assert person in persons, persons
