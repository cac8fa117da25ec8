"""Organizations (second look at names-blind-29): nature reserves named by a place's adjective
(lexicons/institution_nouns.txt), national parks and learned societies (rufacts.entities.org_kind_heads), a
head noun read in the gender its adjectives share ("Измайловском парке": парк, not парка), museums
named after a person without "имени" (rufacts.entities.org_memorial_museums), an animal shelter's
quoted name after "приют" (lexicons/org_descriptors.txt); a capitalized name after a country's
adjective as written (rufacts.entities.geo); quoted names in a list (rufacts.entities.org_quoted_lists);
a hyphenated name whose first part declines (rufacts.entities.org_hyphen_first); "Мос"/"Рос" compound
bodies (rufacts.entities.org_prefixed_bodies); a Latin company name after a country's adjective
(rufacts.entities.org_latin_after_place)."""
import pytest

import rufacts


def _facts(text):
    return rufacts.extract(text).as_json()


def _orgs(text):
    return {m["text"]: o["name"] for o in _facts(text)["organizations"] for m in o["mentions"]}


@pytest.mark.parametrize("text, mention, name", [
    ("Сотрудники Окского биосферного заповедника провели учёт журавлей.",
     "Окского биосферного заповедника", "Окский биосферный заповедник"),
    ("Прокуратура проверила Хинганский заповедник после жалоб туристов.",
     "Хинганский заповедник", "Хинганский заповедник"),
    ("Волонтёры приехали в Сочинский национальный парк на расчистку троп.",
     "Сочинский национальный парк", "Сочинский национальный парк"),
    ("Экологи нашли редкую орхидею в Валдайском национальном парке.",
     "Валдайском национальном парке", "Валдайский национальный парк"),
])
def test_reserves_and_parks(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_city_park_stays_a_place():
    facts = _facts("В Измайловском парке прошёл осенний забег.")
    assert not facts["organizations"]
    assert [loc["name"] for loc in facts["locations"]] == ["Измайловский парк"]


@pytest.mark.parametrize("text, mention, name", [
    ("В доме-музее Марины Цветаевой открылась выставка автографов.",
     "доме-музее Марины Цветаевой", "дом-музей Марины Цветаевой"),
    ("Реставрацию завершил Мемориальный музей-усадьба Ильи Репина.",
     "Мемориальный музей-усадьба Ильи Репина", "Мемориальный музей-усадьба Ильи Репина"),
    ("Письма поэта передали в Дом-музей Нико Пиросмани.",
     "Дом-музей Нико Пиросмани", "Дом-музей Нико Пиросмани"),
])
def test_memorial_museums(text, mention, name):
    facts = _facts(text)
    orgs = {m["text"]: o["name"] for o in facts["organizations"] for m in o["mentions"]}
    assert orgs.get(mention) == name
    assert facts["persons"], "the namesake stays a person of their own"


def test_museum_director_is_no_namesake():
    facts = _facts("По словам директора музея-усадьбы Ивана Петрова, ремонт завершён.")
    assert not any("Петров" in m["text"] for o in facts["organizations"] for m in o["mentions"])
    assert [p["name"] for p in facts["persons"]] == ["Иван Петров"]


@pytest.mark.parametrize("text, mention, name", [
    ("Собак из приюта «Добрые руки» раздали за выходные.", "приюта «Добрые руки»", "Добрые руки"),
    ("Доклад подготовили члены Британского орнитологического общества.",
     "Британского орнитологического общества", "Британское орнитологическое общество"),
])
def test_shelter_and_society(text, mention, name):
    assert _orgs(text).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a capitalized descriptive name after a lower-case country adjective, as written
    ("Заявление опубликовала казахстанская Национальная палата предпринимателей.",
     "казахстанская Национальная палата предпринимателей", "Национальная палата предпринимателей"),
    # a quoted name listed with quoted organizations
    ("Лидерами рынка остались «Русское море», «Мираторг» и «Черкизово».", "Русское море", "Русское море"),
    # only the first part of a hyphenated name declines
    ("Переговоры с «Асканией-Нова» затянулись.", "Асканией-Нова", "Аскания-Нова"),
    # a body's compound name the tagger read as a person
    ("Мосприроде предложили расширить заказник.", "Мосприроде", "Мосприрода"),
    # a field of plants closes an institute's name
    ("Учёные Всероссийского института защиты растений изучили вредителей.",
     "Всероссийского института защиты растений", "Всероссийский институт защиты растений"),
])
def test_second29_forms(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_company_in_latin_after_country_adjective():
    facts = _facts("Контракт на поставку газа подписан с норвежской Equinor.")
    assert [o["name"] for o in facts["organizations"]] == ["Equinor"]
    assert not facts["persons"]


def test_country_acronym_body_keeps_country():
    assert _orgs("Об этом сообщили в японском МИДе.").get("японском МИДе") == "МИД Японии"


def test_society_at_large_is_no_body():
    facts = _facts("Участники форума «Гражданское общество — будущее страны» собрались в Казани.")
    assert not any(o["name"].startswith("Гражданское общество") for o in facts["organizations"])


def test_titles_list_does_not_spread():
    facts = _facts("Режиссёр известен по фильмам «Тихая гавань», «Долгая дорога» и «Копейка».")
    names = {o["name"] for o in facts["organizations"]}
    assert "Тихая гавань" not in names and "Долгая дорога" not in names
