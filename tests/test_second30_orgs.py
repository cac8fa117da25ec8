"""Organizations (second look at names-blind-30): a kind's abbreviation after a place's adjective
(rufacts.entities.geo), a national park's quoted name (rufacts.entities.quoted), an exchange named by
its city (lexicons/institution_nouns.txt), the region after a list tail (rufacts.entities.org_list_tails)
and an indeclinable region of two words (rufacts.entities.orgs), the members' plural noun of a named
body (rufacts.entities.orgs.split_descriptor), "для" after a body and its place
(rufacts.entities.org_field_tails), a ministry's short name in a plural genitive
(rufacts.entities.normal), an owner after a quoted name (rufacts.entities.bodies), an unknown word
in "-ию" (rufacts.entities.org_quoted_forms), a bank hyphenated after a person's name
(rufacts.entities.org_persons), nested quotes (rufacts.entities.quotes)."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


def _persons(text):
    return {m["text"]: p["name"] for p in rufacts.extract(text).as_json()["persons"] for m in p["mentions"]}


@pytest.mark.parametrize("text, name", [
    ("На воронежском РКЦ «Химавтоматика» испытали новый двигатель.", "Химавтоматика"),
    ("Инженеры РКК «Орбита» подписали контракт.", "Орбита"),
])
def test_kind_abbreviation(text, name):
    assert name in _orgs(text).values()


@pytest.mark.parametrize("text, name", [
    ("Про Национальный парк «Таганай» сняли фильм.", "Таганай"),
    ("О Национальном парке «Кенозерский» написали в журнале.", "Кенозерский"),
])
def test_national_park_quoted(text, name):
    assert name in _orgs(text).values()


def test_park_without_kind_is_no_body():
    assert "Сокольники" not in _orgs("В парке «Сокольники» открыли новую площадку.").values()


@pytest.mark.parametrize("text, name", [
    ("Эмитент выбрал Франкфуртскую биржу для размещения.", "Франкфуртская биржа"),
    ("Бумаги подорожали на Шанхайской бирже.", "Шанхайская биржа"),
])
def test_exchange_by_city(text, name):
    assert name in _orgs(text).values()


@pytest.mark.parametrize("text, mention, name", [
    ("Документ подписан руководством Министерства спорта, туризма и молодёжной политики Удмуртской Республики.",
     "Министерства спорта, туризма и молодёжной политики Удмуртской Республики",
     "Министерство спорта, туризма и молодёжной политики Удмуртской Республики"),
    ("Заявку проверили в Министерстве лесного хозяйства, охраны окружающей среды и природопользования Самарской "
     "области.", "Министерстве лесного хозяйства, охраны окружающей среды и природопользования Самарской области",
     "Министерство лесного хозяйства, охраны окружающей среды и природопользования Самарской области"),
    ("Губернатор поддержал Ассоциацию перевозчиков Коми в споре о тарифах.", "Ассоциацию перевозчиков Коми",
     "Ассоциация перевозчиков Коми"),
    ("Мэр наградил Союз ветеранов Марий Эл грамотой.", "Союз ветеранов Марий Эл", "Союз ветеранов Марий Эл"),
])
def test_region_after_name(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_for_after_body_and_place():
    orgs = _orgs("Кредит выдали в Банке Камбоджи для сельского развития.")
    assert orgs.get("Банке Камбоджи для сельского развития") == "Банк Камбоджи для сельского развития"


@pytest.mark.parametrize("text, name", [
    ("Минкурортов Карелии объявило конкурс.", "Минкурортов Карелии"),
    ("Представители Минстроя провели проверку.", "Минстрой"),
    ("Эксперты Минприроды провели проверку.", "Минприроды"),
])
def test_ministry_short_names(text, name):
    assert name in _orgs(text).values()


def test_owner_after_quoted_name_is_a_body_of_its_own():
    orgs = _orgs("Договор подписало ФГУП «Ремонтный завод» Росгвардии.")
    assert orgs.get("ФГУП «Ремонтный завод»") == "ФГУП «Ремонтный завод»"
    assert "Росгвардии" in orgs


def test_unknown_name_in_iyu():
    assert "Кориантия" in _orgs("Инвесторы оценили «Кориантию» в миллиард рублей.").values()


def test_bank_after_founder():
    text = "Созданный Петром Авеновым Восток-банк открыл офис в Казани."
    assert "Восток-банк" in _orgs(text).values()
    assert "Пётр Авенов" in _persons(text).values() or "Петр Авенов" in _persons(text).values()


@pytest.mark.parametrize("text, name", [
    ("Суд рассмотрел иск АО «Концерн «Гранит».", "АО «Концерн Гранит»"),
    ("Иск подала компания «НПП «Звезда».", "НПП Звезда"),
])
def test_nested_quotes(text, name):
    assert name in _orgs(text).values()
