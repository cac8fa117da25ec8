"""Organization extents (second look at names-blind-27): a regional body's remit of two nouns
joined by "и" before its place (rufacts.entities.orgs), no "с ..." after a place in a "по" remit
(rufacts.entities.bodies), a military unit numbered by a digit ordinal (rufacts.entities.org_numbered,
rufacts.entities.normal), a city glued before a name (rufacts.entities.org_verb_edges), a
branch's territory after a unit noun ("пресс-службы ГУ МВД России по ... области", rufacts.entities.bodies)."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


@pytest.mark.parametrize("text, mention", [
    ("Представители министерства образования и науки Пензенской области проверили школу.",
     "министерства образования и науки Пензенской области"),
    ("Жалобу направили в департамент строительства и ЖКХ Тюменской области.",
     "департамент строительства и ЖКХ Тюменской области"),
    ("В комитете культуры и туризма Ленинградской области рассказали о планах.",
     "комитете культуры и туризма Ленинградской области"),
])
def test_remit_of_two_before_place(text, mention):
    assert mention in _orgs(text)


@pytest.mark.parametrize("text, mention", [
    ("Соседи обратились в УМВД России по Кировскому району с жалобой на шум.",
     "УМВД России по Кировскому району"),
])
def test_no_with_after_place(text, mention):
    orgs = _orgs(text)
    assert mention in orgs and not any(m.startswith(mention + " с") for m in orgs)


@pytest.mark.parametrize("text, mention, name", [
    ("Ветераны 1145-го мотострелкового полка встретились в Чебаркуле.",
     "1145-го мотострелкового полка", "1145-й мотострелковый полк"),
    ("В 7-м отдельном танковом полку прошли учения.",
     "7-м отдельном танковом полку", "7-й отдельный танковый полк"),
])
def test_numbered_regiment(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_shelf_is_no_regiment():
    assert not _orgs("Папки лежали на 2-й полке шкафа.")


def test_city_before_name_stays_out():
    orgs = _orgs("В 1941 году эвакуировали в Омск Государственный исторический музей.")
    assert "Государственный исторический музей" in orgs
    assert not any(m.startswith("Омск") for m in orgs)


def test_branch_territory_after_press_service():
    orgs = _orgs("Об этом сообщила пресс-служба ГУ МЧС России по Ростовской области.")
    assert "ГУ МЧС России по Ростовской области" in orgs
