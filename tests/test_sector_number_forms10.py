"""Number expressions of sector counts (issue 11, round 10, w92): approximate and colloquial
quantities ("десятка два", "под сотню", "30 с небольшим", "1 700 с лишним", "не больше
десятка", "свыше 2 тыс.") and the same firms counted at another time or place with a number
in digit groups ("1 430 против 1 390 годом ранее"). Real pipelines, general sentences."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


FORMS = [
    # the colloquial order "десятка два" (20), "десятка полтора" (15)
    ("Выпечкой хлеба в округе занимаются десятка два пекарен.",
     {(20, "пекарня", "выпечка хлеба", None)}),
    ("Переработкой молока в области занимаются десятка полтора заводов.",
     {(15, "завод", "переработка молока", None)}),
    # "под" + a number: approximate, the number's phrase is the subject
    ("Производством мебели в районе заняты под сотню небольших цехов.",
     {(100, "цех", "производство мебели", None)}),
    ("Выращиванием ягод в районе занимаются под 40 фермерских хозяйств.",
     {(40, "хозяйство", "выращивание ягод", None)}),
    # "с небольшим" / "с лишним" after digits, digit groups too
    ("Производством сыра в крае заняты 30 с небольшим хозяйств.",
     {(30, "хозяйство", "производство сыра", None)}),
    ("Производством сыра в крае заняты 1 700 с лишним хозяйств.",
     {(1700, "хозяйство", "производство сыра", None)}),
    # a qualifier the parser makes the subject or a preposition
    ("Ремонтом обуви в районе занимаются не больше десятка фирм.",
     {(10, "фирма", "ремонт обуви", None)}),
    ("Логистикой в регионе занимаются свыше 2 тыс. компаний, но рынок делят лидеры.",
     {(2000, "компания", "логистика", None)}),
    # the count last after a qualifier: "около дюжины"
    ("Туристических фирм в городе около дюжины, и почти все работают с Китаем.",
     {(12, "фирма", "туризм", None)}),
    # the same firms another year, the numbers in digit groups
    ("Хлебопекарных предприятий в области стало 1 430 против 1 390 годом ранее.",
     {(1430, "предприятие", "хлебопекарная промышленность", None),
      (1390, "предприятие", "хлебопекарная промышленность", None)}),
    ("Хлебом в области занимаются 1 430 предприятий против 1 390 годом ранее.",
     {(1430, "предприятие", "хлеб", None), (1390, "предприятие", "хлеб", None)}),
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_number_forms(text, expected):
    assert counts(text) == expected


NEGATIVES = [
    "Почти полсотни сотрудников завода отправлены в отпуск.",
    "С десяток жителей пожаловались на запах от птицефабрики.",
    "Под сотню человек пришли на ярмарку фермерских хозяйств.",
    "Выручка компаний по производству мебели выросла с четырёх до 19 млрд рублей.",
    "Банк выдал кредит под 12% годовых компании, производящей мебель.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_count(text):
    assert counts(text) == set()


def test_earlier_revenue_is_no_figure():
    assert counts("Производством мебели занимаются 40 компаний, а годом ранее их выручка "
                  "составляла 5 млрд рублей.") == {(40, "компания", "производство мебели", None)}


def test_under_a_city_is_no_qualifier():
    found = counts("Под Москвой работают 30 заводов по выпуску кирпича.")
    assert {c[0] for c in found} == {30}


# --- the same firms at another place after a measure said of them ----------------------
def test_other_place_after_a_measure():
    found = counts("Ветроэнергетикой в России занимаются 26 ветропарков общей мощностью "
                   "2,5 ГВт, тогда как в Турции — более 300.")
    assert (300, "ветропарк") in {c[:2] for c in found}
    found = counts("В регионе выпускают кирпич 14 заводов мощностью 200 млн штук, а в "
                   "соседней области — девять.")
    assert {c[:2] for c in found} == {(14, "завод"), (9, "завод")}


def test_measure_then_other_things_is_no_figure():
    found = counts("В регионе выпускают кирпич 14 заводов мощностью 200 млн штук, а в "
                   "соседней области — девять процентов.")
    assert {c[0] for c in found} == {14}
