"""Sectors said as a clause's topic or as an identity predicate, not as a modifier of the
counted noun (rufacts.grammars.sector_topic_frames, w138). Sentences written for this test."""
import pytest

import rufacts


def _counts(text):
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


POSITIVES = [
    # topic frames before the count
    ("Если брать пищевую промышленность, то в области у нас около трёхсот предприятий.",
     (300, "предприятие", "пищевая промышленность", None)),
    ("Если говорить о деревообработке, то в районе сейчас двадцать шесть предприятий.",
     (26, "предприятие", "деревообработка", None)),
    ("Что касается логистики, на территории парка работают 14 компаний.",
     (14, "компания", "логистика", None)),
    ("По машиностроению у нас в крае сейчас 85 заводов.",
     (85, "завод", "машиностроение", None)),
    ("Химическая промышленность — это у нас 37 предприятий.",
     (37, "предприятие", "химическая промышленность", None)),
    ("В деревообработке у нас сейчас около шестидесяти компаний.",
     (60, "компания", "деревообработка", None)),
    ("Металлургия — это у нас девять заводов и около 30 цехов.",
     (30, "цех", "металлургия", None)),
    ("Если взять строительную отрасль, у нас около тысячи организаций.",
     (1000, "организация", "строительная отрасль", None)),
    # a topic that is a counted noun with a sector adjective: the bare number takes it
    ("Если брать айтишные компании, то в области их, по нашим данным, около девяноста.",
     (90, "компания", "IT", None)),
    # identity predicates after the count
    ("В технопарке тридцать резидентов, и все они — фармацевтика.",
     (30, "резидент", "фармацевтика", None)),
    ("В индустриальном парке сейчас 19 резидентов, в основном машиностроение.",
     (19, "резидент", "машиностроение", None)),
    ("В кластере 52 компании, из них порядка двадцати — это пищевая промышленность.",
     (20, "компания", "пищевая промышленность", 52)),
    ("Из сорока резидентов зоны пятнадцать — это электроника, девять — химия.",
     (15, "резидент", "электроника", 40)),
    ("Из сорока резидентов зоны пятнадцать — это электроника, девять — химия.",
     (9, "резидент", "химия", 40)),
    # a question answered in the next turn
    ("— Сколько у вас предприятий лёгкой промышленности? — Где-то сорок.",
     (40, "предприятие", "лёгкая промышленность", None)),
    ("— Сколько сейчас в районе точек общепита? — Летом около двухсот, зимой — сто двадцать.",
     (120, "точка", "общепит", None)),
]

NEGATIVES = [
    # a topic that names no industry
    ("Если говорить о Москве, то там у нас 300 компаний.",
     lambda got: not any(c[0] == 300 for c in got)),
    ("Что касается сроков, то 12 компаний уже сдали отчёты.",
     lambda got: not any(c[0] == 12 for c in got)),
    # a predicate that is a place or a kind, not an industry
    ("В технопарке тридцать резидентов, и все они — из Китая.",
     lambda got: not any(c[0] == 30 for c in got)),
    ("Из сорока резидентов пятнадцать — это новые компании.",
     lambda got: not any(c[0] == 15 for c in got)),
    ("По итогам года у нас 40 компаний.",
     lambda got: not any(c[0] == 40 for c in got)),
    # a question about a price: no count
    ("— Сколько стоит аренда? — Около 500 рублей за метр.", lambda got: not got),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_topic_frame_counts(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text,check", NEGATIVES)
def test_topic_frame_negatives(text, check):
    assert check(_counts(text))


UNITS = [
    # a generic unit noun whose genitive names the trade
    ("В аэропорту этим летом откроются три пункта проката автомобилей.",
     (3, "пункт", "прокат автомобилей", None)),
    ("В городе работают 35 пунктов проката самокатов.",
     (35, "пункт", "прокат самокатов", None)),
    # a nominative topic before "у нас"
    ("Такси у нас в городе сейчас двадцать две службы.",
     (22, "служба", "такси", None)),
]


@pytest.mark.parametrize("text,expected", UNITS)
def test_unit_genitive_counts(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text", ["На схеме отмечены 12 точек на карте города.",
                                  "Станок служит 20 лет, это одно из средств производства.",
                                  "Москва у нас сейчас 300 компаний не считает."])
def test_unit_negatives(text):
    assert not _counts(text)
