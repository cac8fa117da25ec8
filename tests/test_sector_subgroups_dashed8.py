"""Subgroups of a whole, second pass (w71; docs/gold-conventions.md, ``object``, ``total``):
parts whose industry is said after a dash ("— из пищевой промышленности", "— предприятия
лёгкой промышленности"), "N из них" inside brackets, "из которых полтора десятка", a facility
noun after the dash as the part's object, "в связи с" naming no industry of a part.
Real pipelines, sentences of my own."""
from __future__ import annotations

import pytest

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    # the part's own noun before "из", its industry after the dash with "из"
    ("Восемь компаний из 30 участников регионального конкурса — из лёгкой промышленности.",
     (8, "компания", "лёгкая промышленность", 30)),
    # no noun of its own: a counted noun after the dash, its genitive the industry
    ("По данным дирекции, 5 из 12 новых участников кластера — предприятия химической "
     "промышленности.",
     (5, "предприятие", "химическая промышленность", 12)),
    # "N из них" after the whole, the part's industry after the dash
    ("Гранты получили 20 компаний, шесть из них — из машиностроения.",
     (6, "компания", "машиностроение", 20)),
    # "из них N —" with the part's adjectives alone; the whole names no industry
    ("В форуме участвуют около 400 компаний из 15 регионов, из них 90 — фармацевтические.",
     (90, "компания", "фармацевтика", 400)),
    # a word before the number that is none ("Ещё")
    ("Ещё три из 25 предприятий — из деревообрабатывающей промышленности.",
     (3, "предприятие", "деревообрабатывающая промышленность", 25)),
])
def test_part_with_industry_after_dash(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "Семь из десяти компаний-участниц — из Москвы и Подмосковья.",
    "В выставке участвовали 40 компаний, три из них — из Китая.",
    "Восемь из десяти россиян — за запрет продажи энергетиков детям.",
    "В регионе работают 12 заводов, из них 5 — иностранные.",
])
def test_no_part_without_industry(text):
    found = counts(text)
    assert not any(total for *_, total in found), found


def test_part_in_brackets():
    found = counts("Всего сахарных заводов в крае, по данным союза, 11 (четыре из них "
                   "принадлежат одному холдингу).")
    assert (4, "завод", "сахарная промышленность", 11) in found


def test_scale_word_part_after_cue():
    found = counts("Выпуском кирпича в области заняты около 60 заводов, из которых "
                   "полтора десятка остановлены.")
    assert (15, "завод", "выпуск кирпича", 60) in found


def test_facility_after_dash_is_its_own_object():
    found = counts("Хлебопечением в районе занимаются 30 организаций, среди них 12 — "
                   "частные пекарни.")
    assert (12, "пекарня", "хлебопечение", 30) in found


def test_compound_preposition_names_no_industry():
    found = counts("Четверо из 11 предприятий района, занятых в лесопилении, закрылись "
                   "в связи с банкротством.")
    assert (4, "предприятие", "лесопиление", 11) in found


def test_strong_drink_has_codes():
    found = counts("Производством водки в регионе занимаются три завода.")
    assert (3, "завод", "производство водки", None) in found


def test_member_whole_with_quoted_name_gives_total():
    found = counts("Из 120 членов союза «Деловая Сибирь» производством мебели занимаются "
                   "35 компаний.")
    assert (35, "компания", "производство мебели", 120) in found


def test_member_whole_gives_no_total_to_people():
    found = counts("Из 120 членов союза «Деловая Сибирь» на съезд приехали 35 человек.")
    assert not any(total for *_, total in found), found


def test_coordinated_adjectives_of_a_leading_whole():
    found = counts("Из 25 предприятий лёгкой и текстильной промышленности области 9 работают "
                   "на экспорт.")
    assert (25, "предприятие", "лёгкая и текстильная промышленность", None) in found


def test_prefixed_industry_subject_and_adjective_part():
    found = counts("Киноиндустрия области — это 40 компаний, включая 12 анимационных.")
    assert (40, "компания", "киноиндустрия", None) in found
    assert (12, "компания", "анимация", 40) in found
    assert (400, "компания", "туриндустрия", None) in counts(
        "Туриндустрия края — это 400 компаний.")


def test_sum_inside_a_part_is_no_part():
    found = counts("На рынке облачных сервисов работают около 200 компаний, из которых "
                   "выручку свыше 5 млрд руб. получают лишь 12.")
    assert (12, "компания", "облачные сервисы", 200) in found
    assert not any(obj == "млрд" for _, obj, *_ in found), found
