"""Split and inverted quantity phrases of spoken Russian (w137): the counted noun in the
genitive plural first, the number later in its clause past a place, "у нас", a parenthetical
or a quote's end ("Мебельных фабрик в области, насколько я знаю, около тридцати»"); the
number inverted after its noun with a counter word or a genitive of the noun's own ("фабрик
штук сорок", "точек общепита штук триста"); a verb of being after the number ("три
осталось"); "осталась одна"; and the other figure of the same firms said after it with the
noun left out ("а было, если не ошибаюсь, двадцать", "а в девяностые было за сорок").
The sentences are written for the test.
"""
from __future__ import annotations

import pytest

# (sentence, the (count, object) pairs it must give, a sector of one of them or None)
POSITIVES = [
    ("«Мебельных фабрик в области, насколько я знаю, около тридцати», — отметил министр.",
     {(30, "фабрика")}, "мебельная промышленность"),
    ("«Рыбоперерабатывающих заводов — больших и малых — у нас на побережье уже около сорока», "
     "— говорит губернатор.", {(40, "завод")}, None),
    ("«Швейных цехов у нас в городе двадцать с лишним», — рассказала депутат.",
     {(20, "цех")}, None),
    ("«Ювелирных мастерских в Костроме где-то под двести», — сказал председатель гильдии.",
     {(200, "мастерская")}, None),
    ("«У нас в Иванове швейных фабрик штук сорок, не меньше», — уверен предприниматель.",
     {(40, "фабрика")}, None),
    ("Точек общепита вдоль федеральной трассы, по подсчётам района, штук девяносто.",
     {(90, "точка")}, "общепит"),
    ("«Стекольных заводов у нас в крае пять осталось, а в советское время было за тридцать», "
     "— признал вице-губернатор.", {(5, "завод"), (30, "завод")}, None),
    ("«Частных пекарен в районе три осталось, а ещё десять лет назад было пятнадцать», — "
     "сетует глава.", {(3, "пекарня"), (15, "пекарня")}, None),
    ("«Ткацких фабрик в городе осталась одна, а было семь», — вздохнул глава.",
     {(1, "фабрика"), (7, "фабрика")}, None),
    ("«У нас шесть кирпичных заводов было, остался один, да и тот еле живой», — говорит мэр.",
     {(6, "завод"), (1, "завод")}, None),
    ("«Кожевенных заводов у нас два работает, а было, если не ошибаюсь, девять», — сказал "
     "глава округа.", {(2, "завод"), (9, "завод")}, None),
    ("«Я так скажу: в области тепличных комбинатов четыре, и все новые», — сказал министр.",
     {(4, "комбинат")}, None),
    ("«Свиноферм в районе, если не ошибаюсь, восемь», — сказал глава района.",
     {(8, "ферма")}, "свиноводство"),
    ("«Туристических фирм в Калининграде за сотню», — заметил вице-мэр.",
     {(100, "фирма")}, None),
]

# near misses: no count of firms in the figure
NEGATIVES = [
    ("«Работников на заводах у нас в области тысячи три», — сказал министр.", 3000),
    ("«Проверок в этом году на молочных заводах было пять», — сообщил инспектор.", 5),
    ("«Молочных заводов у нас в области три, а сотрудников на них — больше двух тысяч», — "
     "сказал губернатор.", 2000),
    ("«Тракторов в хозяйствах района штук сорок, а было вдвое больше», — сказал глава.", 40),
    ("«В районе осталась одна проблема — дороги», — признал глава.", 1),
    ("«Заводов у нас в области три осталось, а было двадцать лет назад больше», — сказал "
     "губернатор.", 20),
]

KNOWN_GAPS = {"«Туристических фирм в Калининграде за сотню», — заметил вице-мэр."}


def _counts(nlp, text):
    doc = nlp(text)
    return [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]


@pytest.mark.parametrize("text, pairs, sector", [
    p if p[0] not in KNOWN_GAPS else pytest.param(*p, marks=pytest.mark.xfail(
        reason="'за сотню': a lone scale noun after 'за' is no number of the tree yet"))
    for p in POSITIVES])
def test_split_count(nlp, text, pairs, sector):
    found = _counts(nlp, text)
    assert pairs <= {(v.count, v.object) for v in found}
    if sector is not None:
        assert sector in {v.sector for v in found}


@pytest.mark.parametrize("text, count", NEGATIVES)
def test_not_a_split_count(nlp, text, count):
    assert count not in {v.count for v in _counts(nlp, text)}
