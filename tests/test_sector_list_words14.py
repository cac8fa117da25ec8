"""Sector counts, list items with number words (w158, issue 11, round 14 second pass):

* the next place of a list said in words: "Марий Эл — 2 новые сыроварни, Чувашия — 3,
  Мордовия — одна" (grammars/sector_headlines.py, ``_place_word``);
* "ещё N <verb> <object>": an object that names an industry is the sibling's own ("ещё два
  выпускают газобетон"); one that names none ("ещё девять подали заявки") is no carried count
  (tests/test_sector_elided_more13.py): the round's reader that carried the sector over was
  taken out on the merge, it also carried "мебель" over "ещё 6 производят фурнитуру".
"""
from __future__ import annotations

import pytest

from sector_helpers import counts

PLACE_WORDS = [
    ("Кострома — 4 сыроварни, Ярославль — 2, Иваново — одна.",
     (1, "сыроварня", "сыроделие", None)),
    ("Татарстан — 5 кирпичных заводов, Башкирия — 3, Удмуртия — два.",
     (2, "завод", "производство кирпича", None)),
    ("Курск — 7 элеваторов, Орёл — пять, Липецк — четыре.",
     (5, "элеватор", "хранение зерна", None)),
    ("Курск — 7 элеваторов, Орёл — пять, Липецк — четыре.",
     (4, "элеватор", "хранение зерна", None)),
    ("Пермь — 3 пивоварни, Киров — одна.", (1, "пивоварня", "пивоварение", None)),
    ("Самара — 12 мебельных фабрик, Тольятти — восемь, Сызрань — две.",
     (8, "фабрика", "мебельная промышленность", None)),
    ("Самара — 12 мебельных фабрик, Тольятти — восемь, Сызрань — две.",
     (2, "фабрика", "мебельная промышленность", None)),
    ("Мурманск — 9 рыбоперерабатывающих заводов, Архангельск — шесть.",
     (6, "завод", "рыбопереработка", None)),
    ("Ставрополь — 11 винодельческих хозяйств, Пятигорск — четыре, Кисловодск — одно",
     (4, "хозяйство", "виноделие", None)),
    ("Новосибирск — 3 фабрики мороженого, Барнаул — 2, Омск — одна",
     (1, "фабрика", "мороженое", None)),
    ("Вологда — 6 молочных заводов, Череповец — три", (3, "завод", "молочная промышленность", None)),
]


@pytest.mark.parametrize("text,item", PLACE_WORDS)
def test_place_list_number_words(text, item):
    assert item in counts(text)


def test_still_verb_own_industry():
    # an object naming an industry is the sibling's own sector, not the one before
    found = counts("В регионе 5 кирпичных заводов, ещё два выпускают газобетон.")
    assert (2, "завод", "производство кирпича", None) not in found
    found = counts("В области 8 мебельных фабрик, ещё одна производит матрасы.")
    assert (1, "фабрика", "мебельная промышленность", None) not in found


def test_place_list_negatives():
    # words after the number word, or a lead that is no place list: no item
    assert not any(c[0] == 1 for c in counts("Пермь — 3 пивоварни, Киров — одна из лучших."))
    assert not any(c[0] == 2 for c in counts("Пермь — 3 пивоварни, рост — два процента."))


CARRIED = [
    ("В регионе открылись 31 новая компания, в том числе 21 — в машиностроении, девять — в "
     "металлургии и одна — в судостроении.",
     {(9, "компания", "металлургия", 31), (1, "компания", "судостроение", 31)}),
    ("Гранты получили 40 предприятий, в том числе 25 — в пищевой промышленности, десять — в "
     "химии и пять — в деревообработке.",
     {(10, "предприятие", "химия", 40), (5, "предприятие", "деревообработка", 40)}),
    ("В области 60 новых предприятий, из них 30 — в сельском хозяйстве, 12 — в торговле, 8 — в "
     "строительстве.",
     {(12, "предприятие", "торговля", 60), (8, "предприятие", "строительство", 60)}),
    ("Льготы получили 18 компаний, в том числе 10 — в IT и две — в биотехнологиях.",
     {(2, "компания", "биотехнологии", 18)}),
]


@pytest.mark.parametrize("text,items", CARRIED)
def test_total_carried_to_listed_parts(text, items):
    assert items <= counts(text)


def test_number_word_no_sector():
    found = counts(CARRIED[0][0])
    assert not any(" и одна" in c[2] for c in found)
