"""Predicate counts (issue 11, "numbers away from the noun"): the counted noun first, in the
genitive plural, its number said last in the clause as the predicate, past an inserted
source or a clause, after a dash, with "с лишним", or through "их" (grammars/
sector_tree_last.py). Real pipelines, own sentences written for the family."""
from __future__ import annotations

import pytest

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    # an inserted source between the noun and its number
    ("Производителей мебели в Кировской области, по оценке минпрома, около шестидесяти.",
     (60, "производитель", "мебель", None)),
    # a dash before the number
    ("Молочных заводов в Вологодской области — 18.",
     (18, "завод", "молочная промышленность", None)),
    # "с лишним" after the number, a clause with "но" after it
    ("Поставщиков медицинского оборудования в реестре 120 с лишним, но треть не работает.",
     (120, "поставщик", "медицинское оборудование", None)),
    # "их" standing for the noun in brackets
    ("Компании IT-профиля (их в Калуге 35) получили налоговые льготы.",
     (35, "компания", "IT", None)),
    # a participle clause on the noun, then the number
    ("Агрохолдингов, выращивающих рапс, в Сибири около двадцати.",
     (20, "агрохолдинг", "рапс", None)),
    # a fused compound with a clause of its own is kept whole (docs/gold-conventions.md)
    ("Агрофирм, выращивающих гречиху, в Алтайском крае 57.",
     (57, "агрофирма", "гречиха", None)),
])
def test_a_predicate_count(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "Производителей сыра в регионе много, а их продукция — 40 сортов.",
    "Предприятий пищевой промышленности в области закрылось 5 %.",
    "Работников молочных заводов в Вологодской области — 1200.",
    "Сотрудников швейных фабрик в Иванове, по словам губернатора, уже 9 тыс.",
    "Производителей кирпича в Татарстане много, а рабочих мест на них, по словам министра, 1200.",
])
def test_no_predicate_count(text):
    assert counts(text) == set()


def test_a_new_clause_is_not_the_nouns_predicate():
    """"…, а с X работают лишь два": the number after "а" is no predicate of the noun before."""
    found = counts("Кондитерских фабрик в крае около тридцати, а шоколад выпускают лишь три.")
    assert not any(c[0] == 3 and c[2] == "кондитерская промышленность" for c in found), found
