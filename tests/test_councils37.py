"""Session 37, family councils37 (w330): councils, federations and companies named by their words.

- A body of a capitalized name and its "по" remit the tagger missed or cut at "по"
  (entities/org_capital_remits.py): "Всемирный совет по ... и ...", "Всемирному совету по ...
  пришлось", a sport's fixed phrase after the remit ("по гребле на байдарках"); a lower-case
  adjective before the capital describes the body; no head inside a quoted title.
- A remit goes on over "с"/"за" and its instrumental only after a noun that governs it
  (lexicons/remit_governed.tsv through org_topic_tails.governs_with): "по защите студентов" + "с
  просьбой" is the sentence's.
- A remit's object takes in the seat after it (org_remit_objects): "... государственными активами" +
  "при Кабинете министров Узбекистана".
- A place's adjective and a trade's adjectives before a company noun name the company at a sentence's
  start too (entities/org_place_companies.py), not before a name ("корпорация «...»"), not with a
  quality's adjective.
- A quoted name opening the sentence before a participle's or "который" clause between commas takes
  the verb after the clause (entities/org_quoted_clauses.py)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Как сообщил Всемирный совет по путешествиям и туризму, спрос на поездки восстановился.",
     "Всемирный совет по путешествиям и туризму"),
    ("Всемирному совету по образованию и науке пришлось перенести саммит.",
     "Всемирный совет по образованию и науке"),
    ("Глобальному совету по энергетике и климату пришлось пересмотреть доклад.",
     "Глобальный совет по энергетике и климату"),
])
def test_a_capitalized_body_takes_its_remit(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Эксперты Азиатской федерации по гребле на байдарках проверили канал.",
     "Азиатская федерация по гребле на байдарках"),
    ("Делегация Европейской федерации по хоккею на льду прибыла в Ригу.", "Европейская федерация по хоккею на льду"),
])
def test_a_sport_phrase_after_the_remit_stays_in_the_name(text, name):
    assert name in _orgs(text)


def test_a_lower_case_adjective_before_the_capital_stays_out():
    orgs = _orgs("Он руководил работой авторитетного Комитета по бюджетной политике три года.")
    assert "Комитет по бюджетной политике" in orgs


def test_no_body_inside_a_quoted_title():
    orgs = _orgs("Вступил в силу закон «Об изменениях в акты Российской Федерации по вопросам лицензирования».")
    assert not any("Федерация по" in o for o in orgs)


@pytest.mark.parametrize("text, name, wrong", [
    ("Студенты обратились в Комитет по защите студентов с просьбой о проверке.", "Комитет по защите студентов", "просьбой"),
    ("Активисты обратились в Комитет по защите прав водителей с жалобой на штрафы.",
     "Комитет по защите прав водителей", "жалобой"),
])
def test_a_request_after_the_remit_is_no_part_of_it(text, name, wrong):
    orgs = _orgs(text)
    assert name in orgs
    assert not any(wrong in o for o in orgs)


def test_a_governed_instrumental_stays_in_the_remit():
    assert "Агентство по борьбе с серьёзной преступностью" in _orgs(
        "Дело расследуется Агентством по борьбе с серьёзной преступностью уже год.")


def test_a_seat_after_the_remits_object_stays_in_the_name():
    name = "Комиссия по надзору и управлению государственными активами при Кабинете министров Узбекистана"
    assert name in _orgs(
        "Комиссия по надзору и управлению государственными активами при Кабинете министров Узбекистана одобрила продажу.")


@pytest.mark.parametrize("text, name", [
    ("Саудовская горнодобывающая компания объявила о выпуске облигаций.", "Саудовская горнодобывающая компания"),
    ("Египетская электрическая холдинговая компания получила кредит.", "Египетская электрическая холдинговая компания"),
    ("Израильская авиационная промышленная корпорация показала новый беспилотник.",
     "Израильская авиационная промышленная корпорация"),
])
def test_a_place_and_trade_company_at_a_sentence_start(text, name):
    assert name in _orgs(text)


def test_a_described_company_before_its_name_is_its_descriptor():
    orgs = _orgs("Японская электронная корпорация «Тосиба» сократила штат.")
    assert "Тосиба" in orgs
    assert "Японская электронная корпорация" not in orgs


@pytest.mark.parametrize("text", [
    "Американская крупная компания отчиталась о прибыли.",
    "Британская японская компания отчиталась о прибыли.",
])
def test_a_quality_or_a_second_place_makes_no_company_name(text):
    assert not any("компания" in o for o in _orgs(text))


@pytest.mark.parametrize("text, name", [
    ("«Юристы за права человека», объединяющие адвокатов из разных стран, опубликовали доклад.",
     "Юристы за права человека"),
    ("«Лесной дозор», который следит за вырубками, опубликовал карту.", "Лесной дозор"),
])
def test_a_quoted_opener_before_a_describing_clause(text, name):
    assert name in _orgs(text)


def test_a_film_before_a_describing_clause_stays_out():
    assert "Тихий омут" not in _orgs("«Тихий омут», снятый в прошлом году, вышел в прокат.")
