"""Session 40, family orgunits40 (w357): organizations the pipeline missed.

- A unit of a university or an institute named by the genitive of its field, where the tagger misread
  the field's case (entities/org_field_genitives.py, lexicons/org_field_genitive_units.txt), or by a
  hyphenated adjective of its field (entities/org_subunits.py): "кафедрой технологии хранения зерна",
  "историко-архивном факультете"; an infinitive the tagger ran into such a unit is cut off.
- An acronym no dictionary knows, the subject of a masculine past verb (entities/org_acronym_subjects.py):
  "НИИТФА завершил"; not "ВВП вырос".
- A bank's or a sports body's name led by a capitalized adjective inside a sentence
  (entities/org_adjective_banks.py, lexicons/org_adjective_led_heads.txt): "перед Верхнекамским
  земельным банком"; not "Российской федерации".
"""
import pytest

import rufacts


def _orgs(text):
    article = rufacts.extract(text)
    return {(text[m.start:m.stop], o.name) for o in article.organizations for m in o.mentions}


@pytest.mark.parametrize("text, mention, name", [
    ("Руководить кафедрой технологии хранения зерна позвали доцента из Омска.",
     "кафедрой технологии хранения зерна", "кафедра технологии хранения зерна"),
    ("Губернатор вручил лаборатории теоретической биофизики грант.",
     "лаборатории теоретической биофизики", "лаборатория теоретической биофизики"),
    ("Опыты ставили в лаборатории физико-химической биологии два года.",
     "лаборатории физико-химической биологии", "лаборатория физико-химической биологии"),
    ("Возглавить отдел теоретической физики пригласили молодого учёного.",
     "отдел теоретической физики", "отдел теоретической физики"),
    ("На историко-архивном факультете прошла конференция.",
     "историко-архивном факультете", "историко-архивный факультет"),
])
def test_unit_named_by_its_field(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text", [
    "Сотрудники лаборатории института отказались от комментариев.",
    "Он уже пять лет возглавляет кафедру и не думает уходить.",
])
def test_unit_without_a_field_is_no_name(text):
    assert not any(m.startswith(("лаборатори", "кафедр")) for m, _ in _orgs(text))


@pytest.mark.parametrize("text, acronym", [
    ("НИИТФА завершил поставку оборудования.", "НИИТФА"),
    ("В четверг ЦНИИКМ сообщил о создании нового композита.", "ЦНИИКМ"),
])
def test_unknown_acronym_subject(text, acronym):
    assert (acronym, acronym) in _orgs(text)


@pytest.mark.parametrize("text", [
    "ВВП вырос на два процента за квартал.",
    "ВЭФ стартовал во Владивостоке в среду.",
])
def test_known_abbreviation_or_event_is_no_body(text):
    assert not _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Перед Верхнекамским земельным банком у завода образовался долг.",
     "Верхнекамским земельным банком", "Верхнекамский земельный банк"),
    ("Вратарь обжаловал решение в Словенской федерации футбола.",
     "Словенской федерации футбола", "Словенская федерация футбола"),
    ("Иск подан Ливанским коммерческим банком в суд.",
     "Ливанским коммерческим банком", "Ливанский коммерческий банк"),
    ("Долг перед Камским коммерческим банком погашен.",
     "Камским коммерческим банком", "Камский коммерческий банк"),
])
def test_adjective_led_bank_or_federation(text, mention, name):
    assert (mention, name) in _orgs(text)


def test_country_is_no_federation():
    assert not any("федерац" in m for m, _ in _orgs("Закон действует на всей территории Российской федерации."))
