"""An organization the tagger ran into the verb next to it: the verb stays out of the name
(entities/org_verb_edges.py). Real pipeline, own sentences."""
import pytest

from test_org_quoted import org_name

EDGES = [
    ("Тбилисский театр имени Марджанишвили привезёт в Москву два спектакля.",
     "Тбилисский театр имени Марджанишвили", "Тбилисский театр имени Марджанишвили"),
    ("Казанский театр имени Качалова привезёт в Самару три спектакля.",
     "Казанский театр имени Качалова", "Казанский театр имени Качалова"),
    ("Ярославский театр имени Волкова покажет премьеру в Петербурге.",
     "Ярославский театр имени Волкова", "Ярославский театр имени Волкова"),
    ("Бакинский театр имени Вургуна приедет в Москву.", "Бакинский театр имени Вургуна", "Бакинский театр имени Вургуна"),
    ("Возглавить Свято-Димитриевское сестричество предложили молодой монахине.",
     "Свято-Димитриевское сестричество", "Свято-Димитриевское сестричество"),
    ("Возглавить Марфо-Мариинскую обитель предложили игуменье.", "Марфо-Мариинскую обитель", "Марфо-Мариинская обитель"),
    ("Возглавить Российский фонд культуры предложили бывшему министру.", "Российский фонд культуры", "Российский фонд культуры"),
]

KEPT = [
    # an imperative opening a quoted name is part of it
    ("Фонд «Подари жизнь» собрал деньги на лечение.", "Подари жизнь", "Подари жизнь"),
    ("Пермский театр юного зрителя отправится на гастроли.", "Пермский театр юного зрителя", "Пермский театр юного зрителя"),
]


@pytest.mark.parametrize("text,mention,name", EDGES + KEPT)
def test_org_verb_edges(text, mention, name):
    assert org_name(text, mention) == name


def test_verb_out_of_mention():
    import rufacts
    article = rufacts.extract(EDGES[0][0])
    assert all("привезёт" not in m.text for o in article.organizations for m in o.mentions)
    article = rufacts.extract(EDGES[4][0])
    assert all("Возглавить" not in m.text for o in article.organizations for m in o.mentions)
