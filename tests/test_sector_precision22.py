"""False sector counts by class (w196, issue 11): figures that are names, ordinals, codes or
house numbers (grammars/sector_name_numbers.py); sectors headed by a scale, a place or an
institution (lexicons/sector_nonsector_heads.txt), with a facility noun's own trade taken
instead (grammars/sector_own_trade.py); totals of "K из M" and of a sentence opening with
"Из M" / "Среди M", and of parts of a figure compared with an earlier one
(grammars/sector_open_totals.py). The sentences are written for the test; the KEPT ones
are true counts near them that must stay.
"""
from __future__ import annotations

import pytest

NAME_NUMBERS = [
    # "№": a name
    ("На птицефабрике № 2 агрохолдинга «Заря» поставили новую линию убоя.", 2),
    ("Участок № 7 Южного горно-обогатительного комбината закрыли на реконструкцию.", 7),
    # an ordinal in figures
    ("Банк «Север» стал 12-м участником платёжной системы региона.", 12),
    ("Пекарня «Колос» стала 25-й сетевой пекарней города.", 25),
    # a code of letters and digits
    ("Самолёт 7R-2215 авиакомпании «Восток» вылетел с опозданием.", 7),
    # a house number
    ("Кафе «Берёзка» на улице Гагарина, 12, закрыто на ремонт до 1 июня.", 12),
]

NOT_SECTORS = [
    # an institution read as the field of the firms it counts
    ("Областной фонд микрофинансирования в этом году профинансировал 230 проектов на "
     "900 млн рублей.", 230),
    ("Уральский федеральный университет за пять лет создал 19 малых предприятий.", 19),
]

OWN_TRADES = [
    # a scale or a place read as the sector; the facility noun's own trade instead
    ("В районе работают 12 пасек промышленного масштаба.", 12, "пасека", "пчеловодство"),
]

TOTALS = [
    ("Четыре из семи крупнейших работодателей района — лесопильные предприятия.",
     4, 7),
    ("Из 14 крупнейших потребителей газа в области пять — кирпичные заводы.", 5, 14),
    # the opening sentence cut by razdel inside the quotes of a name
    ("Среди 40 компаний — участников «Агро. Юг» из Ставрополья 11 — производители кормов.",
     11, 40),
]

KEPT = [
    ("В городе 14 ресторанов и 6 пекарен.", 14),
    ("Четыре лесопильных предприятия работают в районе.", 4),
    ("Контракты подписали 3 строительные компании из Перми.", 3),
]


def _values(nlp, text):
    doc = nlp(text)
    return [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]


@pytest.mark.parametrize("text, count", NAME_NUMBERS + NOT_SECTORS)
def test_not_a_count(nlp, text, count):
    assert count not in {v.count for v in _values(nlp, text)}


@pytest.mark.parametrize("text, count", KEPT)
def test_true_count_kept(nlp, text, count):
    assert count in {v.count for v in _values(nlp, text)}


@pytest.mark.parametrize("text, count, obj, sector", OWN_TRADES)
def test_own_trade(nlp, text, count, obj, sector):
    assert (count, obj, sector) in {(v.count, v.object, v.sector)
                                    for v in _values(nlp, text)}


@pytest.mark.parametrize("text, count, total", TOTALS)
def test_open_total(nlp, text, count, total):
    assert (count, total) in {(v.count, v.total) for v in _values(nlp, text)}


def test_earlier_figure_is_no_whole(nlp):
    text = ("Курьерскую доставку в Казани сейчас обеспечивают 30 компаний против 24 годом "
            "ранее, причём шесть из них работают только с маркетплейсами.")
    totals = {v.count: v.total for v in _values(nlp, text)}
    assert totals.get(6) == 30


def test_year_is_no_whole(nlp):
    text = "Из 2021 года в области открылись 17 IT-компаний."
    assert all(v.total is None for v in _values(nlp, text) if v.count == 17)
