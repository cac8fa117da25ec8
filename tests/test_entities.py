"""Tests of entity facts (rufacts.components.entities) through the real pipeline:
mentions of one person / organization / location grouped under a nominative name.

The sentences are chosen so that the slovnet model tags every mention asserted
here; what is tested is our repair, propagation and grouping.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from rufacts.components.entities import repair




def mention_texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


def summary(group) -> dict[str, list[str]]:
    return {entity.name: mention_texts(entity) for entity in group}


PERSONS = [
    pytest.param(
        "Мэр Москвы Сергей Собянин открыл новую станцию метро. Как отметил Собянин, станция "
        "примет первых пассажиров в понедельник. По словам С. Собянина, строительство обошлось "
        "дешевле плана.",
        {"Сергей Собянин": ["Сергей Собянин", "Собянин", "С. Собянина"]},
        id="full-surname-initial-genitive",
    ),
    pytest.param(
        "Губернатор Алексей Дюмин провёл совещание с главой администрации Тулы. Позже Дюмину "
        "доложили о ходе ремонта дорог. А. Дюмин поручил ускорить работы.",
        {"Алексей Дюмин": ["Алексей Дюмин", "Дюмину", "А. Дюмин"]},
        id="surname-dative",
    ),
    pytest.param(
        "Председатель Центробанка Эльвира Набиуллина выступила в Госдуме. Набиуллиной задали "
        "вопросы о ключевой ставке. Э. Набиуллина ответила, что ставка останется прежней.",
        {"Эльвира Набиуллина": ["Эльвира Набиуллина", "Набиуллиной", "Э. Набиуллина"]},
        id="female",
    ),
    pytest.param(
        "Татьяна Голикова посетила Омск. Вице-премьер Голикова осмотрела больницу в Омске, "
        "после чего Т. Голикова провела совещание.",
        {"Татьяна Голикова": ["Татьяна Голикова", "Голикова", "Т. Голикова"]},
        id="female-nominative-surname",
    ),
    pytest.param(
        "Президент Владимир Владимирович Путин провёл совещание. Путину доложили о ситуации "
        "с паводками. По словам В. В. Путина, помощь должна прийти быстро.",
        {"Владимир Владимирович Путин": ["Владимир Владимирович Путин", "Путину", "В. В. Путина"]},
        id="patronymic-two-initials",
    ),
    pytest.param(
        "Министр финансов Антон Силуанов встретился с главой Сбербанка Германом Грефом. "
        "Силуанов и Греф обсудили выпуск облигаций.",
        {"Антон Силуанов": ["Антон Силуанов", "Силуанов"],
         "Герман Греф": ["Германом Грефом", "Греф"]},
        id="two-people-instrumental",
    ),
    pytest.param(
        "Губернатор Подмосковья Андрей Воробьёв встретился с мэром Москвы Сергеем Собяниным. "
        "Воробьёв и Собянин обсудили транспортные проекты.",
        {"Андрей Воробьёв": ["Андрей Воробьёв", "Воробьёв"],
         "Сергей Собянин": ["Сергеем Собяниным", "Собянин"]},
        id="two-people-yo",
    ),
    pytest.param(
        "Глава Минэкономразвития Максим Решетников прибыл в Екатеринбург. В Екатеринбурге "
        "Решетников посетил завод «Уралмаш».",
        {"Максим Решетников": ["Максим Решетников", "Решетников"]},
        id="surname-after-location",
    ),
    pytest.param(
        "Министр Сергей Иванов и губернатор Андрей Иванов провели встречу. Сергей Иванов "
        "рассказал о планах.",
        {"Сергей Иванов": ["Сергей Иванов", "Сергей Иванов"], "Андрей Иванов": ["Андрей Иванов"]},
        id="same-surname-different-first-names",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_entities_persons_grouped(pipeline, validate_record, text, expected):
    article = pipeline.extract(text)
    validate_record(article.as_json())
    assert summary(article.persons) == expected


def test_entities_person_parts(pipeline):
    article = pipeline.extract(
        "Президент Владимир Владимирович Путин провёл совещание. Путину доложили о паводках.")
    (person,) = article.persons
    assert (person.first, person.middle, person.last) == ("Владимир", "Владимирович", "Путин")


def test_entities_initial_upgraded_by_full_name(pipeline):
    """A short mention first in the text still takes the full name found later."""
    article = pipeline.extract(
        "Э. Набиуллина провела пресс-конференцию. Глава Центробанка Эльвира Набиуллина "
        "заявила, что ставка останется прежней.")
    assert summary(article.persons) == {"Эльвира Набиуллина": ["Э. Набиуллина", "Эльвира Набиуллина"]}


LOCATIONS = [
    pytest.param(
        "Форум прошёл в Казани. Казань принимает его уже третий год, а гости из Казани "
        "составили половину участников.",
        {"Казань": ["Казани", "Казань", "Казани"]},
        id="kazan",
    ),
    pytest.param(
        "Делегация прибыла в Новосибирск во вторник. В Новосибирске гостей встретил губернатор. "
        "Из Новосибирска делегация отправится в Томск.",
        {"Новосибирск": ["Новосибирск", "Новосибирске", "Новосибирска"], "Томск": ["Томск"]},
        id="novosibirsk-tomsk",
    ),
    pytest.param(
        "Конференция прошла в Нижнем Новгороде. Нижний Новгород принимает её второй раз. "
        "Делегаты из Нижнего Новгорода представили доклады.",
        {"Нижний Новгород": ["Нижнем Новгороде", "Нижний Новгород", "Нижнего Новгорода"]},
        id="adjective-noun",
    ),
    pytest.param(
        "Татьяна Голикова посетила Омск. Вице-премьер Голикова осмотрела больницу в Омске.",
        {"Омск": ["Омск", "Омске"]},
        id="omsk",
    ),
    pytest.param(
        "Орёл готовится к юбилею. Жители Орла украсили улицы.",
        {"Орёл": ["Орёл", "Орла"]},
        id="yo-written-once",
    ),
    pytest.param(
        "Делегация посетила Королёв. Власти Королёва выделили участок под новый цех.",
        {"Королёв": ["Королёв", "Королёва"]},
        id="untagged-nominative-propagated",
    ),
]


def test_entities_grouping_ignores_letter_case(pipeline, validate_record):
    article = pipeline.extract("МОСКВА, 12 марта. Власти Москвы объявили о новых мерах поддержки.")
    validate_record(article.as_json())
    (location,) = article.locations
    assert mention_texts(location) == ["МОСКВА", "Москвы"]
    assert location.name.casefold() == "москва"


def test_entities_grouping_ignores_quotes(pipeline, validate_record):
    article = pipeline.extract(
        "Сотрудники ООО Ромашка вышли на работу. Директор ООО «Ромашка» подтвердил это.")
    validate_record(article.as_json())
    (org,) = article.organizations
    assert mention_texts(org) == ["ООО Ромашка", "ООО «Ромашка»"]
    assert org.name.replace("«", "").replace("»", "") == "ООО Ромашка"


@pytest.mark.parametrize(("text", "expected"), LOCATIONS)
def test_entities_locations_grouped(pipeline, validate_record, text, expected):
    article = pipeline.extract(text)
    validate_record(article.as_json())
    assert summary(article.locations) == expected


ORGANIZATIONS = [
    pytest.param(
        'Сотрудники ООО "Ромашка" вышли на работу. Директор ООО «Ромашка» подтвердил это.',
        {"ООО «Ромашка»": ['ООО "Ромашка"', "ООО «Ромашка»"]},
        id="straight-and-guillemets",
    ),
    pytest.param(
        'Акционеры ПАО «Газпром» одобрили дивиденды. ПАО "Газпром" выплатит их в июле.',
        {"ПАО «Газпром»": ["ПАО «Газпром»", 'ПАО "Газпром"']},
        id="pao-gazprom",
    ),
    pytest.param(
        'Холдинг заключил контракт с ООО "Вектор". Глава ООО "Вектор" подписал документы.',
        {"ООО «Вектор»": ['ООО "Вектор"', 'ООО "Вектор"']},
        id="straight-only",
    ),
    pytest.param(
        "Эксперты Министерства финансов подготовили законопроект. Министерство финансов внесёт "
        "его в правительство. В Министерстве финансов уточнили сроки.",
        {"Министерство финансов": ["Министерства финансов", "Министерство финансов",
                                   "Министерстве финансов"]},
        id="genitive-dependent",
    ),
    pytest.param(
        "Федеральная таможенная служба изменила правила. Представители Федеральной таможенной "
        "службы пояснили, что изменения вступят в силу в январе.",
        {"Федеральная таможенная служба": ["Федеральная таможенная служба",
                                           "Федеральной таможенной службы"]},
        id="adjectives-noun",
    ),
    pytest.param(  # nested straight quotes: both closing quotes belong to the name
        "Суд арестовал имущество АО \"Концерн \"Калашников\"\". Представители концерна "
        "обжаловали решение.",
        # "концерна" refers back to it (form "common_noun")
        {"АО «Концерн «Калашников»»": ['АО "Концерн "Калашников""', "концерна"]},
        id="nested-straight-quotes",
    ),
    pytest.param(  # a name declined inside its quotes is still the same organization
        "Компания «Газпром нефть» подписала соглашение. Представители «Газпром нефти» заявили, "
        "что сделка будет закрыта.",
        {"Газпром нефть": ["Компания «Газпром нефть»", "Газпром нефти"]},
        id="declined-inside-quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANIZATIONS)
def test_entities_organizations_grouped(pipeline, validate_record, text, expected):
    article = pipeline.extract(text)
    validate_record(article.as_json())
    assert summary(article.organizations) == expected


# a title line before the body: the title's surname belongs to the person of the body
TITLES = [
    pytest.param("Иванов: мы не будем повышать тарифы\nГлава компании Иван Иванов заявил, что "
                 "тарифы останутся прежними.", "Иван Иванов", "Иванов", id="colon-title"),
    pytest.param("Глава компании Иванов\nИван Иванов заявил, что тарифы останутся прежними.",
                 "Иван Иванов", "Иванов", id="span-across-newline"),
    pytest.param("Набиуллина: ставка останется на прежнем уровне\nГлава ЦБ Эльвира Набиуллина "
                 "заявила об этом на пресс-конференции.", "Эльвира Набиуллина", "Набиуллина",
                 id="colon-title-female"),
    pytest.param("Лавров:Россия готова к диалогу\nМинистр иностранных дел Сергей Лавров выступил "
                 "в ООН.", "Сергей Лавров", "Лавров", id="colon-no-space"),
    pytest.param("Греф\nГлава Сбербанка Герман Греф рассказал о планах банка.", "Герман Греф",
                 "Греф", id="title-untagged-propagated"),
    pytest.param("Силуанов Антон\nМинистр финансов Антон Силуанов выступил в Совете Федерации.",
                 "Антон Силуанов", "Силуанов", id="surname-first-title"),
]


@pytest.mark.parametrize(("text", "name", "title_mention"), TITLES)
def test_entities_title_mention_joins_person(pipeline, validate_record, text, name, title_mention):
    article = pipeline.extract(text)
    validate_record(article.as_json())
    title_end = text.index("\n")
    (person,) = [p for p in article.persons if p.name == name]
    first = person.mentions[0]
    assert first.text == title_mention
    assert first.stop <= title_end  # the title mention stops at the line end
    assert len(person.mentions) == 2
    assert all("\n" not in m.text and ":" not in m.text for p in article.persons for m in p.mentions)


def test_entities_repeated_name_across_lines_splits(pipeline, validate_record):
    text = "Автор: Мария Петрова\nМария Петрова побывала на выставке в Москве."
    article = pipeline.extract(text)
    validate_record(article.as_json())
    assert summary(article.persons) == {"Мария Петрова": ["Мария Петрова", "Мария Петрова"]}
    assert [m.start for m in article.persons[0].mentions] == [7, 21]
    assert summary(article.locations) == {"Москва": ["Москве"]}


def test_entities_doc_ents_are_repaired(nlp):
    doc = nlp("Глава компании Иванов\nИван Иванов заявил, что тарифы останутся прежними.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Иванов", "PER"), ("Иван Иванов", "PER")]
    persons = doc._.rufacts_persons
    assert [p.name for p in persons] == ["Иван Иванов"]


# repair alone, on a hand-made span: (text, the span's text, texts of the repaired spans)
REPAIRS = [
    ("Иванов: Иван Иванов заявил", "Иванов: Иван Иванов", ["Иванов", "Иван Иванов"]),
    ("Иванов\nИван Иванов заявил", "Иванов\nИван Иванов", ["Иванов", "Иван Иванов"]),
    ("Иванов; Петров заявили", "Иванов; Петров", ["Иванов", "Петров"]),
    ("Заявил Собянин. Иванов молчал", "Собянин. Иванов", ["Собянин", "Иванов"]),
    ("Мэр (Собянин), заявил", "(Собянин),", ["Собянин"]),
    ('Сотрудники ООО "Ромашка" ушли', 'ООО "Ромашка', ['ООО "Ромашка"']),
    ("Сотрудники ООО «Ромашка» ушли", "ООО «Ромашка", ["ООО «Ромашка»"]),
    ("Сотрудники «Ромашки» ушли", "«", []),
    ("Заявил — Собянин", "— Собянин", ["Собянин"]),
]


def char_span(doc, fragment: str, label: str = "PER") -> Span:
    start = doc.text.index(fragment)
    span = doc.char_span(start, start + len(fragment), label=label)
    assert span is not None, fragment
    return span


def _tagged(nlp, text):
    """Tokens with their morphology: repair reads parts of speech."""
    return nlp.get_pipe("rufacts_morph")(nlp.make_doc(text))


@pytest.mark.parametrize(("text", "fragment", "expected"), REPAIRS, ids=[r[1] for r in REPAIRS])
def test_entities_repair(nlp, text, fragment, expected):
    doc = _tagged(nlp, text)
    spans, _ = repair(doc, [char_span(doc, fragment)])
    assert [s.text for s in spans] == expected
    assert all(s.label_ == "PER" for s in spans)


def test_entities_repair_reports_pieces(nlp):
    doc = _tagged(nlp, "Иванов: Иван Иванов заявил")
    spans, pieces = repair(doc, [char_span(doc, "Иванов: Иван Иванов")])
    assert pieces == {(s.start, s.end) for s in spans}
    whole, whole_pieces = repair(doc, [char_span(doc, "Иван Иванов")])
    assert [s.text for s in whole] == ["Иван Иванов"] and whole_pieces == set()


def test_entities_repair_drops_pieces_without_a_name(nlp):
    doc = _tagged(nlp, "Космонавты вернулись на Землю\n\nВсе дружно отметили праздник.")
    spans, _ = repair(doc, [char_span(doc, "Землю\n\nВсе")])
    assert [s.text for s in spans] == ["Землю"]


def test_entities_repair_trims_bullets_and_dashes(nlp):
    doc = _tagged(nlp, "• Марк Шилд (Австралия) — арбитр")
    spans, _ = repair(doc, [char_span(doc, "• Марк Шилд")])
    assert [s.text for s in spans] == ["Марк Шилд"]


def test_entities_every_record_validates(pipeline, validate_record):
    texts = [p.values[0] for p in PERSONS + LOCATIONS + ORGANIZATIONS + TITLES]
    for text in texts:
        record = validate_record(pipeline.extract(text, id="x").as_json())
        for group in ("persons", "organizations", "locations"):
            for entity in record[group]:
                starts = [m["start"] for m in entity["mentions"]]
                assert starts == sorted(starts) and len(set(starts)) == len(starts)
            firsts = [e["mentions"][0]["start"] for e in record[group]]
            assert firsts == sorted(firsts)


@pytest.mark.parametrize("text, expected", [
    ("Иван Петров и Мария Петрова пришли на встречу. Петрова выступила первой. Затем Петров "
     "ответил.", {"Иван Петров": ["Иван Петров", "Петров"],
                  "Мария Петрова": ["Мария Петрова", "Петрова"]}),
    ("Мария Петрова и Иван Петров пришли на встречу. Петров выступил первым. Затем Петрова "
     "ответила.", {"Иван Петров": ["Иван Петров", "Петров"],
                   "Мария Петрова": ["Мария Петрова", "Петрова"]}),
])
def test_entities_same_surname_people_told_apart_by_verb_gender(pipeline, text, expected):
    people = {p.name: [m.text for m in p.mentions] for p in pipeline.extract(text).persons}
    assert people == expected


def test_entities_abbreviation_in_brackets_after_an_organization_is_the_organization(pipeline):
    text = ("Национальное управление океанических и атмосферных исследований (NOAA) опубликовало "
            "прогноз. Уильям Макартур (США) вернулся на Землю.")
    article = pipeline.extract(text)
    orgs = {m.text for o in article.organizations for m in o.mentions}
    locs = {m.text for loc in article.locations for m in loc.mentions}
    assert "NOAA" in orgs and "NOAA" not in locs
    assert "США" in locs  # after a person, the brackets hold a country


# names the NER types wrongly (lexicons/name_types.tsv, vehicle_heads.txt)
def test_entities_supranational_bodies_are_organizations_and_the_station_a_place():
    import rufacts

    article = rufacts.extract("Страны ЕС и НАТО обсудили санкции. Экипаж МКС вернулся на Землю.")
    orgs = {m.text for o in article.organizations for m in o.mentions}
    places = {m.text for loc in article.locations for m in loc.mentions}
    assert {"ЕС", "НАТО"} <= orgs and not {"ЕС", "НАТО"} & places
    assert "МКС" in places and "МКС" not in orgs


def test_entities_kremlin_acting_is_an_organization_in_the_kremlin_a_place():
    import rufacts

    article = rufacts.extract("Кремль заявил о новых переговорах. Встреча прошла в Кремле.")
    assert [m.text for o in article.organizations for m in o.mentions] == ["Кремль"]
    assert [m.text for loc in article.locations for m in loc.mentions] == ["Кремле"]


def test_entities_craft_names_are_no_organizations():
    import rufacts

    article = rufacts.extract("Корабль «Союз ТМА-11» приземлился в Казахстане. "
                              "После «Союза» к станции полетит шаттл «Дискавери».")
    assert not any("Союз" in m.text or "Дискавери" in m.text
                   for o in article.organizations for m in o.mentions)


def test_entities_places_said_as_adjectives_join_the_place(validate_record):
    import rufacts

    article = rufacts.extract("Российские и американские дипломаты встретились в России. "
                              "Беженцев приняли в подмосковном санатории.")
    places = {loc.name: loc for loc in article.locations}
    russia = [(m.text, m.form) for m in places["Россия"].mentions]
    assert russia == [("Российские", "adjective"), ("России", None)]
    assert [(m.text, m.form) for m in places["США"].mentions] == [("американские", "adjective")]
    assert [m.text for m in places["Подмосковье"].mentions] == ["подмосковном"]
    record = article.as_json()
    validate_record(record)
    assert "form" not in record["locations"][0]["mentions"][1]  # a mention by name has none


def test_entities_media_names_the_ner_misses_are_organizations():
    import rufacts

    article = rufacts.extract("Голос Америки: Достаточно ли этого? В Америке об этом молчат.")
    media = [o for o in article.organizations if o.name == "Голос Америки"]
    assert len(media) == 1 and media[0].category == "media"
    assert [loc.name for loc in article.locations] == ["Америка"]
