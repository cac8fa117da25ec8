"""Sector counts of grammars/sector_tree_recall.py (issue 11, sixth session), through the
real pipeline (``rufacts.load()``): a count that is a place or an agent of the verb, a
clause whose verb takes the sector through another verb, an activity object or a purpose,
agent nouns that name their industry, a whole with a participle and its agent inside.
The sentences are not in the gold files; the negatives must give nothing.
"""
from __future__ import annotations

import pytest


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(v.count, v.object, v.sector, v.total)
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])]


POSITIVES = [
    # the counted noun is where the action happens: the subject, or the object, is the sector
    ("Выпуск кирпича налажен на семи заводах области.",
     [(7, "завод", "выпуск кирпича", None)]),
    ("Мебель в Пензе делают на 14 фабриках.", [(14, "фабрика", "мебель", None)]),
    # the counted noun does it: "силами N"
    ("Ремонт дорог ведётся силами восьми подрядчиков.",
     [(8, "подрядчик", "ремонт дорог", None)]),
    # a clause's verb governs the verb that takes the sector
    ("В парк пришли пять резидентов, собирающихся начать производство упаковки.",
     [(5, "резидент", "производство упаковки", None)]),
    # an activity object with a field
    ("Гранты получат 30 компаний, ведущих бизнес в сфере туризма.",
     [(30, "компания", "туризм", None)]),
    # a purpose of the clause's verb
    ("Отобраны 17 проектов, нацеленных на развитие животноводства.",
     [(17, "проект", "животноводство", None)]),
    # agent nouns naming their own industry
    ("На выставку приехали 40 судостроителей.", [(40, "судостроитель", "судостроение", None)]),
    # the agent noun stated with the count is the object (docs/gold-conventions.md; w90)
    ("В ассоциацию входят 300 компаний, из них около 90 — машиностроители.",
     [(90, "машиностроитель", "машиностроение", 300)]),
    # a whole with a participle (and its agent) between the number and the noun
    ("Из 80 проверенных инспекцией фирм 25 работают в торговле.",
     [(25, "фирма", "торговля", 80)]),
]

