"""Institutions named by a descriptive name with a head noun from any field of news (session 30):
observatories, zoos, nurseries, archives, depots, shipping lines, care homes
(lexicons/institution_nouns.txt), whom a care institution serves after "для"
(lexicons/institution_wards.txt, rufacts.entities.org_field_tails), a hyphenated pair of nouns in
the nominative (rufacts.grammars.hyphen_pair), a sentence's first plural noun read as no
descriptor (rufacts.entities.orgs)."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


@pytest.mark.parametrize("text, mention, name", [
    ("Редкую сову выходили в Костромском лесопитомнике.", "Костромском лесопитомнике", "Костромской лесопитомник"),
    ("Моржей для шоу передали Анапскому дельфинарию.", "Анапскому дельфинарию", "Анапский дельфинарий"),
    ("Лекцию о кометах школьники послушали в Нижегородском планетарии.", "Нижегородском планетарии",
     "Нижегородский планетарий"),
    ("Письма фронтовиков оцифровали в Тамбовском областном архиве.", "Тамбовском областном архиве",
     "Тамбовский областной архив"),
    ("Маршруты лайнеров согласовали с Северным морским пароходством.", "Северным морским пароходством",
     "Северное морское пароходство"),
    ("Зерно нового урожая принял Курганинский элеватор.", "Курганинский элеватор", "Курганинский элеватор"),
    ("Лечение прошли в Тверском областном профилактории.", "Тверском областном профилактории",
     "Тверской областной профилакторий"),
])
def test_institution_heads(text, mention, name):
    assert _orgs(text).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    ("Подарки вручили воспитанникам Липецкого центра социальной помощи для несовершеннолетних.",
     "Липецкого центра социальной помощи для несовершеннолетних",
     "Липецкий центр социальной помощи для несовершеннолетних"),
    ("Волонтёры помогли Ивановскому приюту для бездомных животных.", "Ивановскому приюту для бездомных животных",
     "Ивановский приют для бездомных животных"),
])
def test_ward_tails(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_no_ward_tail_after_a_bank():
    orgs = _orgs("Кредит Всемирного банка для детей не предназначен.")
    assert not any("для" in m for m in orgs)


@pytest.mark.parametrize("text, mention, name", [
    ("Экскурсию для ветеранов провели в Щелыковском доме-музее.", "Щелыковском доме-музее", "Щелыковский дом-музей"),
    ("Соглашение подписано с Ростовским музеем-заповедником.", "Ростовским музеем-заповедником",
     "Ростовский музей-заповедник"),
    ("Жильцов расселили в Шуйском доме-интернате.", "Шуйском доме-интернате", "Шуйский дом-интернат"),
])
def test_hyphen_pair_heads(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_ships_not_a_court():
    orgs = _orgs("Суда Балтийского морского пароходства вышли из порта.")
    assert orgs.get("Балтийского морского пароходства") == "Балтийское морское пароходство"
    assert not any(m.startswith("Суда") for m in orgs)
