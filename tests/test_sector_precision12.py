"""Numbers that are no count of firms, by class (w128, grammars/sector_not_counts.py):
clock times and day-month figures, "один" naming the one whole others join ("входят в
один холдинг"), sector phrases headed by a measure of the firms or an event
("численность сотрудников IT-компаний", "участие в семинаре"). The sentences are written
for the test; the KEPT ones are true counts near them that must stay.
"""
from __future__ import annotations

import pytest

NOT_COUNTS = [
    # clock times
    ("Летние кафе в парке смогут работать до 23:00, решили в мэрии.", 23),
    ("Уличные кафе у реки будут открыты до 22.00, сообщили в администрации.", 22),
    ("Пекарни на рынке откроются в 6:30, а закроются в 19:00.", 6),
    ("Столовые при заводах с понедельника обслуживают посетителей с 7.30 до 16.00.", 30),
    # the one whole others join
    ("Все пять мясокомбинатов региона входят в один агрохолдинг.", 1),
    ("Три молокозавода области в прошлом году объединились в одну компанию.", 1),
    ("Восемь птицефабрик края работают под одним брендом.", 1),
    ("Шесть лесопилок района теперь в составе одной лесопромышленной группы.", 1),
    # a measure or an event as the sector
    ("В технопарке сейчас 300 резидентов и партнёров, а численность работников "
     "ИТ-компаний превысила 5 тысяч человек.", 300),
    ("Семеро фермеров района приняли участие в выездном семинаре по кормопроизводству.", 7),
    ("Сделку по слиянию одобрили три банка-кредитора, сообщил источник.", 3),
    # a figure alone read as the sector
    ("Агросалон в этом году займёт 30 тыс. кв. м и шесть павильонов выставочного центра.", 6),
]

KEPT = [
    ("Ресторанным бизнесом в городе заняты 23 компании.", 23),
    ("Пять агрохолдингов области выращивают сахарную свёклу.", 5),
    ("Одна строительная компания получила разрешение на застройку квартала.", None),
    ("В регионе 120 строительных фирм, а число работников отрасли выросло до 40 тысяч.", 120),
    ("Молочной продукцией в районе занимаются четыре предприятия.", 4),
]


def _counts(nlp, text):
    doc = nlp(text)
    return {s._.rufacts_sector_count.count for s in doc.spans["sector_counts"]}


@pytest.mark.parametrize("text, count", NOT_COUNTS)
def test_not_a_count(nlp, text, count):
    assert count not in _counts(nlp, text)


@pytest.mark.parametrize("text, count", [k for k in KEPT if k[1] is not None])
def test_true_count_kept(nlp, text, count):
    assert count in _counts(nlp, text)
