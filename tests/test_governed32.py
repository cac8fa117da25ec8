"""A lone surname in a dative or instrumental slot that a noun or "по" governs
(entities/name_lone_oblique.surname_after_po, name_lone_governed.verb_object_surname with
lexicons/name_dative_nouns.txt, name_dative_cues.dative_noun_before, name_lead_words' sentence-initial
thing noun, name_lone_adjectival.place_read_as_surname after a noun): found as a person, in the
nominative a reader writes, and no place or common noun after "по" made a person."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Инфляция, по Абалкину, в этом году неизбежна.", "Абалкин"),
    ("По Лыткиной, выставку посетили сорок тысяч человек.", "Лыткина"),
])
def test_according_to_surname_after_po(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "Туристы гуляли по Ростову, Пскову и Саратову.",
    "Колонна прошла по Тверской, затем по Никольской.",
    "Маршрут проходит по Кутузовскому.",
])
def test_places_after_po_stay_no_persons(text):
    assert not _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Выговор Травину объявил директор завода.", "Травин"),
    ("Замечание Лапину сделали на планёрке.", "Лапин"),
])
def test_surname_of_a_common_noun_after_a_dative_noun(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Упрёк Гусеву адресовали сразу несколько депутатов.", "Гусев"),
    ("Претензию Шевчуку высказал тренер сборной.", "Шевчук"),
])
def test_sentence_initial_thing_noun_is_no_first_name(text, name):
    assert _persons(text) == {name}


def test_adjectival_surname_in_a_dative_after_a_noun():
    assert "Широкий" in _persons("Руководство отделом Широкому доверили в июне.")


def test_genitive_adjective_after_a_noun_stays_a_place():
    assert not _persons("Жители Жуковского вышли на пикет.")
