"""w180: adjective sectors read by the counted noun ("молочных ферм" -> молочное
животноводство), open-pit coal mines as counted facilities ("угольных разрезов"), elided
"ещё полсотни / полдюжины" counts and verbs without a direct object after "ещё N", and
rankings "по числу X: <place> — N". Real pipelines, own sentences."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


# --- the counted noun reads the adjective: farms are husbandry, plants the industry ----------
def test_dairy_farms_are_dairy_farming_and_dairy_plants_the_dairy_industry():
    found = counts("В Удмуртии за год построили девять молочных ферм и два молочных завода.")
    assert (9, "ферма", "молочное животноводство", None) in found
    assert (2, "завод", "молочная промышленность", None) in found


def test_farms_keep_the_industry_the_sentence_names_itself():
    found = counts("В молочной промышленности края заняты 40 ферм.")
    assert (40, "ферма", "молочное животноводство", None) not in found


# --- "угольный разрез": an open-pit mine counts, "в разрезе отраслей" does not -------------------
@pytest.mark.parametrize("text,count", [
    ("В Хакасии сейчас работают девять угольных разрезов.", 9),
    ("Прокуратура проверила 12 компаний, владеющих угольными разрезами, и нашла нарушения "
     "на пяти угольных разрезах.", 5),
])
def test_coal_pits_are_counted(text, count):
    assert (count, "разрез", "угольная промышленность", None) in counts(text)


def test_a_breakdown_by_industry_is_no_pit():
    found = counts("В разрезе отраслей малые предприятия района распределены так: "
                   "торговля — 210, строительство — 45.")
    assert not any(c[1] == "разрез" for c in found)
    assert (210, "предприятие", "торговля", None) in found


# --- "ещё" + "полсотни" / "полдюжины", a verb with no direct object after it -----------------
@pytest.mark.parametrize("text,first,second", [
    ("В Сибири работают 40 производителей мебели, ещё полдюжины закрылись за зиму.", 40, 6),
    ("На Алтае около 200 турфирм, ещё полсотни ждут лицензии.", 200, 50),
    ("В Казани 30 EdTech-стартапов, ещё полдюжины переехали в Иннополис.", 30, 6),
])
def test_elided_half_scales_after_still(text, first, second):
    found = counts(text)
    a = [c for c in found if c[0] == first]
    b = [c for c in found if c[0] == second]
    assert a and b and b[0][1:] == a[0][1:]


def test_still_with_a_direct_object_is_left_to_other_readers():
    found = counts("В городе 12 пекарен, ещё шесть продают кофе навынос.")
    assert (6, "пекарня", "хлебопечение", None) not in found


# --- rankings "по числу X: <place> — N" ------------------------------------------------------
def test_a_dashed_ranking_after_by_the_number_of():
    found = counts("Лидеры по числу швейных фабрик: 1. Ивановская область — 120; "
                   "2. Московская область — 95.")
    assert {(120, "фабрика", "швейная промышленность", None),
            (95, "фабрика", "швейная промышленность", None)} <= found


def test_a_ranking_noun_after_the_figure_is_carried_to_the_next_item():
    found = counts("Первое место по количеству агрохолдингов занимает Белгородский район — "
                   "14 компаний, второе — Курский с 11.")
    assert {(14, "компания", "сельское хозяйство", None),
            (11, "компания", "сельское хозяйство", None)} <= found


def test_a_ranking_by_residents_is_no_count():
    assert counts("По числу жителей лидирует Москва — 13 млн, за ней Петербург — 5,6 млн.") \
        == set()


# --- an owner phrase before the industry: "с российским участием в торговле" -----------------
def test_an_owner_phrase_is_read_past():
    found = counts("В Армении работают 48 компаний с российским капиталом в горнодобывающей "
                   "промышленности, а в энергетике — семь.")
    assert (48, "компания", "горнодобывающая промышленность", None) in found
    assert (7, "компания", "энергетика", None) in found


def test_a_register_counts_subjects_in_an_industry():
    found = counts("В реестре МСП области значатся 3 200 субъектов в сельском хозяйстве и "
                   "1 150 — в пищевой промышленности.")
    assert {(3200, "субъект", "сельское хозяйство", None),
            (1150, "субъект", "пищевая промышленность", None)} <= found


def test_subjects_of_the_federation_stay_no_count():
    assert not any(c[1] == "субъект" for c in counts("В 40 субъектах РФ работают 12 заводов."))


# --- a hedge between the participle and its complement ----------------------------------------
def test_a_hedge_before_the_complement_is_read_past():
    found = counts("Сегодня в районе насчитывается 48 фермерских хозяйств, занятых в основном "
                   "овцеводством.")
    assert (48, "хозяйство", "овцеводство", None) in found


# --- a counted noun coordinated inside a prepositional group is no counted noun ---------------
def test_a_conjunct_under_a_preposition_is_not_the_counted_noun():
    found = counts("«Угольных компаний у нас, с учётом карьеров и шахт, около ста двадцати», "
                   "— сказал министр.")
    assert (120, "компания", "угольная промышленность", None) in found
    assert not any(c[1] == "шахта" for c in found)


# --- stations of a trade -----------------------------------------------------------------------
@pytest.mark.parametrize("text,sector", [
    ("В Тверской области 27 ветеринарных станций.", "ветеринария"),
    ("В области осталось девять станций по ремонту сельхозтехники.", "ремонт сельхозтехники"),
])
def test_stations_with_their_trade(text, sector):
    assert any(c[1] == "станция" and c[2] == sector for c in counts(text))


def test_metro_stations_are_no_count():
    assert counts("В городе открыли 12 станций метро.") == set()


# --- an answer's part after "в том числе" / "включая" -----------------------------------------
def test_an_answer_part_after_including():
    found = counts("— Сколько в Мурманской области форелевых хозяйств? — 34, в том числе "
                   "шесть на Кольском заливе.")
    assert (6, "хозяйство", "форелеводство", 34) in found


def test_an_earlier_figure_after_an_answer_part_has_no_whole():
    found = counts("— Сколько в районе пекарен? — Девять, в том числе три в райцентре, а было 14.")
    assert (3, "пекарня", "хлебопечение", 9) in found
    assert (14, "пекарня", "хлебопечение", 9) not in found


# --- the contrasted figure: "однако N закрылись", "но открылись N новых", "меньше — N" --------
@pytest.mark.parametrize("text,first,second", [
    ("В Омске открылись около 900 торговых точек, однако 420 закрылись.", 900, 420),
    ("В крае закрылись 30 кофеен, но открылись 41 новая.", 30, 41),
    ("В Тюмени закрылись 50 салонов, оказывавших парикмахерские услуги, а открылось меньше — "
     "всего 32.", 50, 32),
])
def test_a_contrasted_figure_is_the_same_firms(text, first, second):
    found = counts(text)
    a = [c for c in found if c[0] == first]
    b = [c for c in found if c[0] == second]
    assert a and b and b[0][1:3] == a[0][1:3] and b[0][3] is None


def test_a_year_after_but_is_no_count():
    found = counts("В Омске открылись 12 пекарен, но 2023 год был тяжёлым.")
    assert not any(c[0] == 2023 for c in found)


# --- a sibling said in another place after a part or a count with its place -------------------
def test_a_placed_sibling_after_a_part_keeps_the_whole():
    found = counts("Аналитики насчитали на Урале 31 производителя мебели: 12 из них работают "
                   "в Екатеринбурге, семь — в Перми.")
    assert (7, "производитель", "мебель", 31) in found


def test_a_placed_sibling_after_a_count_with_its_place():
    found = counts("На выставке 14 заводов металлоконструкций из Свердловской области и "
                   "шесть — из Татарстана.")
    assert (6, "завод", "металлоконструкции", None) in found


def test_a_part_with_above_before_of_them():
    found = counts("В регионе свыше 300 IT-компаний, 80 с лишним из них работают на экспорт.")
    assert (80, "компания", "IT", 300) in found


# --- "N — столько X ..." ------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Цифра дня: 48 — столько пекарен открылось в Казани за год.",
     (48, "пекарня", "хлебопечение", None)),
    ("37 — столько IT-компаний зарегистрировано в Томске.", (37, "компания", "IT", None)),
])
def test_a_figure_named_by_so_many(text, expected):
    assert expected in counts(text)


def test_so_many_people_is_no_count():
    assert counts("Цифра дня: 300 — столько человек пришли на митинг.") == set()


# --- people's trades as parts of a whole of firms ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("В ОЭЗ работают 30 резидентов, из них шестеро — металлурги.",
     (6, "металлург", "металлургия", 30)),
    ("Льготные займы получили 52 предприятия, 12 из которых — мебельщики.",
     (12, "мебельщик", "мебельная промышленность", 52)),
])
def test_a_trade_as_a_part_of_firms(text, expected):
    assert expected in counts(text)


def test_a_trade_of_people_alone_is_no_count():
    assert counts("На празднике были 500 гостей, 70 — металлурги.") == set()


def test_a_trade_part_takes_the_whole_before_its_cue():
    assert (9, "мебельщик", "мебельная промышленность", 40) in counts(
        "Из 40 участников девять — мебельщики.")
