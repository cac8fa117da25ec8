"""Organization names of foreign shape (family foreignorgs34): Nordic, Malaysian and Central Asian
legal forms (lexicons/legal_forms.txt, entities/org_legal_leads.py), hyphenated Turkic names
(lexicons/org_turkic_words.txt, entities/org_turkic_names.py), acronyms of international bodies
(lexicons/name_types.tsv), a country's adjective before a foreign body's acronym
(entities/org_place_acronyms.py) and Latin names after a participle or a verb of winning a tender
(entities/org_latin_cues.py)."""
import pytest

import rufacts
from rufacts.evaluation.names import _bare


def _orgs(text):
    return {m.text: o.name for o in rufacts.extract(text).organizations for m in o.mentions}


@pytest.mark.parametrize("name, bare", [
    ("Eimskip hf", "Eimskip"),
    ("Icelandair Group hf.", "Icelandair Group"),
    ("Bakkafrost P/F", "Bakkafrost"),
    ("Genting Plantations Sdn. Bhd.", "Genting Plantations"),
    ("Fortescue Pty Ltd", "Fortescue"),
    ("ОсОО «Тоо-Кен»", "Тоо-Кен"),
])
def test_foreign_legal_forms_are_left_out_of_the_bare_name(name, bare):
    assert _bare(name) == bare


def test_an_icelandic_company_with_its_form_is_found():
    orgs = _orgs("Рыбу для завода поставляет Eimskip hf.")
    assert _bare(orgs.get("Eimskip hf")) == "Eimskip"


@pytest.mark.parametrize("text, mention", [
    ("Дорогу до перевала ремонтирует ОсОО «Кой-Таш Курулуш».", "ОсОО «Кой-Таш Курулуш»"),
    ("Лучший урожай хлопка собрало ФХ «Гул-Бахор».", "ФХ «Гул-Бахор»"),
    ("Прогноз погоды дало РГП «Казгидромет».", "РГП «Казгидромет»"),
])
def test_a_central_asian_legal_form_joins_its_quoted_name(text, mention):
    assert mention in _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Договор с «Ак-Ордой» расторгнут досрочно.", "Ак-Ордой", "Ак-Орда"),
    ("Руководство «Сары-Жайлоо» сменилось весной.", "Сары-Жайлоо", "Сары-Жайлоо"),
    ("По словам главы «Кок-Арта», цены вырастут.", "Кок-Арта", "Кок-Арт"),
])
def test_a_turkic_hyphenated_name_keeps_its_own_ending(text, mention, name):
    assert _orgs(text).get(mention) == name


@pytest.mark.parametrize("text, mention", [
    ("Гербарий передан в распоряжение ИКРИСАТ.", "ИКРИСАТ"),
    ("Прогноз ЮНКТАД оказался пессимистичным.", "ЮНКТАД"),
    ("Учёные ИИТА испытали новый сорт маниоки.", "ИИТА"),
])
def test_an_international_body_acronym_in_an_oblique_slot(text, mention):
    assert _orgs(text).get(mention) == mention


@pytest.mark.parametrize("text, acronym", [
    ("Чилийская КУТ назначила всеобщую стачку на вторник.", "КУТ"),
    ("Требования уругвайской ПИТ поддержали водители.", "ПИТ"),
])
def test_a_country_adjective_is_no_part_of_a_foreign_acronym(text, acronym):
    names = set(_orgs(text).values())
    assert acronym in names and not any(n != acronym and acronym in n for n in names)


def test_a_russian_body_keeps_its_place():
    assert _orgs("Глава японского МИДа отказался от комментариев.").get("японского МИДа") == "МИД Японии"
    assert _orgs("Омское УФАС оштрафовало застройщика.").get("Омское УФАС") == "Омское УФАС"


@pytest.mark.parametrize("text, name", [
    ("Госзаказ на мост получила Daewoo Engineering.", "Daewoo Engineering"),
    ("Терминал построит отобранная по итогам торгов Scania Logistics.", "Scania Logistics"),
])
def test_a_latin_name_after_a_participle_or_a_won_tender(text, name):
    assert name in set(_orgs(text).values())


def test_a_prize_won_is_no_tender():
    assert not _orgs("Главный приз фестиваля получила Maria Lopez.")
