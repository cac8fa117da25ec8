"""A remit's governed object in a body's name (second look at names-blind-33,
rufacts.entities.org_remit_objects): "по управлению" + an instrumental, "готовности" + "к ...",
the rest of a list of instrumentals after "с"/"со"."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


@pytest.mark.parametrize("text, mention, name", [
    ("Карта составлена Национальным комитетом по управлению паводками по спутниковым снимкам.",
     "Национальным комитетом по управлению паводками", "Национальный комитет по управлению паводками"),
    ("Прогноз дали специалисты Регионального центра по обеспечению готовности к наводнениям.",
     "Регионального центра по обеспечению готовности к наводнениям",
     "Региональный центр по обеспечению готовности к наводнениям"),
    ("Деньги направят через Всемирный фонд для борьбы со СПИДом, гепатитом и туберкулёзом.",
     "Всемирный фонд для борьбы со СПИДом, гепатитом и туберкулёзом",
     "Всемирный фонд для борьбы со СПИДом, гепатитом и туберкулёзом"),
])
def test_remit_object(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_list_without_and_is_not_taken():
    orgs = _orgs("Деньги направят через Всемирный фонд для борьбы со СПИДом, гепатитом, туберкулёзом.")
    assert not any("гепатитом" in m for m in orgs)
