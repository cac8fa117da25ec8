"""Sector counts written as docs/gold-conventions.md says a reader writes them: fused
compound objects, coordinated sectors, verb complements, ОКВЭД of new phrases. Real
pipelines, general sentences."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


# --- fused compounds: split when the compound alone names the industry, kept whole when
# the sentence names it elsewhere ----------------------------------------------------
FUSED = [
    ("В районе открылись семь турфирм.", (7, "фирма", "туризм", None)),
    ("Производством сыров занимаются девять агрофирм области.",
     (9, "агрофирма", "производство сыров", None)),
    ("Вакцины выпускают три фармзавода региона.", (3, "фармзавод", "вакцины", None)),
    ("В крае 500 сельхозпредприятий, из них 120 выращивают сахарную свёклу.",
     (120, "сельхозпредприятие", "сахарная свёкла", 500)),
]


@pytest.mark.parametrize("text,expected", FUSED)
def test_fused_compound_objects(text, expected):
    assert expected in counts(text)


def test_conjoined_subjects_share_the_verb():
    found = counts("Сливочное масло в области выпускают четыре сыроварни и три молокозавода.")
    assert (3, "молокозавод", "сливочное масло", None) in found
