"""Coordinated names sharing one plural head in every case are a body each (rufacts.entities
.org_shared_plural): the first name's mention is its adjectives alone, the last one runs through
the head and its genitive complement; each name is its adjectives with the head in the
nominative singular. A head that names no body ("берега", "районы") makes no organizations."""
import pytest

import rufacts


def _orgs(text):
    return {o["name"]: [m["text"] for m in o["mentions"]] for o in rufacts.extract(text).as_json()["organizations"]}


@pytest.mark.parametrize("text, first, last", [
    ("Гастроли согласованы с Пермским и Екатеринбургским театрами оперы и балета.",
     ("Пермским", "Пермский театр оперы и балета"),
     ("Екатеринбургским театрами оперы и балета", "Екатеринбургский театр оперы и балета")),
    ("Дела передали Третьему и Четвёртому арбитражным апелляционным судам.",
     ("Третьему", "Третий арбитражный апелляционный суд"),
     ("Четвёртому арбитражным апелляционным судам", "Четвёртый арбитражный апелляционный суд")),
    ("В Калининском и Приморском районных судах прошли выездные заседания.",
     ("Калининском", "Калининский районный суд"),
     ("Приморском районных судах", "Приморский районный суд")),
    ("Ремонт Ставропольской и Пятигорской городских поликлиник завершат летом.",
     ("Ставропольской", "Ставропольская городская поликлиника"),
     ("Пятигорской городских поликлиник", "Пятигорская городская поликлиника")),
])
def test_each_name_a_body_in_its_case(text, first, last):
    orgs = _orgs(text)
    for mention, name in (first, last):
        assert mention in orgs.get(name, []), (name, orgs)


def test_three_names_and_an_owner_in_the_complement():
    orgs = _orgs("Проверку провели Уральское, Сибирское и Дальневосточное межрегиональные управления Ростехнадзора.")
    assert orgs.get("Уральское межрегиональное управление Ростехнадзора") == ["Уральское"]
    assert orgs.get("Сибирское межрегиональное управление Ростехнадзора") == ["Сибирское"]
    assert "Дальневосточное межрегиональные управления Ростехнадзора" in orgs.get(
        "Дальневосточное межрегиональное управление Ростехнадзора", [])
    assert "Ростехнадзор" in orgs


@pytest.mark.parametrize("text, name", [
    ("Ветер разрушил причалы на Правом и Левом берегах реки.", "Правый берег"),
    ("Жители Центрального и Железнодорожного районов остались без воды.", "Центральный район"),
])
def test_no_body_head(text, name):
    assert name not in _orgs(text)


def test_first_name_grouped_with_its_full_mention():
    orgs = _orgs("Фестиваль проведут Омский и Тюменский драматические театры. "
                 "Труппа Омского драматического театра уже репетирует.")
    assert set(orgs["Омский драматический театр"]) == {"Омский", "Омского драматического театра"}
