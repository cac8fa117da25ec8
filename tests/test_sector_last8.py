"""Sector counts said last, the counted noun first (w62's family, eighth round): the parts
after such a count, clauses on the noun that hold nouns and numbers of their own, a
participle the parser hangs on a name, figures of a kind or in another place after it.
Real pipelines, sentences written for these tests."""
from __future__ import annotations

import pytest

from sector_helpers import counts


# --- parts after a count said last: "из них", "из которых", "ещё N" ----------------------
PARTS = [
    ("Цементных заводов в Поволжье осталось 14, из которых шесть выпускают сухие смеси.",
     [(14, "завод", "цементная промышленность", None), (6, "завод", "сухие смеси", 14)]),
    ("Тепличных хозяйств в крае — 40, из них огурцы выращивают 25.",
     [(25, "хозяйство", "огурцы", 40)]),
    ("Агрофирм, выращивающих картофель, в районе 12, ещё девять сеют рапс.",
     [(12, "агрофирма", "картофель", None), (9, "агрофирма", "рапс", None)]),
    ("Мебельных фабрик в крае около тридцати, крупных среди них — четыре.",
     [(30, "фабрика", "мебельная промышленность", None),
      (4, "фабрика", "мебельная промышленность", 30)]),
    ("Консервных заводов на Сахалине 11, из них пять выпускают горбушу.",
     [(11, "завод", "консервная промышленность", None), (5, "завод", "горбуша", 11)]),
]


@pytest.mark.parametrize("text,expected", PARTS)
def test_parts_after_a_count_said_last(text, expected):
    found = counts(text)
    for item in expected:
        assert item in found


# --- clauses on the counted noun ---------------------------------------------------------
CLAUSES = [
    # a counted noun inside the clause is not the counted one
    ("Молочных цехов, закупающих сырьё у местных фермерских хозяйств, в районе около двадцати.",
     (20, "цех", "молочная промышленность", None)),
    # a number inside the clause does not stop the scan back
    ("Перевозчиков нефтепродуктов, владеющих парком свыше 500 цистерн, в стране 37.",
     (37, "перевозчик", "нефтепродукты", None)),
    # verbs joined by "и": the one that takes the sector
    ("Артелей, которые собирают и перерабатывают кедровый орех, в районе девять.",
     (9, "артель", "кедровый орех", None)),
    # a participle the parser hangs on the name after the noun
    ("Резидентов технопарка «Нижний», работающих в фармацевтической отрасли, уже 11.",
     (11, "резидент", "фармацевтическая отрасль", None)),
    # a day and a dot inside a name before the number
    ("Застройщиков, которые строят жильё в Казани, по данным ЕРЗ.РФ, на 1 марта насчитывалось 45.",
     (45, "застройщик", "жильё", None)),
    # the genitive after the noun is its industry ("их N")
    ("Предприятия лесопромышленного комплекса края (их 58) нарастили выпуск.",
     (58, "предприятие", "лесопромышленный комплекс", None)),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_clauses_on_the_counted_noun(text, expected):
    assert expected in counts(text)


def test_a_part_after_from_them_is_not_said_last():
    # the grammar's count keeps the comma after its number: the part is read past it
    found = counts("Кооперативов, которые выращивают овощи, в области 17, из них пять — в Томском районе.")
    assert (17, "кооператив", "овощи", None) in found
    assert (5, "кооператив", "овощи", 17) in found
    assert (5, "кооператив", "овощи", None) not in found


# --- figures of a kind, another place, another date --------------------------------------
FIGURES = [
    ("Стоматологических клиник в Казани — 120, а круглосуточных — всего три.",
     (3, "клиника", "стоматология", None)),
    ("Алюминиевых заводов в Сибири шесть, ещё два — за рубежом.",
     (2, "завод", "алюминиевая промышленность", None)),
    ("Застройщиков, которые строят жильё, на 1 июля насчитывалось 33 (на 1 января — 29).",
     (29, "застройщик", "жильё", None)),
]


@pytest.mark.parametrize("text,expected", FIGURES)
def test_figures_after_a_count_said_last(text, expected):
    assert expected in counts(text)


# --- negatives ---------------------------------------------------------------------------
NEGATIVES = [
    # the workers of the plants are counted, not the plants
    "Сотрудников консервных заводов в районе — 1200.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_counts(text):
    found = counts(text)
    assert not any(c[0] in (12, 1200, 2) for c in found), found


def test_a_sibling_at_a_stage_keeps_the_sector():
    # a stage is no place and no sector, but the firms at it are counted (w199; the gold
    # files count "ещё два — на стадии пусконаладки" with the sector before)
    found = counts("Алюминиевых заводов в стране шесть, ещё два — в стадии строительства.")
    assert (2, "завод", "алюминиевая промышленность", None) in found
    assert not any(c[0] == 2 and c[2] != "алюминиевая промышленность" for c in found), found


def test_a_kind_of_its_own_is_a_part_of_the_whole():
    # docs/gold-conventions.md, `total`: the whole of "из них" is the total of a part that names
    # an industry of its own ("из них 25 — кондитерские"); the whole, with none, is no count
    found = counts("В области 40 предприятий, пищевых из них — 12.")
    assert (12, "предприятие", "пищевая промышленность", 40) in found
    assert not any(c[0] == 40 for c in found)


# --- more forms of the count said last ----------------------------------------------------
MORE = [
    # a "по" phrase with ОКВЭД codes after the noun
    ("Операторов по вывозу мусора в области девять.", (9, "оператор", "вывоз мусора", None)),
    # "N из M" said last: M is the whole
    ("Заводов, выпускающих удобрения, среди опрошенных оказалось 12 из 40.",
     (12, "завод", "удобрения", 40)),
    # ", а <a sector of its own> N": the same noun
    ("Сыроварен в районе около тридцати, а твёрдые сыры выпускают лишь четыре.",
     (4, "сыроварня", "твёрдые сыры", None)),
]


@pytest.mark.parametrize("text,expected", MORE)
def test_more_forms_said_last(text, expected):
    assert expected in counts(text)


def test_a_number_before_a_comma_counts_no_noun_after_it():
    found = counts("Судостроительных заводов в холдинге семь, поставщиков оборудования — более сорока.")
    assert (7, "завод", "судостроение", None) in found
    assert not any(c[0] == 7 and c[1] == "поставщик" for c in found)


def test_counts_split_by_size_said_last():
    found = counts("Цементных заводов в стране 40 крупных и ещё около 20 небольших.")
    assert (40, "завод", "цементная промышленность", None) in found
    assert (20, "завод", "цементная промышленность", None) in found


def test_another_place_after_no_figure():
    found = counts("Производителей титановых сплавов, имеющих полный цикл, в Европе единицы, "
                   "а в России — два.")
    assert any(c[0] == 2 and c[1] == "производитель" for c in found), found