NEGATIVES = [
    "На девяти предприятиях края прошли проверки.",        # an event, no ОКВЭД codes
    "На трёх заводах произошли аварии.",
    "На двух заводах работают 500 человек.",               # headcount
    "Соглашение подписано силами пяти компаний.",
    "Кредиты получили 20 компаний, подавших заявки.",     # a clause with no industry
    "Проекты, направленные на развитие региона, подали 12 компаний.",
    "На форуме выступили 40 металлургов.",                 # people, not firms
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_recall_families(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_recall_negatives(nlp, text):
    assert found(nlp, text) == []


COPULA_AND_FRONTED = [
    # a bare count whose dashed predicate is a counted noun with a sector adjective
    ("Три из десяти участников кластера — фармацевтические компании.",
     [(3, "компания", "фармацевтика", 10)]),
    # a fronted object the parser took for the subject, the counted noun for the object
    ("Пригородные автобусы в районе обслуживают 12 перевозчиков.",
     [(12, "перевозчик", "пригородные автобусы", None)]),
]


@pytest.mark.parametrize("text,expected", COPULA_AND_FRONTED)
def test_copula_and_fronted_objects(nlp, text, expected):
    assert found(nlp, text) == expected


def test_named_actor_is_no_fronted_object(nlp):
    assert found(nlp, "Сети «Лента» и «Ашан» открыли в городе 9 магазинов.") == []


WHOLES_AND_LISTS = [
    # a whole with an industry of its own is a count too
    ("Пять из 12 строительных компаний города работают в дорожном строительстве.",
     [(5, "компания", "дорожное строительство", 12), (12, "компания", "строительство", None)]),
    # "N <noun>: <sector adjective> — N, ..."
    ("Технопарк объединяет 15 резидентов: фармацевтические — 9, химические — 6.",
     [(9, "резидент", "фармацевтика", 15), (6, "резидент", "химическая промышленность", 15)]),
]


@pytest.mark.parametrize("text,expected", WHOLES_AND_LISTS)
def test_wholes_and_adjective_lists(nlp, text, expected):
    assert sorted(found(nlp, text)) == sorted(expected)


def test_whole_without_industry_is_no_count(nlp):
    assert found(nlp, "Из 30 малых предприятий района 12 работают в торговле.") == [
        (12, "предприятие", "торговля", 30)]


SHARED_AND_SUBJECT = [
    # a verb joined with "и" shares the counted subject
    ("Девять фирм получили субсидии и займутся выпуском кормов.",
     [(9, "фирма", "выпуск кормов", None)]),
    # a sector phrase is the subject of the dashed count
    ("Пищевая промышленность края — это 210 предприятий.",
     [(210, "предприятие", "пищевая промышленность", None)]),
    # marker rows: "работать с X", "зарабатывать на X"
    ("В области 14 агентств, работающих с событийным туризмом.",
     [(14, "агентство", "событийный туризм", None)]),
]


@pytest.mark.parametrize("text,expected", SHARED_AND_SUBJECT)
def test_shared_verbs_and_sector_subjects(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Наш регион — это 40 предприятий.",                      # no sector subject
    "Девять фирм получили субсидии и подписали соглашения.",  # no sector argument
])
def test_shared_and_subject_negatives(nlp, text):
    assert found(nlp, text) == []


AGENT_WHOLES_AND_FIELDS = [
    # a bare count of an agent noun's whole: both the part and the whole count
    ("Четыре из девяти судостроителей края получили заказы.",
     [(4, "судостроитель", "судостроение", 9), (9, "судостроитель", "судостроение", None)]),
    # the count last, after "число <noun> в сфере X"
    ("За год число стартапов в сфере робототехники достигло 45.",
     [(45, "стартап", "робототехника", None)]),
]


@pytest.mark.parametrize("text,expected", AGENT_WHOLES_AND_FIELDS)
def test_agent_wholes_and_fields(nlp, text, expected):
    assert sorted(found(nlp, text)) == sorted(expected)


PASSIVE_FIELDS_AND_SCALES = [
    # the passive's subject is a field noun: its genitive is the sector
    ("Сфера общественного питания в городе представлена 70 компаниями.",
     [(70, "компания", "общественное питание", None)]),
    # a qualifier, a scale noun and the counted noun, parsed as a chain
    ("Более десятка фирм занимаются производством мебели.",
     [(10, "фирма", "производство мебели", None)]),
]


@pytest.mark.parametrize("text,expected", PASSIVE_FIELDS_AND_SCALES)
def test_passive_fields_and_scales(nlp, text, expected):
    assert found(nlp, text) == expected


def test_centres_are_counted_but_not_shopping_malls(nlp):
    assert found(nlp, "В крае открылись пять логистических центров.") == [
        (5, "центр", "логистика", None)]
    assert found(nlp, "В городе построили три торговых центра.") == []
    assert found(nlp, "Рост составил 12 процентов в центре города.") == []


def test_clause_verb_with_a_lone_coded_object(nlp):
    assert found(nlp, "В районе 11 хозяйств, выбравших овцеводство.") == [
        (11, "хозяйство", "овцеводство", None)]
    assert found(nlp, "Гранты получили 15 компаний, выбравших Казань.") == []


def test_coded_genitive_after_the_counted_noun(nlp):
    assert found(nlp, "В крае действуют 30 учреждений здравоохранения.") == [
        (30, "учреждение", "здравоохранение", None)]
    assert found(nlp, "На форум приехали 40 участников выставки.") == []  # no codes
    assert found(nlp, "В регионе 12 предприятий холдинга.") == []


def test_coded_genitive_with_the_count_last(nlp):
    assert found(nlp, "Учреждений здравоохранения в районе осталось всего девять.") == [
        (9, "учреждение", "здравоохранение", None)]


def test_elided_items_from_a_sector_after_a_colon(nlp):
    assert sorted(found(nlp, "В бизнес-инкубаторе 20 резидентов: 12 — из сферы дизайна, "
                             "восемь — из робототехники.")) == sorted([
        (12, "резидент", "дизайн", 20), (8, "резидент", "робототехника", 20)])
