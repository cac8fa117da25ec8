"""Bodies named without a proper name: a body noun with whom it belongs to in the genitive,
or a fixed phrase of common words (rufacts.entities.bodies)."""
from __future__ import annotations

import pytest


def _mentions(article):
    return {m.text: o for o in article.organizations for m in o.mentions}


@pytest.mark.parametrize("text, body", [
    ("Решение приняла администрация президента.", "администрация президента"),
    ("Об этом сообщили в пресс-службе губернатора области.", "пресс-службе губернатора"),
    ("Средства выделил областной департамент финансов.", "областной департамент финансов"),
    ("Сотрудники аппарата нижней палаты получили премии.", "аппарата нижней палаты"),
    ("Пресс-служба Кадырова заявила об этом журналистам.", "Пресс-служба Кадырова"),
    ("Канцелярия правительства Японии сообщила о переносе визита.",
     "Канцелярия правительства Японии"),
    ("Заседание кабинета министров прошло в понедельник.", "кабинета министров"),
    ("Её кандидатуру выдвинуло политбюро партии.", "политбюро партии"),
])
def test_a_body_without_a_proper_name_is_one_organization(pipeline, text, body):
    mentions = _mentions(pipeline.extract(text))
    assert body in mentions


def test_a_name_inside_a_body_stays_its_own_mention_and_keeps_its_role(pipeline):
    text = "В 2018 году администрация президента Трампа ввела новые пошлины."
    article = pipeline.extract(text)
    assert "администрация президента Трампа" in _mentions(article)
    [trump] = article.persons
    assert [r.title for r in trump.roles] == ["президент"]
    text = "Канцелярия правительства Японии сообщила о переносе визита."
    places = {m.text for loc in pipeline.extract(text).locations for m in loc.mentions}
    assert "Японии" in places


@pytest.mark.parametrize("text", [
    "Работа шла под руководством Ивана Петрова.",  # a manner, not a body
    "Отдел вернули на прежнее место.",  # nothing says whose
    "Эти советы помогли многим.",
    "Сделка одобрена советами директоров обеих сторон.",  # several boards, no one body
])
def test_no_body_without_its_owner(pipeline, text):
    assert pipeline.extract(text).organizations == ()


def test_a_party_inside_a_body_is_still_its_reference(pipeline):
    text = "Партия «Яблоко» провела съезд. Её кандидата выдвинуло политбюро партии."
    mentions = _mentions(pipeline.extract(text))
    assert mentions["политбюро партии"].name == "политбюро партии"
    assert mentions["партии"].name == "Яблоко"  # the noun inside refers back to the party


@pytest.mark.parametrize("text, whole, owner", [
    ("Депутат Палаты общин парламента Великобритании выступил в Лондоне.",
     "Палаты общин парламента Великобритании", "парламента Великобритании"),
    ("Он был первым секретарём Свердловского обкома КПСС.", "Свердловского обкома КПСС", "КПСС"),
])
def test_an_organization_with_its_owner_after_it_is_one_mention(pipeline, text, whole, owner):
    mentions = _mentions(pipeline.extract(text))
    assert whole in mentions and owner in mentions  # the owner stays its own mention
    assert mentions[whole].name != mentions[owner].name


def test_two_organizations_side_by_side_in_another_case_stay_apart(pipeline):
    mentions = _mentions(pipeline.extract("Сделку одобрили Google и Microsoft."))
    assert set(mentions) == {"Google", "Microsoft"}


@pytest.mark.parametrize("text, body", [
    ("На совещании Совета при губернаторе Тверской области по развитию туризма выступил "
     "министр.", "Совета при губернаторе Тверской области по развитию туризма"),
    ("В сборную Казахстана по санному спорту объявлен набор.",
     "сборную Казахстана по санному спорту"),
    ("Делегация выступила перед комитетом ООН против расовой дискриминации в Вене.",
     "комитетом ООН против расовой дискриминации"),
    ("Штаб, в который вошло ГУ МВД России по Свердловской области, создан в мае.",
     "ГУ МВД России по Свердловской области"),
])
def test_a_body_takes_in_its_remit_or_seat(pipeline, text, body):
    assert body in _mentions(pipeline.extract(text))


def test_a_remit_stops_before_a_name_and_an_adverbial(pipeline):
    article = pipeline.extract("Об этом сообщил представитель Общественного совета при "
                               "министерстве Олег Рязанцев.")
    assert "Общественного совета при министерстве" in _mentions(article)
    [ryazantsev] = article.persons
    assert [(r.title, r.of) for r in ryazantsev.roles] == [
        ("представитель", "Общественный совет при министерстве")]
    mentions = _mentions(pipeline.extract("Правительство России по просьбе губернатора "
                                          "выделило деньги."))
    assert set(mentions) == {"Правительство России"}


def test_a_national_team_said_with_a_place_adjective_is_one_organization(pipeline):
    article = pipeline.extract("Наставник российской сборной подвёл итоги турнира.")
    assert _mentions(article)["российской сборной"].name == "Сборная России"
