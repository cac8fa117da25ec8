"""Organizations named by their type word, unquoted (entities/org_subunits.py, lexicons/body_heads.txt,
remit_body_heads.txt, org_descriptors.txt, org_field_units.txt, institution_nouns.txt): a unit of an
institution named by its field, in lower case as written; a regional executive of Central Asia with
its region; adjectives and a type noun in an oblique case, whole and in the nominative; a university
stops before its city."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Профессор кафедры теории государства Анна Грошева выступила с лекцией.", "кафедра теории государства"),
    ("На факультете прикладной физики открыли новый компьютерный класс.", "факультет прикладной физики"),
    ("Сотрудники лаборатории вычислительной биологии опубликовали статью в Nature.",
     "лаборатория вычислительной биологии"),
])
def test_a_unit_named_by_its_genitive_field(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Абитуриенты юридического факультета сдали вступительные экзамены.", "юридический факультет"),
    ("Декан филологического факультета поздравил выпускников.", "филологический факультет"),
])
def test_a_unit_named_by_its_field_adjective(text, name):
    assert name in _orgs(text)


def test_no_unit_without_a_field_adjective():
    assert not any("факультет" in n for n in _orgs("Студенты нового факультета пришли на лекцию."))


def test_no_unit_named_by_its_owners_common_noun():
    assert not any("кафедр" in n for n in _orgs("Сотрудники кафедры университета получили премии."))


@pytest.mark.parametrize("text, name", [
    ("Заявление передано в следственный отдел по Заводскому району.", "следственный отдел по Заводскому району"),
    ("Сотрудники отдела по вопросам миграции проверили общежитие.", "отдел по вопросам миграции"),
])
def test_a_unit_named_by_its_remit(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Проект дороги одобрен акиматом Акмолинской области.", "акимат Акмолинской области"),
    ("Пресс-служба акимата Кызылординской области сообщила о паводке.", "акимат Кызылординской области"),
    ("Хокимият Андижанской области выделил участок под застройку.", "Хокимият Андижанской области"),
    ("Руководитель аппарата акима Атырауской области ушёл в отставку.", "аппарат акима Атырауской области"),
])
def test_a_central_asian_executive_with_its_region(text, name):
    assert name in _orgs(text)


def test_a_bound_institution_after_a_thing_of_it():
    assert "Ванинский морской торговый порт" in _orgs(
        "Грузооборот Ванинского морского торгового порта сократился на 5%.")


def test_a_price_is_no_remit():
    names = _orgs("Уголь закуплен Сибирской угольной энергетической компанией по рыночной цене.")
    assert "Сибирская угольная энергетическая компания" in names
