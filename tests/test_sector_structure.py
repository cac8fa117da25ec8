"""Sector counts read from the sentence's structure (issue 11, fifth session), through the
real pipeline (``rufacts.load()``): a marker verb's argument whatever its words where its
normal form has ОКВЭД codes, the subject of a passive verb whose agent the counted noun
is, a field noun with an adjective outside the lexicon, a number across a dash after a
count of the same clause, scale nouns as counts, counted nouns pymorphy3 reads as
adjectives first; wholes after a part cue, "из N" after a noun that is no share, "чья
деятельность — X", profile nouns, the object of any other verb with ОКВЭД codes. The
sentences are not in the gold files; the negatives must give nothing.
"""
from __future__ import annotations

import pytest


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(v.count, v.object, v.sector, v.total, [c.code for c in v.okved])
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])]


POSITIVES = [
    # the argument of a marker verb, not a sector noun of the lexicon, with ОКВЭД codes
    ("Вывоз мусора в Твери ведут четыре компании.", [(4, "компания", "вывоз мусора")]),
    # the subject of a passive verb whose agent is the counted noun
    ("Выпуск кирпича в области освоен шестью заводами.", [(6, "завод", "выпуск кирпича")]),
    # a field noun whose adjective is outside the lexicon
    ("К сфере ювелирной индустрии в технопарке относятся 12 резидентов.",
     [(12, "резидент", "ювелирная индустрия")]),
    # a number across a dash counts the object of the count before it in the clause
    ("В парке работают семь компаний лёгкой промышленности и три — пищевой.",
     [(7, "компания", "лёгкая промышленность"), (3, "компания", "пищевая промышленность")]),
    ("Газоснабжением в районе занимаются две организации, электроснабжением — одна.",
     [(2, "организация", "газоснабжение"), (1, "организация", "электроснабжение")]),
    # a scale noun as the count
    ("Полтора десятка стартапов разрабатывают робототехнику.",
     [(15, "стартап", "робототехника")]),
    # "пекарен": pymorphy3 reads an adjective first
    ("Выпечкой хлеба в городе заняты 11 пекарен.", [(11, "пекарня", "выпечка хлеба")]),
]

