"""Quoted organization names in oblique slots no preposition governs: a dative opening its sentence
before an impersonal verb of an obligation, a success or a lack is an organization
(entities/org_quoted_receivers.py, lexicons/org_impersonal_verbs.txt), a ship named after a person
is none; a brand and its descriptor both in the genitive go to the nominative ("«Почты Банка»" ->
Почта Банк, entities/org_frozen_names.descriptor_pair); a frozen pair's genitive plural second word
stays as written ("«Магнит Косметик»"); a party's votes and seats take its name in the genitive
(lexicons/org_slot_nouns.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name.strip("«»") for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("«Белой даче» пришлось отказаться от экспорта салатов в Казахстан.", "Белая дача"),
    ("«Детскому миру» придётся закрыть ещё двадцать точек.", "Детский мир"),
    ("«Золотой рыбке» не удалось отстоять товарный знак в суде.", "Золотая рыбка"),
    ("«Красному пролетарию» предстоит переехать за МКАД.", "Красный пролетарий"),
])
def test_dative_before_impersonal_verb_is_an_organization(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, title", [
    ("«Адмиралу Нахимову» пришлось вернуться в Севастополь из-за шторма.", "Адмирал Нахимов"),
    ("«Ивану Крузенштерну» предстоит долгий переход через Атлантику.", "Иван Крузенштерн"),
])
def test_ship_named_after_a_person_stays_out(text, title):
    orgs = _orgs(text)
    assert title not in orgs and not any("Нахимов" in o or "Крузенштерн" in o for o in orgs)


@pytest.mark.parametrize("text, title", [
    ("«Спящей красавице» пришлось уступить сцену новой опере.", "Спящая красавица"),  # a title cue near
    ("«Славянскому базару» грозит перенос на осень.", "Славянский базар"),  # a threat: no act of its own
    ("«Северному потоку» предстоит долгий ремонт.", "Северный поток"),  # no act's infinitive
])
def test_works_events_and_things_stay_out(text, title):
    assert title not in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Вкладчики «Почты Банка» выстроились в очередь у отделения.", "Почта Банк"),
    ("Аналитики повысили прогноз по бумагам «Почты Банка».", "Почта Банк"),
])
def test_brand_and_descriptor_in_the_genitive(text, name):
    assert name in _orgs(text)


def test_frozen_pair_with_plural_genitive_second_word_stays():
    orgs = _orgs("Покупатели «Магнит Косметик» жалуются на очереди у касс.")
    assert "Магнит Косметик" in orgs and "Магнит Косметики" not in orgs


def test_party_votes_take_its_name():
    assert "Новые люди" in _orgs("Мандаты «Новых людей» распределили между тремя кандидатами.")
