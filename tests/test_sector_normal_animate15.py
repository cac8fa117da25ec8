"""Coordinated animate objects of a verb keep one case: "разводят овец и коз" is an accusative
pair (animate plurals look like genitives), not a noun with a genitive dependent; a genitive
list after a dependent ("по ремонту одежды и обуви") stays genitive."""
from __future__ import annotations

import pytest

from sector_helpers import counts

CASES = [
    ("В России около 4,5 тысячи хозяйств разводят овец и коз.",
     (4500, "хозяйство", "овцы и козы", None)),
    ("Пять хозяйств в районе выращивают кроликов и нутрий.",
     (5, "хозяйство", "кролики и нутрии", None)),
    ("Три фермы на Алтае разводят маралов и оленей.",
     (3, "ферма", "маралы и олени", None)),
    ("Мастерских по ремонту одежды и обуви в Орле осталось 42.",
     (42, "мастерская", "ремонт одежды и обуви", None)),
    ("Шесть компаний занимаются производством промышленных роботов и комплектующих.",
     (6, "компания", "производство промышленных роботов и комплектующих", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][2] for c in CASES])
def test_coordinated_objects_keep_their_case(text, expected):
    assert expected in counts(text)