NEGATIVES = [
    "Контракт подписан 5 компаниями.",                       # a passive subject with no codes
    "Проект поддержан 12 предприятиями.",
    "На форуме интересы региона представляли 20 компаний.",  # no industry
    "В Воронежской области работают 15 компаний.",           # a place
    "В разных отраслях заняты 40 предприятий.",
    "Переговоры ведут три компании.",
    "Стройку ведут 3 подрядные организации.",                # one project
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_structure_families(nlp, text, expected):
    assert [v[:3] for v in found(nlp, text)] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_structure_negatives(nlp, text):
    assert found(nlp, text) == []


def test_new_phrases_get_head_led_codes(nlp):
    """The ОКВЭД mapper gives the unlexicon'd phrases the codes their head noun leads to."""
    codes = {v[2]: v[4] for text, _ in POSITIVES for v in found(nlp, text)}
    assert codes["вывоз мусора"] == ["38"] and codes["выпуск кирпича"] == ["23"]
    assert codes["электроснабжение"] == ["35"]


WHOLES = [
    # a part cue after a comma: the count of the counted noun before is the whole
    ("На ярмарке работали 800 участников, среди них около 120 производителей мёда.",
     [(120, "производитель", "мёд", 800)]),
    ("В реестре 1 500 компаний, в том числе свыше 300 производителей мебели.",
     [(300, "производитель", "мебель", 1500)]),
    # the counted noun before ", из них" is a whole, not a count of the predicate's sector
    ("В парке 52 компании-резидента, из них робототехникой занимаются 11.",
     [(11, "компания", "робототехника", 52)]),
    # "из" after a noun that is no share: what a thing is made of, not a whole
    ("В Казани сформирован консорциум из 14 фармацевтических компаний.",
     [(14, "компания", "фармацевтика", None)]),
    # "чья основная деятельность — X", a profile noun after the counted noun
    ("В крае работают 24 фирмы, чья основная деятельность — вывоз мусора.",
     [(24, "фирма", "вывоз мусора", None)]),
    ("В Самаре работают 18 компаний медицинского направления.",
     [(18, "компания", "медицина", None)]),
    # the object of a verb outside the markers, with ОКВЭД codes; a digit group
    ("Консервы в крае выпускают 3 000 предприятий.", [(3000, "предприятие", "консервы", None)]),
]

NOT_WHOLES_OR_SECTORS = [
    "Большинство из 40 резидентов занимаются логистикой.",   # a share of a whole
    "Кредиты получили 30 компаний.",                        # a verb of getting
    "Оборонный заказ выполняют 12 предприятий.",             # a task, not goods
    "Шесть из десяти опрошенных предпринимателей ожидают роста продаж.",
]


@pytest.mark.parametrize("text,expected", WHOLES)
def test_wholes_and_clauses(nlp, text, expected):
    assert [v[:4] for v in found(nlp, text)] == expected


@pytest.mark.parametrize("text", NOT_WHOLES_OR_SECTORS)
def test_shares_and_other_verbs_give_nothing(nlp, text):
    assert found(nlp, text) == []


def test_the_count_last(nlp):
    """The counted noun first in the genitive plural, the bare number closing the clause."""
    text = "Производителей сыра в области, по данным минсельхоза, осталось всего девять."
    assert [v[:4] for v in found(nlp, text)] == [(9, "производитель", "сыр", None)]
    assert found(nlp, "Строительных компаний в 2015 году стало больше.") == []
    assert found(nlp, "Компаний в списке 20.") == []  # no sector


def test_an_abbreviated_counted_noun_keeps_its_capitals(nlp):
    text = "Льготы получили 40 ИП, работающих в сфере общественного питания."
    assert [v[:3] for v in found(nlp, text)] == [(40, "ИП", "общественное питание")]


def test_verbs_joined_by_and_share_their_object(nlp):
    text = "Медицинские приборы разрабатывают и выпускают девять компаний."
    assert [v[:3] for v in found(nlp, text)] == [(9, "компания", "медицинские приборы")]
    # the verb of another clause is no conjunct: the whole keeps no sector
    text = "В городе зарегистрировано 60 компаний; строительством из них занимаются 12."
    assert [v[:4] for v in found(nlp, text)] == [(12, "компания", "строительство", 60)]


def test_main_activity_said_by_a_relative_clause(nlp):
    text = ("В области работают 20 хозяйств, для которых основным видом деятельности "
            "является овцеводство.")
    assert [v[:3] for v in found(nlp, text)] == [(20, "хозяйство", "овцеводство")]


@pytest.mark.parametrize("text,expected", [
    # adjectives before a profile noun stand for their sectors, joined by "и"
    ("В крае действуют 14 заводов химического и металлургического профиля.",
     (14, "завод", "химическая промышленность и металлургия")),
    ("Гранты получили 20 компаний нефтесервисного сегмента.",
     (20, "компания", "нефтесервис")),
    # "другие", "прочие" are left out of the sector's normal form
    ("Прочие бытовые услуги в городе оказывают 40 фирм.", (40, "фирма", "бытовые услуги")),
    # the verb's object over the noun's adjective where it narrows their ОКВЭД codes
    ("Нефтепродукты и смазочные масла в Омске производят два нефтеперерабатывающих завода.",
     (2, "завод", "нефтепродукты и смазочные масла")),
])
def test_profiles_vague_words_and_narrower_objects(nlp, text, expected):
    assert [v[:3] for v in found(nlp, text)] == [expected]


def test_segment_in_a_field_phrase_keeps_its_words(nlp):
    text = "Льготы получили девять фирм, работающих в гостиничном сегменте."
    assert [v[:3] for v in found(nlp, text)] == [(9, "фирма", "гостиничный сегмент")]


def test_an_elided_item_with_its_own_part_cue(nlp):
    text = "Всего в парке 20 компаний, восемь из них — в логистике."
    assert [v[:4] for v in found(nlp, text)] == [(8, "компания", "логистика", 20)]
