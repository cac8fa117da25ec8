"""Organizations (second look at names-blind-32): a self-regulating organization's status left out
of the bare name (lexicons/legal_forms.txt), a municipal body of a district the tagger cut
("кожууна", rufacts.entities.org_numbered), the tagger's lone capitalized head grown over its
complement (rufacts.entities.org_capital_heads), bodies of capitalized adjectives and a member head
(rufacts.entities.org_member_bodies), a people's own name opening a body's name
(rufacts.entities.org_native_leads), an acronym that is no adjective (rufacts.entities.normal), a
second honoree after "и" (rufacts.entities.org_honoree_tail), a founder after a descriptive name
(rufacts.entities.org_name_extent), a unit's acronym over its parent's (rufacts.entities.bodies), a
firm of two partners' names in quotes (rufacts.entities.quoted)."""
import pytest

import rufacts
from rufacts.evaluation.names import _bare


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


def test_sro_is_a_status():
    orgs = _orgs("Арбитражный управляющий вышел из СРО «Дальневосточный союз управляющих» в мае.")
    name = orgs["СРО «Дальневосточный союз управляющих»"]
    assert _bare(name) == "Дальневосточный союз управляющих"


def test_district_of_tuva_in_municipal_body():
    orgs = _orgs("Бюджет на будущий год утвердили в Хурале представителей Каа-Хемского кожууна.")
    assert orgs.get("Хурале представителей Каа-Хемского кожууна") == "Хурал представителей Каа-Хемского кожууна"


@pytest.mark.parametrize("text, mention, name", [
    ("Кинематографисты обратились за поддержкой к Гильдии кинорежиссёров.",
     "Гильдии кинорежиссёров", "Гильдия кинорежиссёров"),
    ("Разъяснения Суда по интеллектуальным правам юристы ждали полгода.",
     "Суда по интеллектуальным правам", "Суд по интеллектуальным правам"),
])
def test_lone_head_takes_its_complement(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_lone_body_name_keeps_its_own_extent():
    orgs = _orgs("Поправки поддержал комитет Госдумы по транспорту.")
    assert all(name != "Госдума по транспорту" for name in orgs.values())


@pytest.mark.parametrize("text, mention, name", [
    ("Делегаты Всемирного конгресса казахов собрались в Астане.",
     "Всемирного конгресса казахов", "Всемирный конгресс казахов"),
    ("Сборную на чемпионат заявил Польский шахматный союз.",
     "Польский шахматный союз", "Польский шахматный союз"),
])
def test_member_bodies(text, mention, name):
    assert _orgs(text).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    ("Премьера прошла в Саха академическом театре в пятницу.",
     "Саха академическом театре", "Саха академический театр"),
    ("Депутаты Удмурт Кенеша приняли обращение к властям.", "Удмурт Кенеша", "Удмурт Кенеш"),
    ("В Коми республиканской филармонии прошёл концерт.",
     "Коми республиканской филармонии", "Коми республиканская филармония"),
])
def test_native_lead(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_acronym_before_place_is_no_adjective():
    orgs = _orgs("Представители ДУМ Республики Татарстан осудили поджог мечети, заявили в ЦДУМ России.")
    assert orgs.get("ЦДУМ России") == "ЦДУМ России"


def test_second_honoree():
    article = rufacts.extract("Концерт прошёл в Театре имени М. Н. Ермоловой и А. А. Яблочкиной в субботу.")
    assert "Театр имени М. Н. Ермоловой и А. А. Яблочкиной" in {o.name for o in article.organizations}
    assert {"М. Н. Ермолова", "А. А. Яблочкина"} <= {p.name for p in article.persons}  # both stay persons


def test_founder_after_descriptive_name():
    orgs = _orgs("Спектакль поставили в Школе современной пьесы Иосифа Райхельгауза к юбилею.")
    assert orgs.get("Школе современной пьесы Иосифа Райхельгауза") == "Школа современной пьесы Иосифа Райхельгауза"


def test_unit_acronym_over_parent():
    orgs = _orgs("Сотрудники ОРЧ ГУ МВД по Пермскому краю задержали мошенника.")
    assert orgs.get("ОРЧ ГУ МВД по Пермскому краю") == "ОРЧ ГУ МВД по Пермскому краю"


def test_partners_firm_in_quotes():
    orgs = _orgs("Претензию подготовило адвокатское бюро «Ковалёв и Лисицын» по просьбе клиента.")
    assert "Ковалёв и Лисицын" in orgs.values()
