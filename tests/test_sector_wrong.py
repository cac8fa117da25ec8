"""Sector counts that were found but wrong: the whole's count taken for the part where a
qualifier stands between "из" and the number, a sentence cut by the parser's tree, a
whole given the sector of its part ("в том числе ..."). Real pipelines, own sentences."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


# --- "из почти N", "среди примерно N", "из более чем N": still a whole -------------------
@pytest.mark.parametrize("text,part,whole", [
    ("Из почти 600 малых фирм города около 200 заняты в общепите.",
     (200, "фирма", "общепит", 600), 600),
    ("Среди примерно 150 резидентов технопарка порядка 30 разрабатывают медицинские изделия.",
     (30, "резидент", "медицинские изделия", 150), 150),
    ("Из почти 3 тысяч малых предприятий района около 900 работают в торговле.",
     (900, "предприятие", "торговля", 3000), 3000),
    ("Из свыше 300 предприятий города порядка 50 выпускают мебель.",
     (50, "предприятие", "мебель", 300), 300),
])
def test_a_qualified_whole_is_the_total(text, part, whole):
    found = counts(text)
    assert part in found
    assert all(c[0] != whole for c in found)  # the whole has no industry of its own


def test_a_sentence_is_not_cut_by_the_parse():
    """A non-projective arc of the parser ("Из" on a noun past the qualifier) must not cut
    the sentence: the sector component reads the whole sentence."""
    nlp = rufacts.load()
    for text in ("Из почти 2 тысяч малых предприятий города около 700 работают в сфере "
                 "услуг.",
                 "Как сообщили в пресс-службе правительства, в технопарке «Северный» площадью"
                 " 40 га к концу 2027 года разместятся 12 резидентов, из них пять — "
                 "машиностроительные предприятия."):
        assert len(list(nlp(text).sents)) == 1
