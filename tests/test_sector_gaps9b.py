"""Gapped and coordinated siblings of a sector count (w84, issue 11, coordination and
gapping; rufacts.grammars.sector_gap_siblings). Real pipelines, sentences of my own."""
from __future__ import annotations

import pytest

import rufacts

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    # adjectives only: the head noun of the sector written before
    ("На ярмарке 30 фирм представляли химическую промышленность, ещё 12 — лёгкую.",
     {(12, "фирма", "лёгкая промышленность", None)}),
    # a noun phrase in the case of the sector before, no counted noun of its own
    ("В республике работают пять производителей литиевых батарей и три — солнечных панелей.",
     {(3, "производитель", "солнечные панели", None)}),
    # "ещё N" with a verb and a place: the sibling keeps the sector
    ("В области работают шесть заводов по переработке молока, ещё два строятся в Орле.",
     {(2, "завод", "переработка молока", None)}),
    # a verb, a dash and the number
    ("В Туле за год открылись 12 стоматологических клиник, закрылись — три.",
     {(3, "клиника", "стоматология", None)}),
    # "ещё N заняты <instrumental>": the verb's instrumental names the sector
    ("Ремонтом обуви в районе занимаются восемь мастерских, ещё три заняты пошивом одежды.",
     {(3, "мастерская", "пошив одежды", None)}),
    # a coordinated count sharing the predicate and the sector
    ("Переработкой льна в области занимаются 12 предприятий и четыре кооператива.",
     {(4, "кооператив", "переработка льна", None)}),
])
def test_gap_siblings(text, expected):
    found = counts(text)
    assert expected <= found, found


@pytest.mark.parametrize("text,unexpected", [
    # a sector of its own after the preposition: not the sector before
    ("В технопарке 30 резидентов: 12 — в сфере образования, 8 — в IT.",
     (8, "резидент", "образование", 30)),
    ("Среди участников 8 фирм выпускают мебель, ещё 4 работают в логистике.",
     (4, "фирма", "мебель", None)),
    # no predicate before the count: a list, the second noun has no sector of the first
    ("В реестре 7 IT-компаний и 2 банка.", (2, "банк", "IT", None)),
    # a stage is no sector (and no count: tests/test_sector_last8.py)
    ("В округе построены три химических завода, ещё один — на стадии проектирования.",
     (1, "завод", "стадия проектирования", None)),
    # a participle phrase after the dash is no sector phrase
    ("Субсидии получили 3 хозяйства, развивающие птицеводство, и 2 — занятые разведением "
     "кроликов.", (2, "хозяйство", "занятые разведением кроликов", None)),
    # the coordinated noun has a sector of its own
    ("В кластере работают 12 производителей электроники и девять разработчиков ПО.",
     (9, "разработчик", "электроника", None)),
])
def test_gap_siblings_negatives(text, unexpected):
    assert unexpected not in counts(text)
