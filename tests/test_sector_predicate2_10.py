"""w102 (held10, second round): the sector said by the predicate (docs/gold-conventions.md,
"sector"): a short adjective of ability over an infinitive ("способны выпускать",
sector_predicate_modal), an approximate count after the verb ("20 с небольшим фирм",
"порядка 3 тыс. ИП": sector_tree._verb, tokenizer), two clauses each with its own verb,
object and counted subject, and a bare number's own verb ("ещё три строят суда":
sector_predicate_clauses); a gapped "X — ещё N" after a fronted object whose counted
subject the parser made an object (sector_tree_lists._orphan). Real pipelines, general sentences written for the tests."""
from __future__ import annotations

import pytest

import rufacts

from sector_helpers import counts


POSITIVE = [
    # a short adjective of ability over the infinitive: the infinitive's object is the sector
    ("Тяжёлые карьерные самосвалы в России способны выпускать лишь два завода.",
     (2, "завод", "тяжёлые карьерные самосвалы", None)),
    ("Морские буровые платформы в стране способны строить только две верфи, заявил "
     "замминистра.", (2, "верфь", "морские буровые платформы", None)),
    ("Авиационные двигатели в стране готовы производить пять заводов.",
     (5, "завод", "авиационные двигатели", None)),
    # an approximate count after the verb
    ("Проектированием мостов в регионе занимаются 20 с небольшим фирм, сообщили в "
     "министерстве.", (20, "фирма", "проектирование мостов", None)),
    ("Ремонтом сельхозтехники занимаются сто с лишним мастерских.",
     (100, "мастерская", "ремонт сельхозтехники", None)),
    ("Грузоперевозками в Бурятии занимаются порядка 2 тыс. ИП.",
     (2000, "ИП", "грузоперевозки", None)),
    ("Строительством дорог в области занимаются около 4 тыс. ИП, сообщает налоговая служба.",
     (4000, "ИП", "строительство дорог", None)),
    # two clauses, each with its own verb, object and counted subject
    ("В Тамбовской области подсолнечник выращивают 200 хозяйств, а масло из него производят "
     "три завода — в Мичуринске и Моршанске.", (3, "завод", "масло", None)),
    ("В области звероводством занимаются 14 предприятий, а шкурки выделывают две фабрики.",
     (14, "предприятие", "звероводство", None)),
    # a bare number before its own verb, the noun after it its object
    ("В Архангельской области ремонтом судов занимаются шесть предприятий, ещё два строят "
     "рыболовецкие суда.", (2, "предприятие", "рыболовецкие суда", None)),
    # a gapped list after a fronted object, the counted subject parsed as an object
    ("Молоко в области производят 40 ферм, сыр — ещё 12.", (12, "ферма", "сыр", None)),
    ("Зерно в крае выращивают 300 сельхозпредприятий, овощи — ещё 40.",
     (40, "сельхозпредприятие", "овощи", None)),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_predicate_sector(text, expected):
    assert expected in counts(text)


NEGATIVE = [
    # an ability without an industry, a person's readiness, a figure that is no count
    "Три завода способны работать на полную мощность уже в этом году.",
    "Пять компаний должны выплатить штрафы до конца месяца.",
    "Зарплата в отрасли выросла до 80 тыс. МВД сообщило о новых проверках.",
    "В отрасли работают 20 с небольшим тысяч человек.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_count(text):
    assert counts(text) == set()


def test_scale_then_new_sentence():
    doc = rufacts.load()("Зарплата выросла до 80 тыс. МВД сообщило об этом.")
    assert len(list(doc.sents)) == 2
