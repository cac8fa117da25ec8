"""A quoted organization name without a descriptor reads in the cases its clause slot allows
(entities/org_bare_slots.py): a word the analyzer reads only as an oblique form of something else
keeps its letters where the slot refuses that case; a quoted name after a work's noun is a title
(lexicons/work_title_heads.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name.strip("«»") for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Аналитики уверены, что «Росатом» выполнит контракт в срок.", "Росатом"),  # not Росат
    ("«Росатом» подписал соглашение с Узбекистаном.", "Росатом"),
    ("«Алроса» продала алмазы на 300 млн долларов.", "Алроса"),  # not Алрос
    ("По итогам года, как сообщила «Алроса», спрос упал.", "Алроса"),
    ("Тендер выиграли «Дамате», «Эфко» и «Астон».", "Дамате"),  # not Дамат: no locative without "в"
])
def test_slot_keeps_the_name_as_written(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Суд обязал «Победу» вернуть деньги за билеты.", "Победа"),  # an accusative still declines
    ("В прошлом сезоне «Спартаку» достался только кубок.", "Спартак"),
    ("Второе место уступил «Ростову» московский клуб.", "Ростов"),
    ("Торговый центр принадлежит «Икее» с 2005 года.", "Икея"),
    ("Акции «Ленты» упали на 4%.", "Лента"),
    ("На воткинском «Приборе» освоили выпуск станков.", "Прибор"),  # the adjective's locative
    ("В сарапульском «Моторе» сменился директор.", "Мотор"),
])
def test_oblique_slots_still_decline(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, title", [
    ("Сериал «Кухня» вернётся на экраны осенью.", "Кухня"),
    ("Программа «Время» впервые вышла в эфир в 1968 году.", "Время"),
])
def test_work_titles_are_no_organizations(text, title):
    assert title not in _orgs(text)


def test_owner_after_a_vehicle_noun_stays_an_organization():
    assert "Победа" in _orgs("Лайнер «Победы» приземлился в Сочи с опозданием.")


def test_subject_after_a_time_expression():
    assert "Алроса" in _orgs("В прошлом месяце «Алроса» сократила продажи алмазов.")


def test_later_list_member_takes_the_first_members_slot():
    orgs = _orgs("Инвесторы скупают акции «Делимобиля» и «Ситимобила».")
    assert {"Делимобиль", "Ситимобил"} <= orgs


def test_comma_run_of_two_clauses_is_no_list():
    assert "Росатом" in _orgs("По данным «Интерфакса», «Росатом» построит ещё два энергоблока.")


@pytest.mark.parametrize("text", [
    "Теперь «Росатом» отвечает и за атомный флот.",
    "При этом «Росатом» сохранил прежние сроки.",
])
def test_subject_after_an_adverb_or_connective(text):
    assert "Росатом" in _orgs(text)
