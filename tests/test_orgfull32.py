"""Full names of organizations the pipeline cut or bent (entities/org_remit_tails.py,
entities/org_owned_heads.py, entities/bodies.py, entities/org_stump_bodies.py): a body's "по" remit
after its owner ("Программа ООН" + "по населённым пунктам"), a participle inside a remit, the
owner inside such a name a mention of its own without the remit, and a ministry's stump in a
masculine genitive as the subject of a neuter verb ("Минтруда разработало"); a recurring event
named alone in quotes (entities/retype.py, entities/quoted.py, lexicons/name_types.tsv EVENT: "к
«Евровидению»") is no organization, unless a descriptor names the body ("фонд «Тотальный диктант»")."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Сотрудники Программы ООН по населённым пунктам приехали в Алматы на неделю.",
     "Программа ООН по населённым пунктам"),
    ("По оценке Верховного комиссара ООН по делам беженцев, в лагерях живут 40 тысяч человек.",
     "Верховный комиссар ООН по делам беженцев"),
    ("Эксперты Конференции ООН по торговле и развитию понизили прогноз инвестиций.",
     "Конференция ООН по торговле и развитию"),
    ("В Программе ООН по населённым пунктам работают 300 человек.", "Программа ООН по населённым пунктам"),
])
def test_a_remit_after_the_owner_is_the_bodys(text, name):
    names = _orgs(text)
    assert name in names
    assert "ООН" in names  # the owner stays, without the remit
    assert not any(n.startswith("ООН по") for n in names)


def test_a_lone_owner_takes_no_topic_after_it():
    names = _orgs("Представители ООН по приглашению властей посетили город.")
    assert "ООН" in names and not any("приглашению" in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("Минтруда подготовило поправки к Трудовому кодексу.", "Минтруда"),
    ("Минспорта утвердило новый календарь соревнований.", "Минспорта"),
    ("Минтруд подготовил поправки к Трудовому кодексу.", "Минтруд"),
    ("Сотрудники Минтруда подготовили поправки к Трудовому кодексу.", "Минтруд"),
])
def test_a_ministry_stump_as_its_verb_reads_it(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "Подготовка к «Евровидению» обошлась стране в 20 миллионов евро.",
    "Благодаря «Кинотавру» режиссёр получил известность.",
    "В этом году к «Тотальному диктанту» присоединились 200 городов.",
])
def test_a_recurring_event_named_alone_is_no_organization(text):
    assert not _orgs(text)


def test_an_event_name_after_a_descriptor_is_the_body():
    assert "Тотальный диктант" in _orgs("Фонд «Тотальный диктант» получил президентский грант.")
