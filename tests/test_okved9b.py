"""ОКВЭД 2 codes of robotics sectors (w85, held9 round 2): the adjective
"робототехнический" codes like the field "робототехника" (28), its phrases with a general
head ("решения", "системы") included; a phrase "для детей" stays a subject for learners (85).
The phrases are written for the test."""
from __future__ import annotations

import pytest

import rufacts

CASES = [
    ("робототехнические решения", ["28"]),
    ("робототехнические системы", ["28"]),
    ("робототехника", ["28"]),
]


@pytest.mark.parametrize("sector,codes", CASES)
def test_robotics_codes(morph, sector, codes):
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(morph, sector)) == codes


def test_robotics_through_pipeline():
    record = rufacts.extract("В Новосибирске работают девять робототехнических компаний.")
    found = [(s["count"], s["sector"], s.get("okved")) for s in
             record.as_json().get("sector_counts", [])]
    assert len(found) == 1 and found[0][:2] == (9, "робототехника"), found
    assert "28" in str(found[0][2]), found
