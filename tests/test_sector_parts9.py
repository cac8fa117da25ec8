"""Parts of a whole (w77, dev9; docs/gold-conventions.md, ``object`` and ``total``): "из них"
anywhere in the clause after the whole or opening the next sentence, parts with their own noun
or adjective after a dash, elided siblings of a part, a whole that took its part's sector.
Real pipelines, sentences of my own."""
from __future__ import annotations

import pytest

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    # the number before the cue, after lead-in words (sector_parts_pronoun)
    ("Производством мебели в области занимаются 57 фабрик, причём 21 из них расположена "
     "в областном центре.",
     {(57, "фабрика", "производство мебели", None),
      (21, "фабрика", "производство мебели", 57)}),
    ("Выпуском кирпича в крае заняты 18 заводов, однако лишь шесть из них работают "
     "круглый год.",
     {(18, "завод", "выпуск кирпича", None), (6, "завод", "выпуск кирпича", 18)}),
    ("Добычей угля в регионе занимаются 42 компании, но к госпрограмме подключены "
     "только девять из них.",
     {(42, "компания", "добыча угля", None), (9, "компания", "добыча угля", 42)}),
    # the number after the cue, past an aside between commas
    ("В области зарегистрированы 95 турагентств, но работают из них, по словам "
     "чиновников, не больше сорока.",
     {(40, "агентство", "туризм", 95)}),
    # a size adjective with the number before the cue
    ("Переработкой рыбы в крае заняты 64 предприятия, причём на пять крупнейших из них "
     "приходится половина выпуска.",
     {(64, "предприятие", "переработка рыбы", None),
      (5, "предприятие", "переработка рыбы", 64)}),
])
def test_pronoun_part_in_the_clause(text, expected):
    assert expected <= counts(text)


def test_cue_opening_the_next_sentence():
    text = ("Лесозаготовкой в республике заняты около двухсот предприятий. Но крупных среди "
            "них, считают в министерстве, не больше пятнадцати.")
    assert (15, "предприятие", "лесозаготовка", 200) in counts(text)


def test_bare_product_word_keeps_the_wholes_sector():
    # "оборудование" alone names no industry (sector_cues.tsv, empty)
    text = ("Производством медицинской техники в стране заняты 70 компаний; в частности, "
            "25 из них поставляют оборудование в Казахстан.")
    found = counts(text)
    assert (25, "компания", "производство медицинской техники", 70) in found
    assert not any(c[2] == "оборудование" for c in found)


@pytest.mark.parametrize("text,expected", [
    # the part's own noun before the dash, past a qualifier
    ("В Приморье переработкой рыбы заняты 150 предприятий, из них крупных заводов — "
     "около тридцати.",
     {(30, "завод", "переработка рыбы", 150)}),
    # "это" after the dash
    ("В районе работает 45 предприятий общественного питания, из них двенадцать — это "
     "кафе при автозаправках.",
     {(12, "кафе", "общественное питание", 45)}),
    # an agent noun names its own industry when its adjective names none
    ("На форуме свои проекты показали 150 компаний, 40 из которых — российские "
     "станкостроители.",
     {(40, "станкостроитель", "станкостроение", 150)}),
    # the adjective of a part whose whole names no industry
    ("В регионе сейчас двести восемьдесят кооперативов, из них шестьдесят — "
     "сельскохозяйственные.",
     {(60, "кооператив", "сельское хозяйство", 280)}),
    ("Из 30 участников программы 11 — автокомпонентные предприятия.",
     {(11, "предприятие", "автокомпоненты", 30)}),
    # a bare number right before the part is its whole
    ("Из 50 заявок на конкурс в полуфинал прошли двенадцать, пять из них — разработчики "
     "промышленного ПО.",
     {(5, "разработчик", "промышленное ПО", 12)}),
])
def test_dashed_parts_with_their_own_words(text, expected):
    assert expected <= counts(text)


@pytest.mark.parametrize("text,expected", [
    ("В кластере 40 участников, в том числе десять химических предприятий и четыре — "
     "агрохимических.",
     {(10, "предприятие", "химическая промышленность", 40),
      (4, "предприятие", "агрохимия", 40)}),
    ("Фонд поддержал 2 300 экспортёров, из них 510 — предприятиям машиностроения, "
     "190 — химической отрасли.",
     {(510, "предприятие", "машиностроение", 2300),
      (190, "предприятие", "химическая отрасль", 2300)}),
])
def test_elided_sibling_takes_the_parts_noun(text, expected):
    assert expected <= counts(text)


def test_finalists_are_counted():
    text = "Среди 24 финалистов конкурса восемь — из сферы телемедицины."
    assert (8, "финалист", "телемедицина", 24) in counts(text)


def test_whole_does_not_take_its_parts_sector():
    text = ("В бизнес-инкубаторе университета сейчас 26 компаний, 11 из них работают в "
            "энергетике, остальные — в медицине.")
    found = counts(text)
    assert (11, "компания", "энергетика", 26) in found
    assert not any(c[0] == 26 for c in found)


@pytest.mark.parametrize("text", [
    # a share, people, a year, a nationality with no whole: no part
    "Мебельных фабрик в области 57, причём 40% из них работают в убыток.",
    "В городе 12 предприятий, причём 300 человек из них уволены.",
    "В 2023 году, пять из них — китайские.",
    "На рынке 30 игроков, три из них — китайские.",
])
def test_negatives(text):
    assert not any(c[3] is not None for c in counts(text))


def test_digits_glued_to_latin_letters_are_no_count():
    text = ("Светодиодные лампы в стране выпускают около 40 заводов, но лампы класса A2 "
            "выпускают лишь девять из них.")
    found = counts(text)
    assert not any(c[0] == 2 for c in found)
