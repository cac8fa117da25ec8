"""Elided counts after a counted phrase, parts named by adjectives alone, and counts whose
"sector" names no industry (w140, rufacts.grammars.sector_elided_more). Real pipelines, own
sentences in varied phrasing."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


def first_and(found: set, first: int, second: int) -> bool:
    """The count ``second`` has the object, sector and whole of the count ``first``."""
    a = [c for c in found if c[0] == first]
    b = [c for c in found if c[0] == second]
    return bool(a) and bool(b) and b[0][1:] == a[0][1:]


# --- "ещё" + a number with no noun: the same firms, the count's object and sector ----------
@pytest.mark.parametrize("text,first,second", [
    ("В Кемеровской области за год обанкротились 12 угледобывающих предприятий, ещё у трёх "
     "отозваны лицензии.", 12, 3),
    ("Банкротами признаны восемь строительных компаний, еще в отношении пяти начата процедура "
     "наблюдения.", 8, 5),
    ("Четыре российских производителя мебели открыли магазины в Минске, ещё три готовятся "
     "выйти на рынок Армении.", 4, 3),
    ("Пять застройщиков из Татарстана уже работают в Казахстане, еще два собираются начать "
     "работу в Киргизии.", 5, 2),
    ("Лицензии лишились семь туристических агентств Приморья, ещё с четырьмя расторгнуты "
     "договоры.", 7, 4),
])
def test_an_elided_count_after_still(text, first, second):
    assert first_and(counts(text), first, second)


# --- the same firms in another place after a genitive owner ("ферм Вологодской области, в …")
@pytest.mark.parametrize("text,first,second", [
    ("Гранты на модернизацию получили 14 молочных ферм Вологодской области, в Костромской — "
     "шесть.", 14, 6),
    ("Субсидии на покупку техники получили 40 птицеводческих хозяйств Алтайского края, а в "
     "Новосибирской области — 25.", 40, 25),
    ("Сертификаты на экспорт в Китай получили 19 хлебопекарных предприятий Татарстана, в "
     "Башкирии — девять.", 19, 9),
])
def test_another_place_after_an_owner(text, first, second):
    assert first_and(counts(text), first, second)


# --- parts: focus words before "среди них", adjectives alone after the dash ----------------
def test_focus_words_before_the_cue():
    found = counts("В области работают 150 экспортеров, больше всего среди них производителей "
                   "зерна — 40.")
    assert (40, "производитель", "зерно", 150) in found


@pytest.mark.parametrize("text,parts", [
    ("Кредиты банка получили 36 фирм, из них 11 — машиностроительные и 5 — из сферы логистики.",
     {(11, "фирма", "машиностроение", 36)}),
    ("В лесном комплексе округа действует 30 предприятий, из них 9 — лесозаготовительные, "
     "21 — деревообрабатывающие.",
     {(9, "предприятие", "лесозаготовка", 30), (21, "предприятие", "деревообработка", 30)}),
])
def test_a_part_named_by_adjectives(text, parts):
    assert parts <= counts(text)


# --- negatives -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "В аукционе на поставку асфальта участвовали пять компаний.",
    "Участниками бизнес-миссии в Индию стали 12 предпринимателей из Пермского края.",
    "На ярмарке свою продукцию показали 30 компаний из Китая.",
    "Льготный лизинг оформили 30 компаний Чувашии.",
    "Беспроцентные займы получили 12 предприятий Мордовии.",
    "В программе развития отрасли участвуют 9 заводов Свердловской и Челябинской областей.",
])
def test_no_industry_no_count(text):
    assert counts(text) == set()


def test_another_noun_after_the_number_is_no_count():
    found = counts("Восемь строительных компаний признаны банкротами, ещё в отношении шести "
                   "человек возбуждены дела.")
    assert all(c[0] != 6 for c in found)


def test_a_clause_with_its_own_industry_keeps_it():
    found = counts("Шесть российских застройщиков ведут проекты в Узбекистане, ещё два "
                   "выпускают бетон.")
    assert (2, "застройщик", "строительство", None) not in found


def test_a_share_in_another_place_is_no_count():
    found = counts("Гранты получили 14 молочных ферм Вологодской области, в Костромской — на "
                   "20% больше.")
    assert all(c[0] != 20 for c in found)


def test_an_adjective_of_no_industry_is_no_sector():
    found = counts("В районе 40 мебельных фабрик, из них 10 — крупные.")
    assert all(c[0] != 10 or c[2] == "мебель" or c[2].startswith("мебел") for c in found)


@pytest.mark.parametrize("text,number", [
    # the sector is the predicate's, not the noun phrase's: "ещё 9" may be other firms
    ("В городе 30 фирм занимаются ремонтом обуви, ещё девять подали заявки на субсидии.", 9),
    # what the firms sell or the field they work in is a sector of their own
    ("Из 50 арендаторов рынка 20 торгуют овощами, а ещё восемь продают кофе.", 8),
    ("ИИ-стартапов в портфеле фонда 14, ещё пять работают в FinTech.", 5),
])
def test_no_carried_sector(text, number):
    found = counts(text)
    firsts = {c[2] for c in found if c[0] != number}
    assert not any(c[0] == number and c[2] in firsts for c in found)


def test_a_part_led_by_its_adjective():
    found = counts("В городе 80 частных клиник, из них стоматологических около 30.")
    assert (30, "клиника", "стоматология", 80) in found


def test_a_kind_adjective_leading_a_part_keeps_the_whole_sector():
    found = counts("В городе 80 частных клиник, из них крупных около 30.")
    assert all(c[2] != "крупный" for c in found)
