"""Lead's small mends of session 37, each with sentences of our own."""
from __future__ import annotations

import pytest


def _person(pipeline, text):
    record = pipeline.extract(text).as_json()
    return {(e["name"], e["first"], e["last"]) for e in record["persons"]}


@pytest.mark.parametrize("text, name, first, last", [
    # Gordon is a given name of the English-speaking press (lexicons/name_foreign_first_names.tsv):
    # not a surname put first before a one-syllable given name
    ("Грант фонда достался Гордону Киту из Эдинбурга.", "Гордон Кит", "Гордон", "Кит"),
    ("Совет директоров поблагодарил Гордона Кита за годы работы.", "Гордон Кит", "Гордон", "Кит"),
    # the surname Гордон after a Russian given name stands
    ("Телеведущий Александр Гордон открыл новый сезон.", "Александр Гордон", "Александр", "Гордон"),
    # and alone after an office it stays the surname
    ("Интервью с режиссёром Гордоном вышло вчера.", "Гордон", None, "Гордон"),
    ("Премьер Уилсон подал в отставку.", "Уилсон", None, "Уилсон"),
])
def test_gordon_is_a_given_name_first(pipeline, text, name, first, last):
    assert (name, first, last) in _person(pipeline, text)


@pytest.mark.parametrize("text, org", [
    # an international of parties is a body (lexicons/name_types.tsv), not a place the tagger read
    ("Лейбористы вышли из Социнтерна ещё в 2013 году.", "Социнтерн"),
    ("Съезд Социнтерна пройдёт в Лиссабоне.", "Социнтерн"),
])
def test_an_international_is_an_organization(pipeline, text, org):
    record = pipeline.extract(text).as_json()
    assert org in {e["name"] for e in record["organizations"]}
    assert org not in {e["name"] for e in record["locations"]}
