"""Sector counts missed before the seventh session's recall round (issue 11), through the
real pipeline (``rufacts.load()``), on sentences of our own (not in any gold file):

* a whole with a qualifier ("Из почти 3 тысяч ..., около 900 ..."): the whole stays a
  whole (not a count of its own) and the qualified part is counted against it, however the
  parser hangs "около N" (subject, prepositional ``obl``, a ``nummod`` of the whole);
* whole-number words ("полусотни") as the whole's number.
The negatives must give nothing.
"""
from __future__ import annotations

import pytest


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return sorted((v.count, v.object, v.sector, v.total)
                  for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"]))


QUALIFIED_WHOLES = [
    ("Из примерно 500 резидентов особой зоны свыше 120 выпускают электронику.",
     [(120, "резидент", "электроника", 500)]),
    ("Из более чем 60 участников кластера порядка 20 производят мебель.",
     [(20, "участник", "мебель", 60)]),
    ("Среди почти двух тысяч фермерских хозяйств края около 400 выращивают зерно.",
     [(400, "хозяйство", "зерно", 2000)]),
    ("Из почти сотни резидентов технопарка около 30 разрабатывают программное обеспечение.",
     [(30, "резидент", "программное обеспечение", 100)]),
    ("Из почти 90 предприятий области порядка 30 относятся к пищевой промышленности.",
     [(30, "предприятие", "пищевая промышленность", 90)]),
    ("Из почти полутора сотен резидентов около 40 занимаются логистикой.",
     [(40, "резидент", "логистика", 150)]),
    ("Среди порядка 80 резидентов парка свыше 20 занимаются биотехнологиями.",
     [(20, "резидент", "биотехнологии", 80)]),
    ("Из полусотни фирм, получивших гранты, девять работают в строительстве.",
     [(9, "фирма", "строительство", 50)]),
]

QUALIFIED_NEGATIVES = [
    "Из почти 300 опрошенных компаний около 90 заявили о росте продаж.",
    "Из почти 40 заводов района около 10 закрылись.",
    "Из полусотни магазинов города около десяти работают круглосуточно.",  # w114: кафе names its trade now
]


@pytest.mark.parametrize("text,expected", QUALIFIED_WHOLES)
def test_qualified_wholes(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", QUALIFIED_NEGATIVES)
def test_qualified_negatives(nlp, text):
    assert found(nlp, text) == []


# counted nouns of organizations by their role, and facilities (sector_objects_roles.txt);
# "субъект" only with a word of business after it (sector_objects_bound.tsv)
ROLE_NOUNS = [
    ("Из 45 получателей субсидий 12 занимаются переработкой молока.",
     [(12, "получатель", "переработка молока", 45)]),
    ("Льготные кредиты получили 30 заёмщиков, работающих в сельском хозяйстве.",
     [(30, "заёмщик", "сельское хозяйство", None)]),
    ("Более 300 субъектов малого бизнеса работают в сфере общественного питания.",
     [(300, "субъект", "общественное питание", None)]),
    ("Хранением зерна в области занимаются 18 элеваторов.",
     [(18, "элеватор", "хранение зерна", None)]),
    ("Подготовкой кадров для нефтегазовой отрасли занимаются девять вузов.",
     [(9, "вуз", "подготовка кадров для нефтегазовой отрасли", None)]),
]

ROLE_NEGATIVES = [
    "В 60 субъектах России ведётся производство молока.",   # regions, not firms
    "Молоко производят 40 субъектов федерации.",
    "Из 45 получателей субсидий 12 находятся в Омске.",     # no industry
    "В области отремонтируют 18 элеваторов.",
]


@pytest.mark.parametrize("text,expected", ROLE_NOUNS)
def test_role_nouns(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", ROLE_NEGATIVES)
def test_role_negatives(nlp, text):
    assert found(nlp, text) == []


# "Десяток" (lemmatized "десятка") as a lone scale noun the tree re-hangs; verbs of turning
# to and working on an activity ("перейти на", "работать над", "участвовать в"), whose
# argument must have ОКВЭД codes (sector_markers.tsv, head rows)
VERBS_AND_SCALES = [
    ("Десяток фирм города развивают робототехнику.", [(10, "фирма", "робототехника", None)]),
    ("Полсотни фермерских хозяйств перейдут на разведение скота.",
     [(50, "хозяйство", "разведение скота", None)]),
    ("Три десятка стартапов технопарка работают над системами видеоаналитики.",
     [(30, "стартап", "системы видеоаналитики", None)]),
    ("Десять колледжей области участвуют в подготовке специалистов для судостроения.",
     [(10, "колледж", "подготовка специалистов для судостроения", None)]),
]

VERBS_NEGATIVES = [
    "Над проектом работают 12 компаний.",
    "20 компаний перейдут на четырёхдневную рабочую неделю.",
    "В выставке участвуют 40 компаний.",
    "Десяток компаний подписали соглашение.",
]


@pytest.mark.parametrize("text,expected", VERBS_AND_SCALES)
def test_verbs_and_scales(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", VERBS_NEGATIVES)
def test_verbs_negatives(nlp, text):
    assert found(nlp, text) == []


# a maker noun after a dash said of the counted noun, its genitive the sector; "работать на
# рынке X" (рынок a field)
APPOSED_AND_MARKETS = [
    ("В ассоциацию входят 12 фирм — поставщиков медицинской техники.",
     [(12, "фирма", "медицинская техника", None)]),
    ("На форум приехали 40 компаний — производителей сыра.", [(40, "компания", "сыр", None)]),
    ("На рынке бурения в Восточной Сибири работают лишь четыре подрядчика.",
     [(4, "подрядчик", "бурение", None)]),
]

APPOSED_NEGATIVES = [
    "Соглашение подписали 12 компаний — участников форума.",
    "На трёх заводах работают 12 компаний.",
    "На рынке работают 12 компаний.",
]


@pytest.mark.parametrize("text,expected", APPOSED_AND_MARKETS)
def test_apposed_and_markets(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", APPOSED_NEGATIVES)
def test_apposed_negatives(nlp, text):
    assert found(nlp, text) == []


# the count last, the counted noun followed by "по <activity>" (производство is itself a
# counted noun: the scan back from the number passes it)
COUNT_LAST = [
    ("Число заводов по выпуску кирпича сократилось до 12.",
     [(12, "завод", "выпуск кирпича", None)]),
    ("Заводов по переработке молока в области осталось всего семь.",
     [(7, "завод", "переработка молока", None)]),
]


@pytest.mark.parametrize("text,expected", COUNT_LAST)
def test_count_last_with_po(nlp, text, expected):
    assert found(nlp, text) == expected
