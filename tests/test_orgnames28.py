"""Organization names on real news (session 28): the name cut at "им." goes on to its honoree
(rufacts.entities.org_honoree_tail, institutions), "Большим" is of большой
(lexicons/adjective_lemmas_avoided.txt), singular adjectives before a shared plural head give one
body each (rufacts.entities.normal), a post's noun stays out of its employer's name
(rufacts.entities.org_post_descriptors), a line's first word can be a lead noun
(rufacts.entities.org_lead_nouns), power plants are institutions (lexicons/institution_nouns.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


def _names(text):
    return {o["name"] for o in rufacts.extract(text).as_json()["organizations"]}


@pytest.mark.parametrize("text, name", [
    ("Премьеру готовит труппа Театра им. Клауса Шульце из Мюнхена.", "Театр им. Клауса Шульце"),
    ("Ребёнка госпитализировали в больницу имени Семашко.", "больница имени Семашко"),
    ("Ветераны собрались в школе № 14 им. Гагарина.", "школа № 14 им. Гагарина"),
])
def test_honoree_in_name(text, name):
    assert name in _names(text)


def test_honoree_stays_a_person():
    article = rufacts.extract("Премьеру готовит труппа Театра им. Клауса Шульце из Мюнхена.")
    assert "Клаус Шульце" in {p.name for p in article.persons}


@pytest.mark.parametrize("text, name", [
    ("Балерина попрощалась с Большим театром после двадцати сезонов.", "Большой театр"),
    ("Меморандум подписан с Большим Санкт-Петербургским государственным цирком.",
     "Большой Санкт-Петербургский государственный цирк"),
])
def test_bolshoi_not_comparative(text, name):
    assert name in _names(text)


def test_shared_plural_head():
    names = _names("На гала-концерте пели солисты Михайловского и Новосибирского театров.")
    assert "Новосибирский театр" in names and "Новосибирские театры" not in names


def test_post_before_employer():
    orgs = _orgs("Задержан оператор Аль-Арабии Халед Мансур.")
    assert orgs.get("Аль-Арабии") == "Аль-Арабия"


def test_operator_company_keeps_descriptor():
    assert _orgs("Связь в посёлке обеспечивает оператор «МегаФон».").get("оператор «МегаФон»") == "МегаФон"


def test_lead_noun_after_headline():
    text = "Найден новый антибиотик\n\nИсследователи Сколковского института науки и технологий опубликовали статью."
    assert _orgs(text).get("Сколковского института науки и технологий") == "Сколковский институт науки и технологий"


def test_power_plant():
    assert "Нововоронежская атомная электростанция" in _names(
        "Нововоронежскую атомную электростанцию проверили инспекторы Ростехнадзора.")


def test_plain_power_plant_no_name():
    assert not _names("Рядом с электростанцией нашли брошенный автомобиль.")


@pytest.mark.parametrize("text, mention, name", [
    ("Педагоги Саратовского и Пензенского педагогических колледжей провели олимпиаду.", "Саратовского",
     "Саратовский педагогический колледж"),
    ("Балерины Пермского и Екатеринбургского театров оперы и балета станцевали вместе.", "Пермского",
     "Пермский театр оперы и балета"),
])
def test_first_of_shared_head(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_shared_head_joins_full_name():
    article = rufacts.extract("Труппа Малого театра уехала на гастроли. Актёры Малого, Вахтанговского театров сыграли вместе.")
    groups = [{m.text for m in o.mentions} for o in article.organizations]
    assert any({"Малого театра", "Малого"} <= g for g in groups)
