"""Numbers of sector counts (issue 11, numbers family, round 9): compound number words the
tagger splits ("сто" tagged a noun), and the figures that are no counts. Real pipelines,
general sentences."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


# --- compound number words: "сто" read with the rest of the number ----------------------
COMPOUND = [
    ("В Приморье сегодня сто тридцать хозяйств выращивают сою.",
     (130, "хозяйство", "соя")),
    ("Ремонтом дорог в области занимаются сто пятнадцать подрядчиков.",
     (115, "подрядчик", "ремонт дорог")),
    ("Туристические услуги в районе оказывают сто девяносто средств размещения.",
     (190, "средство", "туристические услуги")),
]


@pytest.mark.parametrize("text,expected", COMPOUND)
def test_compound_number_words(text, expected):
    found = {c[:3] for c in counts(text)}
    assert expected in found
    tail = int(str(expected[0])[1:])  # "тридцать" alone (30) must not be read
    assert all(c[0] != tail for c in found)
