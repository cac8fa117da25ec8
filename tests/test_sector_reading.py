"""How a sector is read once the count is found (issue 11): what the firms do, said by a
clause on the noun, over a broad adjective; a firm noun in the instrumental after a verb of
being or naming; breeding and growing nouns in -водство as sector heads; a tail that names
no industry dropped ("из Алтайского края", "из частного сектора"); adjective sectors with
one head joined ("текстильная и швейная промышленность"). Real pipelines, own sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- what they do, said by a clause, over a broad adjective -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("В районе зарегистрировано шесть сельскохозяйственных кооперативов, которые "
     "занимаются заготовкой и переработкой молока.",
     (6, "кооператив", "заготовка и переработка молока", None)),
    ("Гранты получили пять фермерских хозяйств, специализирующихся на выращивании ягод.",
     (5, "хозяйство", "выращивание ягод", None)),
])
def test_a_clause_saying_what_they_do_wins_over_a_broad_adjective(text, expected):
    assert expected in counts(text)


def test_what_they_make_leaves_the_industry_adjective():
    # the product of a processing plant is no narrower industry (sectors-news-2)
    found = counts("На побережье работают четыре рыбоперерабатывающих завода, выпускающих "
                   "пресервы.")
    assert (4, "завод", "рыбопереработка", None) in found


# --- a firm noun in the instrumental after a verb of being or naming ----------------------
@pytest.mark.parametrize("text,expected", [
    ("Экспортёрами станков с ЧПУ в прошлом году выступили 17 российских компаний.",
     (17, "компания", "станки с ЧПУ", None)),
    ("Станкостроителями года признаны 4 предприятия.",
     (4, "предприятие", "станкостроение", None)),
])
def test_a_role_in_the_instrumental_gives_the_sector(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "Разработчиками платформы стали 5 компаний.",
    "Лидерами рейтинга стали 10 компаний.",
])
def test_a_role_with_no_industry_is_no_count(text):
    assert counts(text) == set()


# --- breeding and growing in -водство ---------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Гранты получат 38 предприятий, занятых в птицеводстве.",
     (38, "предприятие", "птицеводство", None)),
    ("В районе 12 хозяйств работают в овцеводстве.", (12, "хозяйство", "овцеводство", None)),
])
def test_breeding_nouns_head_a_sector(text, expected):
    assert expected in counts(text)


# --- a tail naming no industry ------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("На ярмарку приехали 20 производителей сыра из Вологодской области.",
     (20, "производитель", "сыр", None)),
    ("В посёлке вывозом мусора из частного сектора занимаются три компании.",
     (3, "компания", "вывоз мусора", None)),
])
def test_a_tail_of_where_from_is_dropped(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text,expected", [
    ("В районе 12 фабрик выпускают мебель из массива.", (12, "фабрика", "мебель из массива",
                                                          None)),
    ("Упаковку из гофрокартона делают 6 заводов.", (6, "завод", "упаковка из гофрокартона",
                                                    None)),
])
def test_what_a_product_is_made_of_stays(text, expected):
    assert expected in counts(text)


# --- adjective sectors with one head --------------------------------------------------------
def test_adjective_sectors_with_one_head_share_it():
    found = counts("За год закрылись 312 текстильных и швейных предприятий.")
    assert (312, "предприятие", "текстильная и швейная промышленность", None) in found


# --- a whole with no sector, then its parts as elided items ------------------------------
@pytest.mark.parametrize("text,items", [
    ("На площадке индустриального парка работают 26 резидентов, из них девять — в "
     "деревообработке, четыре — в производстве стройматериалов.",
     {(9, "резидент", "деревообработка", 26), (4, "резидент", "производство стройматериалов",
                                                26)}),
    ("Статус резидента получили 32 компании, из них семь — в фармацевтике, пять — в "
     "приборостроении.",
     {(7, "компания", "фармацевтика", 32), (5, "компания", "приборостроение", 32)}),
])
def test_items_after_a_whole_with_no_sector(text, items):
    assert items <= counts(text)


@pytest.mark.parametrize("text", [
    "На форум приехали 300 участников, из них 40 — из Казани.",
    "В районе 25 хозяйств, из них пять — в Заречном поселении.",
])
def test_items_of_places_are_no_counts(text):
    assert counts(text) == set()
