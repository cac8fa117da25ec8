"""Session 42, family orgleft42 (w374): organizations' leftovers of the names gold.

- One module for the units of a place's executive (entities/org_municipal_units.py serves the pass
  of its own and unit_tails; lexicons/org_municipal_units.tsv): "отдел ЗАГС администрации Кинешмы",
  "управление спорта администрации города Твери" (and test_orgextent41, test_orgunits41).
- A body's noun with its "по" remit opening a sentence (entities/org_sentence_remits.py,
  lexicons/org_remit_name_heads.tsv): "Центр по подготовке спасателей принял ...", a meeting's noun
  only with its scope in a part of the world.
- A country as the scope of a remit with no owner (entities/org_remit_frames.py,
  lexicons/org_scope_countries.txt): "Совет по контролю за крикетом в Индии"; frames "в образовании".
- A body of members after a capitalized adjective takes in its region (entities/org_member_bodies.py):
  "Квалификационная коллегия судей Тульской области" opening a sentence.
- A sector of an institute named by its field of scholarship (entities/org_academic_sectors.py,
  lexicons/org_sector_fields.txt): "в секторе археологии" -> "сектор археологии".
"""
import pytest

import rufacts


def _orgs(text):
    article = rufacts.extract(text)
    return {(text[m.start:m.stop], o.name) for o in article.organizations for m in o.mentions}


def _names(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, mention, name", [
    ("Вопрос о пособиях решит отдел соцзащиты администрации Вологды.",
     "отдел соцзащиты администрации Вологды", "отдел соцзащиты администрации Вологды"),
    ("Жалобу перенаправили в управление образования администрации города Липецка.",
     "управление образования администрации города Липецка", "управление образования администрации города Липецка"),
])
def test_executive_units(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Центр по обучению водолазов выпустил первую группу инструкторов.",
     "Центр по обучению водолазов", "Центр по обучению водолазов"),
    ("Фонд по спасению бездомных животных объявил сбор средств.",
     "Фонд по спасению бездомных животных", "Фонд по спасению бездомных животных"),
    ("Коалиция по защите старых лесов обратилась к губернатору.",
     "Коалиция по защите старых лесов", "Коалиция по защите старых лесов"),
    ("Международная платформа по охране дикого лосося начнёт работу весной.",
     "Международная платформа по охране дикого лосося", "Международная платформа по охране дикого лосося"),
    ("Конференция по экологической безопасности в Азии примет новый устав.",
     "Конференция по экологической безопасности в Азии", "Конференция по экологической безопасности в Азии"),
])
def test_sentence_remits(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, bad", [
    ("Совещание по вопросам отопления прошло в мэрии.", "Совещание по вопросам отопления"),
    ("Конференция по проблемам экологии собрала сотню учёных.", "Конференция по проблемам экологии"),
    ("Центр города по выходным закрыт для машин.", "Центр города"),
])
def test_sentence_remits_not_events(text, bad):
    assert not any(bad in n for n in _names(text))


@pytest.mark.parametrize("text, mention, name", [
    ("Доклад подготовил Совет по развитию шахмат в Армении.",
     "Совет по развитию шахмат в Армении", "Совет по развитию шахмат в Армении"),
    ("Сотрудники Центра по поддержке фермеров в Грузии провели тренинг.",
     "Центра по поддержке фермеров в Грузии", "Центр по поддержке фермеров в Грузии"),
    ("Грант получила Ассоциация по развитию инноваций в образовании.",
     "Ассоциация по развитию инноваций в образовании", "Ассоциация по развитию инноваций в образовании"),
])
def test_remit_scopes(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, name", [
    # a place of the event after a lower-case remit body, an owner's office in a country
    ("Вчера комиссия по делам несовершеннолетних в Саратове рассмотрела восемь дел.", "комиссия по делам несовершеннолетних"),
    ("Управление ООН по наркотикам и преступности в Таджикистане сообщило о росте изъятий.",
     "Управление ООН по наркотикам и преступности"),
])
def test_remit_scopes_not_places(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Заведующая сектором фольклористики рассказала об экспедиции.",
     "сектором фольклористики", "сектор фольклористики"),
    ("В секторе новейшей истории подготовили сборник документов.",
     "секторе новейшей истории", "сектор новейшей истории"),
    ("Доклад сотрудника сектора истории и археологии вызвал споры.",
     "сектора истории и археологии", "сектор истории и археологии"),
    ("Сектор сравнительной лингвистики объявил набор аспирантов.",
     "Сектор сравнительной лингвистики", "сектор сравнительной лингвистики"),  # a unit opening the sentence: lower case (docs/gold-conventions.md)
])
def test_academic_sectors(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text", [
    "Доля сектора услуг в экономике выросла.",
    "Банковский сектор показал рекордную прибыль.",
    "Сектор Газа снова остался без электричества.",
])
def test_no_sector_of_economy(text):
    assert not any(n.lower().startswith("сектор") for n in _names(text))


@pytest.mark.parametrize("text, mention, name", [
    # a body of members after a capitalized adjective takes in the region the tagger found, at a
    # sentence's start too (entities/org_member_bodies.py)
    ("Квалификационная коллегия судей Пензенской области рекомендовала троих кандидатов.",
     "Квалификационная коллегия судей Пензенской области", "Квалификационная коллегия судей Пензенской области"),
    ("Решение приняла Квалификационная коллегия судей Пензенской области.",
     "Квалификационная коллегия судей Пензенской области", "Квалификационная коллегия судей Пензенской области"),
])
def test_member_body_regions(text, mention, name):
    assert (mention, name) in _orgs(text)


def test_member_body_no_place_of_event():
    text = "Московский союз художников в Пензенской области провёл выставку."
    assert "Московский союз художников" in _names(text)
