"""A possessor's name in the genitive glued by the tagger to the nominative name after it
("дочь Аллы Пугачёвой Кристина"): two persons (rufacts.entities.name_case_split)."""
import pytest

import rufacts


def _persons(text):
    return {m["text"]: p["name"] for p in rufacts.extract(text).as_json()["persons"] for m in p["mentions"]}


@pytest.mark.parametrize("text, mentions", [
    ("Племянница Иосифа Кобзона Наталья выступила на вечере памяти.",
     {"Иосифа Кобзона": "Иосиф Кобзон", "Наталья": "Наталья"}),
    ("Знакомая Светланы Ирина Соколова рассказала полиции о ссоре.",
     {"Светланы": "Светлана", "Ирина Соколова": "Ирина Соколова"}),
])
def test_possessor_and_subject(text, mentions):
    persons = _persons(text)
    for mention, name in mentions.items():
        assert persons.get(mention) == name


@pytest.mark.parametrize("text, mention", [
    ("Контракт подписал испанский защитник Хосе Луис Гайя.", "Хосе Луис Гайя"),
    ("Гол забил полузащитник Жоау Марио Невеш.", "Жоау Марио Невеш"),
    ("Губернатор Иван Петрович Белозерцев подписал указ.", "Иван Петрович Белозерцев"),
])
def test_one_name_stays_whole(text, mention):
    assert mention in _persons(text)
