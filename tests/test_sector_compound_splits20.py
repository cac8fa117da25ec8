"""w182 (round 20): one-word compounds split when nothing else names their industry
(sector_compound_splits.tsv), the fulfilment prefix, a replaced figure ("вместо прежних
семи") and a register named by the counted firms' kind ("в реестре производителей X").
docs/gold-conventions.md ("object", the count section). Real pipelines, sentences of our own."""
from __future__ import annotations

import pytest

from sector_helpers import counts


FOUND = [
    # the compound is the only word that names the industry: split
    ("В Калуге сейчас работают девять таксопарков.", (9, "парк", "такси", None)),
    ("Субсидии на топливо получили 14 грузоперевозчиков Урала.",
     (14, "перевозчик", "грузоперевозки", None)),
    ("Лизинговая компания передала новые самолёты семи авиакомпаниям.",
     (7, "компания", "авиаперевозки", None)),
    ("Из 30 таксопарков, подавших заявки, 12 получили гранты.",
     (12, "парк", "такси", 30)),
    # the sentence names the industry itself: the compound stays whole
    ("Грузоперевозками в области занимаются 40 грузоперевозчиков.",
     (40, "грузоперевозчик", "грузоперевозки", None)),
    # (the flights' origin is part of the trade: docs/gold-conventions.md, the sector's extent)
    ("Международные авиаперевозки из Перми выполняют пять авиакомпаний.",
     (5, "авиакомпания", "международные авиаперевозки из Перми", None)),
    # a hyphenated fulfilment prefix
    ("Под Казанью построены семь фулфилмент-центров.", (7, "центр", "фулфилмент", None)),
    # a replaced figure after the count
    ("В крае теперь действуют 12 страховых компаний вместо прежних восьми.",
     (8, "компания", "страхование", None)),
    ("На рынке остались пять лизинговых компаний против бывших девяти.",
     (9, "компания", "лизинг", None)),
    # the register named by the counted firms' kind
    ("В реестре производителей кирпича значатся 23 организации.",
     (23, "организация", "кирпич", None)),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(text, expected):
    found = counts(text)
    assert expected in found, found


NOT_FOUND = [
    # "вместо" before other firms is no earlier figure of the same firms
    ("В области работают 11 молочных заводов вместо трёх закрытых мясокомбинатов.", 3,
     "завод"),
    # an ordinal airline is no count
    ("Перевозчик «Азимут» стал третьей авиакомпанией в этом аэропорту.", 3, None),
]


@pytest.mark.parametrize("text,value,obj", NOT_FOUND)
def test_not_found(text, value, obj):
    found = counts(text)
    assert not any(c[0] == value and (obj is None or c[1] == obj) for c in found), found
