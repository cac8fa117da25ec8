"""Counts with the noun left out in the clause after a count: a subset said with "лишь",
"только", "не более", "из них", or more firms after "ещё" / "плюс"; the clause's own trade
where a marker verb names one, else the count's sector (w163, round 15,
rufacts.grammars.sector_subset_clauses). Real pipeline, own sentences in varied phrasing."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


# --- a subset with the sector carried over: the clause names no trade of its own ----------
@pytest.mark.parametrize("text,expected", [
    ("В области работают 36 лесопильных предприятий, но сертификат FSC получили лишь девять.",
     (9, "предприятие", "лесопиление", None)),
    ("В крае зарегистрированы 210 туроператоров, однако за рубеж отправляют туристов только 40.",
     (40, "туроператор", "туризм", None)),
    ("В регионе 58 хлебозаводов, но современные печи установили всего 12.",
     (12, "завод", "хлебопечение", None)),
    ("В Татарстане работают 14 заводов по производству кирпича, но полностью загружены не "
     "более пяти.", (5, "завод", "производство кирпича", None)),
    ("Производством мебели в Пензе заняты 45 компаний, но за рубеж продукцию поставляют лишь "
     "семь.", (7, "компания", "производство мебели", None)),
    ("На Урале работают 70 металлургических заводов, но экспортируют сталь только 15.",
     (15, "завод", "металлургия", None)),
    ("В Мурманской области 9 рыбоперерабатывающих заводов, но сертификат на экспорт в Китай "
     "имеют только четыре.", (4, "завод", "рыбопереработка", None)),
    ("Маломерные катера в России строят порядка 80 верфей, но серийный выпуск наладили не "
     "больше десяти.", (10, "верфь", "маломерные катера", None)),
])
def test_subset_carries_the_sector(text, expected):
    assert expected in counts(text)


# --- the clause names a trade of its own with a marker verb ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("В регионе девяносто четыре предприятия лесопромышленного комплекса, но глубокой "
     "переработкой занимаются только одиннадцать.",
     (11, "предприятие", "глубокая переработка", None)),
    ("В районе 12 пилорам, ещё три занимаются производством пеллет.",
     (3, "пилорама", "производство пеллет", None)),
    ("Строительством дорог в республике заняты 30 подрядчиков, ещё пять ведут ремонт мостов.",
     (5, "подрядчик", "ремонт мостов", None)),
    ("В округе добычей золота занимаются две компании, ещё одна ведёт геологоразведку.",
     (1, "компания", "геологоразведка", None)),
    ("В регионе 40 сыроварен, а ещё 12 выпускают йогурты.",
     (12, "сыроварня", "йогурты", None)),
    ("Мясопереработкой в области занимаются 33 предприятия, но колбасы выпускают лишь 19.",
     (19, "предприятие", "колбасы", None)),
    ("Рыбохозяйственный комплекс края представлен 126 предприятиями, из которых 84 ведут "
     "вылов рыбы, а 42 занимаются рыбопереработкой.", (42, "предприятие", "рыбопереработка", 126)),
    ("Заготовкой леса в округе заняты 20 предприятий, из них только шесть выпускают "
     "клеёный брус.", (6, "предприятие", "клеёный брус", 20)),
])
def test_clause_names_its_own_trade(text, expected):
    assert expected in counts(text)


# --- more firms of the same kind: "ещё" and a verb with no trade ------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Экспортные контракты потеряли 9 предприятий лесопромышленного комплекса, ещё четыре "
     "ведут переговоры о скидках.", (4, "предприятие", "лесопромышленный комплекс", None)),
    ("В Финляндии рынок покинули 5 лесопильных компаний, а ещё восемь перешли в руки "
     "конкурентов.", (8, "компания", "лесопиление", None)),
    ("В реестре 4 производителя газобетона, ещё один строит цех в Кузнецке.",
     (1, "производитель", "газобетон", None)),
])
def test_more_firms_of_the_same_kind(text, expected):
    assert expected in counts(text)


# --- no count: a noun of its own, a preposition, a year, a trade said by the predicate -------
@pytest.mark.parametrize("text,value", [
    ("В районе 12 пилорам, но работают на них лишь 30 человек.", 30),
    ("В крае 210 туроператоров, но выручка выросла лишь на 5%.", 5),
    ("В районе 12 пилорам, но лишь 3 дня в неделю они работают в полную силу.", 3),
    ("Ремонтом обуви в городе занимаются 20 мастерских, ещё 9 подали заявки на субсидии.", 9),
    ("В регионе 58 хлебозаводов, но цены на хлеб растут уже 3 года подряд.", 3),
    ("В Чувашии 16 птицефабрик, но к 2030 году их станет больше.", 2030),
    # the clause counts a noun of its own: no subset of the count before
    ("В городе 11 компаний предоставляют услуги проката самокатов; прошлым летом операторов "
     "было только четыре.", None),
])
def test_no_subset_count(text, value):
    found = counts(text)
    if value is None:
        assert not any(c[0] == 4 and c[1] == "компания" for c in found)
    else:
        assert not any(c[0] == value for c in found)


# --- a quantity of output is no trade: the part keeps the whole's sector ----------------------
@pytest.mark.parametrize("text,expected", [
    ("В округе работают около 1,2 тыс. мебельных фабрик, из которых лишь 40 выпускают больше "
     "100 тыс. изделий в год.", (40, "фабрика", "мебельная промышленность", 1200)),
    ("В области 300 пекарен, из них 25 выпекают более 2 тыс. батонов в сутки.",
     (25, "пекарня", "хлебопечение", 300)),
])
def test_a_quantity_is_no_trade(text, expected):
    found = counts(text)
    assert expected in found
    assert not any(c[2] in ("тыс", "млн") for c in found)


# --- a product the clause names but the lexicon does not prove is never the count's sector ----
def test_unproven_product_is_not_carried():
    found = counts("На рынке информационной безопасности работают около 400 вендоров, но "
                   "решения для защиты АСУ ТП делают не больше двадцати.")
    assert not any(c[0] == 20 and c[2] == "информационная безопасность" for c in found)


def test_part_after_a_far_whole_cue():
    found = counts("Рынок сельхоздронов — это 15 производителей, из которых серийно работают "
                   "максимум пять.")
    assert not any(c[0] == 5 and c[3] is None for c in found)
