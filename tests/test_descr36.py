"""Session 36, family descr36 (w321): organizations named by a descriptive phrase keep the whole
phrase, in every case: a legislature's own name in brackets (entities/org_legislatures.py,
org_name_extent.py, org_bracketed_adjectives.py), one jurisdiction of two places
(lexicons/joint_jurisdictions.txt, entities/regions.py), a remit's "с" object (org_remit_objects.py),
a "по" complement that stops at its place (bodies.py), a town's executive by its type
(org_town_executives.py), coordinated adjectives before an institution noun
(org_bracketed_adjectives.bracketed_before), a place's branch named by its owner's acronym
(org_place_acronyms.branch_acronym) and a centralised library system (institution_nouns.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Законопроект о языках поступил в Народный Хурал (Парламент) Республики Бурятия.",
     "Народный Хурал (Парламент) Республики Бурятия"),
    ("Отчёт представлен Верховному Хуралу (Парламенту) Республики Тыва в среду.",
     "Верховный Хурал (Парламент) Республики Тыва"),
    ("Председатель Государственного Совета (Хасэ) Республики Адыгея провёл приём граждан.",
     "Государственный Совет (Хасэ) Республики Адыгея"),
])
def test_a_legislatures_bracketed_own_name_and_its_republic_are_in_the_name(text, name):
    assert name in _orgs(text)


def test_an_acronym_in_brackets_is_still_no_own_name():
    assert "Государственная Дума" in _orgs("Депутаты Государственной Думы (ГД) обсудили поправки.")


@pytest.mark.parametrize("text, name", [
    ("Решение вынес Высокий суд Англии и Уэльса.", "Высокий суд Англии и Уэльса"),
    ("Жалобу рассмотрит Верховный суд Тринидада и Тобаго.", "Верховный суд Тринидада и Тобаго"),
])
def test_one_jurisdiction_of_two_places_stays_in_the_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Эксперты Центра сотрудничества с государствами Персидского залива подготовили обзор.",
     "Центр сотрудничества с государствами Персидского залива"),
    ("Глава Комитета по торговому сотрудничеству с Казахстаном посетил выставку.",
     "Комитет по торговому сотрудничеству с Казахстаном"),
])
def test_a_remits_object_after_with_is_in_the_name(text, name):
    assert name in _orgs(text)


def test_a_second_with_phrase_is_no_part_of_the_remit():
    orgs = _orgs("Жители пришли в Отдел по работе с обращениями граждан с жалобой на шум.")
    assert "Отдел по работе с обращениями граждан" in orgs


def test_a_po_complement_stops_at_its_place():
    orgs = _orgs("Без согласования Управления Росреестра по Тамбовской области сделки регистрировать нельзя.")
    assert "Управление Росреестра по Тамбовской области" in orgs


@pytest.mark.parametrize("text, name", [
    ("Жалобы горожан разбирают сотрудники примэрии Сорок.", "примэрия Сорок"),
    ("В мэрии Кишинэу утвердили новые тарифы.", "мэрия Кишинэу"),
])
def test_a_town_executive_keeps_its_type_and_town(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Экспонаты передали Ярославскому историко-архитектурному и художественному музею-заповеднику.",
     "Ярославский историко-архитектурный и художественный музей-заповедник"),
    ("Студенты стажируются в Томском научном и образовательном центре.", "Томский научный и образовательный центр"),
])
def test_coordinated_adjectives_before_an_institution_are_one_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Экспедицию организовали активисты Пермского регионального отделения РГО.", "Пермское региональное отделение РГО"),
    ("Брянское региональное отделение ВОИ провело турнир по шашкам.", "Брянское региональное отделение ВОИ"),
])
def test_a_regional_branch_keeps_its_owners_acronym_in_its_name(text, name):
    assert name in _orgs(text)


def test_a_centralised_library_system_is_an_institution():
    assert "Курганская централизованная библиотечная система" in _orgs(
        "Фонды Курганской централизованной библиотечной системы пополнились.")


def test_a_banking_system_is_no_institution():
    assert not any("система" in n for n in _orgs("Российская банковская система выдержала санкции."))
