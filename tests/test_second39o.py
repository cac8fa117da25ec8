"""Session 39, family second39o (w351): an indeclinable attributive word written apart between an
adjective and the head noun of a name (lexicons/org_attributive_words.txt: "медиа", "интернет",
"бизнес", "шоу") leaves the noun after it the head: the adjective agrees with that noun and both are
put in the nominative, the word stands as written (entities/org_attributive_words.py)."""
import pytest

import rufacts
from rufacts.entities.normal import normalize_words
from rufacts.grammars.morph import get_morph


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Сделку одобрили акционеры «Поморской медиа группы».", "Поморская медиа группа"),
    ("Суд взыскал с «Амурского интернет холдинга» два миллиона рублей.", "Амурский интернет холдинг"),
    ("Экологи подали иск к «Невскому бизнес парку».", "Невский бизнес парк"),
    ("Лицензию получило «Звёздное шоу агентство».", "Звёздное шоу агентство"),
])
def test_attributive_word_in_a_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("words, nominative", [
    (["Курганской", "медиа", "компанией"], ["Курганская", "медиа", "компания"]),
    (["Северному", "интернет", "агентству"], ["Северное", "интернет", "агентство"]),
    (["Первым", "фитнес", "клубом"], ["Первый", "фитнес", "клуб"]),
])
def test_attributive_word_normal_form(words, nominative):
    assert normalize_words(get_morph(), words) == nominative


@pytest.mark.parametrize("words, nominative", [
    (["Казанского", "университета"], ["Казанский", "университет"]),  # no attributive word: as before
    (["Первого", "канала"], ["Первый", "канал"]),
])
def test_names_without_attributive_word(words, nominative):
    assert normalize_words(get_morph(), words) == nominative


@pytest.mark.parametrize("text, name", [
    ("Дистиллерия «Олд Кэрн» выпустила партию односолодового виски.", "Олд Кэрн"),
    ("На винокурне «Лох Рэйвен» сменился управляющий.", "Лох Рэйвен"),
    ("Ветераны эскадрильи «Беркуты» собрались на аэродроме.", "Беркуты"),
    ("Полк «Северные соколы» получил новые вертолёты.", "Северные соколы"),
])
def test_quoted_name_after_a_kind_noun(text, name):
    """lexicons/org_descriptors.txt ("винокурня", "дистиллерия") and org_quoted_heads.txt (a military
    unit's noun before its quoted name: "полк", "эскадрилья", "батальон")."""
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Литовский SEB первым в стране отменил комиссию.", "SEB"),
    ("Финский OP первым запустил оплату по лицу.", "OP"),
])
def test_latin_word_after_a_country_adjective(text, name):
    """entities/org_latin_after_place.py: a Latin word the tagger passed by after a country's adjective."""
    assert name in _orgs(text)


def test_latin_word_after_a_noun_stays():
    assert "Ethernet" not in _orgs("Сетевой кабель поддерживает стандарт Ethernet.")


@pytest.mark.parametrize("text, name", [
    ("Адвокаты обжаловали решение Окружного суда США по Северному округу Иллинойса.",
     "Окружной суд США по Северному округу Иллинойса"),
    ("Обвинение предъявлено прокуратурой США по Западному округу Техаса.",
     "прокуратура США по Западному округу Техаса"),
])
def test_district_after_a_body(text, name):
    """entities/org_district_scopes.py: "по <adjective> округу <place>" closes a body's name."""
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Студентов лечебного факультета отправили на практику в районные больницы.", "лечебный факультет"),
    ("На строительном факультете открыли новую лабораторию бетонов.", "строительный факультет"),
])
def test_field_adjective_without_ski_ending(text, name):
    """lexicons/org_field_adjectives.txt: a field's adjective that does not end in -ский names a unit."""
    assert name in _orgs(text)


def test_quality_adjective_names_no_unit():
    assert not any("факультет" in n for n in _orgs("На новом факультете открыли лабораторию."))


@pytest.mark.parametrize("text, name", [
    ("Заведующая отделением гнойной хирургии рассказала о новом методе лечения.", "отделение гнойной хирургии"),
    ("Врачи отделения реанимации и интенсивной терапии спасли пострадавшего.",
     "отделение реанимации и интенсивной терапии"),
    ("В отделении патологии новорождённых установили новые кувезы.", "отделение патологии новорождённых"),
])
def test_hospital_ward_by_its_field(text, name):
    """entities/org_ward_units.py: "отделение" and the genitive words of its medical field."""
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "В отделении банка выстроилась очередь из пенсионеров.",
    "Посылку отправили через отделение связи на соседней улице.",
])
def test_ward_without_a_field_is_none(text):
    assert not any(n.startswith("отделени") for n in _orgs(text))
