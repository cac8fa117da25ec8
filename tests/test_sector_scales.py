"""Sector counts said with a whole-number word ("полсотни", "полтысячи", scales.tsv
``number`` rows) or a lone "дюжина", and ОКВЭД codes of industries the fifth sector set
named (issue 11, seventh session). Real pipeline; the sentences are not in the gold files.
"""
from __future__ import annotations

import pytest

import rufacts


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(v.count, v.object, v.sector, v.total)
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])]


SCALES = [
    ("Полсотни компаний занимаются выпуском мебели.",
     [(50, "компания", "выпуск мебели", None)]),
    ("Около полусотни фирм работают в сфере логистики.",
     [(50, "фирма", "логистика", None)]),
    ("Полтысячи предприятий работают в сфере туризма.",
     [(500, "предприятие", "туризм", None)]),
    ("Дюжина заводов выпускает кирпич.", [(12, "завод", "кирпич", None)]),
]


@pytest.mark.parametrize("text,expected", SCALES)
def test_whole_number_words_count(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Полсотни лет назад здесь работали заводы.",
    "Полсотни компаний получили гранты.",   # no industry
    "Дюжина экспертов обсудила новый закон.",
])
def test_whole_number_words_without_sector(nlp, text):
    assert found(nlp, text) == []


def codes(text: str) -> list[list[str]]:
    record = rufacts.extract(text).as_json()
    return [sorted(c if isinstance(c, str) else c["code"] for c in s.get("okved") or ())
            for s in record.get("sector_counts", [])]


@pytest.mark.parametrize("text,expected", [
    ("Выращиванием подсолнечника занимаются 40 хозяйств.", ["01"]),
    ("Выращиванием осетра занимаются шесть компаний.", ["03"]),       # not also 01
    ("Сырое молоко поставляют 25 хозяйств района.", ["01"]),          # not 10 (dairies)
    ("Кровельные материалы выпускают четыре завода.", ["23"]),
    ("Синтетический каучук производят три завода.", ["20"]),
    ("Обучением взрослых программированию занимаются 15 школ.", ["85"]),  # not 62
])
def test_okved_of_new_industries(text, expected):
    assert codes(text) == [expected]


def test_plural_scale_is_no_number(nlp):
    # "несколько десятков", "десятки": tens, not ten
    assert found(nlp, "Несколько десятков строительных компаний региона закрылись.") == []
    assert found(nlp, "Десятки строительных компаний региона закрылись.") == []
