"""Long official names whose tails the pipeline cut or whose pieces it split (session 33): a
mission's place ("Посольство Японии" + "в Москве", entities/org_place_tail.py), a commission's or
an agency's "для" phrase after its owner ("Экономическая комиссия ООН" + "для Африки",
entities/org_remit_tails.py), a foundation's second founder after "и" and a foundation named by
its founder alone that the tagger missed (entities/org_owned_heads.py), a ministry's stump with an
inner stem before its genitive ("с Минвостокразвития", entities/normal.py), and a technology's Latin
name that no slot makes an organization (entities/org_latin_slots.py)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Ноту вручили Посольству Японии в Москве.", "Посольство Японии в Москве"),
    ("Посольство Франции в Мали эвакуировано.", "Посольство Франции в Мали"),
    ("Постоянное представительство Украины в Женеве распространило заявление.",
     "Постоянное представительство Украины в Женеве"),
])
def test_a_mission_keeps_the_place_it_serves(text, name):
    assert name in _orgs(text)


def test_a_mission_before_a_time_keeps_no_time():
    assert _orgs("Посольство Германии в понедельник закрыто.") == {"Посольство Германии"}


@pytest.mark.parametrize("text, name", [
    ("Доклад опубликовала Экономическая комиссия ООН для Африки.", "Экономическая комиссия ООН для Африки"),
    ("Сотрудники Ближневосточного агентства ООН для помощи палестинским беженцам эвакуированы.",
     "Ближневосточное агентство ООН для помощи палестинским беженцам"),
])
def test_a_commission_of_an_owner_keeps_its_purpose(text, name):
    orgs = _orgs(text)
    assert name in orgs
    assert "ООН для" not in orgs


def test_a_programme_for_a_country_is_no_name():
    assert "Программа ООН" in _orgs("Программа ООН для Сирии получила новые средства.")


@pytest.mark.parametrize("text, name", [
    ("Вакцины для Африки оплачены Фондом Билла и Мелинды Гейтс.", "Фонд Билла и Мелинды Гейтс"),
    ("Стипендии учредил Фонд Джона и Кэтрин Макартуров.", "Фонд Джона и Кэтрин Макартуров"),
])
def test_a_foundation_keeps_its_second_founder(text, name):
    assert name in _orgs(text)


def test_a_subject_after_and_is_no_founder():
    assert _orgs("Деньги выделил Фонд Потанина, и Геннадий Тимченко это подтвердил.") == {"Фонд Потанина"}


def test_a_foundation_named_by_its_founder_alone():
    assert "Фонд Сахарова" in _orgs("Архив Фонда Сахарова пополнился.")


@pytest.mark.parametrize("text", [
    "Гостиница подключила все номера к беспроводной сети Wi-Fi.",
    "Часы соединяются с телефоном по Bluetooth.",
])
def test_a_technology_is_no_organization(text):
    assert not _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Соглашение с Минвостокразвития подписали в Хабаровске.", "Минвостокразвития"),
    ("Глава Минвостокразвития посетил Сахалин.", "Минвостокразвития"),
    ("Средства выделены Минпромторгом.", "Минпромторг"),
])
def test_a_ministry_stump_with_an_inner_stem_stands_as_written(text, name):
    assert name in _orgs(text)
