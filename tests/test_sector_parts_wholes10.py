"""Parts, wholes and totals, second round (w103; docs/gold-conventions.md, ``object`` and
``total``): a part that carries its whole's abbreviated noun keeps its capitals; a part
"в том числе / в их числе / из них N — <adjective> профиля / из <отрасли>" names its industry
after the dash; a whole written with a scale ("1,2 тыс. компаний") or a dashed apposition
("компаний — участников «…»") is the total of its parts. Real pipelines, sentences of my own."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


@pytest.mark.parametrize("text,expected", [
    # a part with no noun of its own: the whole's abbreviation keeps its capitals
    ("Торговлей топливом в округе заняты семь АЗС, три из которых принадлежат сетевым "
     "операторам.", (3, "АЗС", "торговля топливом", 7)),
    ("Из 30 КФХ района лишь восемь выращивают зерновые.", (8, "КФХ", "зерновые", 30)),
    ("Сейчас в районе 18 КФХ, занимающихся птицеводством, годом ранее их было 11.",
     (11, "КФХ", "птицеводство", None)),
    # "в том числе / в их числе / из них N — <adjective> профиля (направленности)"
    ("В особой экономической зоне работают 43 предприятия, в том числе 12 — "
     "электротехнического профиля.", (12, "предприятие", "электротехника", 43)),
    ("Участниками форума стали 80 компаний, в их числе 25 — металлургического профиля.",
     (25, "компания", "металлургия", 80)),
    ("На площадке индустриального парка 36 резидентов, в том числе девять — химического "
     "профиля, сообщает администрация.", (9, "резидент", "химическая промышленность", 36)),
    # a scaled whole before "в том числе N — из <отрасли>"
    ("Участниками выставки станут порядка 1,2 тыс. компаний, в том числе более 300 — из "
     "станкоинструментальной отрасли.", (300, "компания", "станкоинструментальная отрасль",
                                         1200)),
    ("В конкурсе участвуют 2,5 тыс. предприятий, в том числе около 400 — из пищевой "
     "промышленности.", (400, "предприятие", "пищевая промышленность", 2500)),
    # a leading whole with a scale or a dashed apposition
    ("Из 1,3 тыс. компаний — участников выставки свыше 250 — станкостроители.",
     (250, "станкостроитель", "станкостроение", 1300)),
    ("Из 1,5 тыс. экспонентов около 200 — машиностроители.",
     (200, "машиностроитель", "машиностроение", 1500)),
    ("Из 600 компаний — членов ассоциации 140 — машиностроители.",
     (140, "машиностроитель", "машиностроение", 600)),
    ("Из 2,1 тыс. компаний — резидентов «Сколково» порядка 300 — девелоперы.",
     (300, "девелопер", "девелопмент", 2100)),
])
def test_part_of_whole(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    # near misses: a place, a size, or a share after the dash names no industry
    "В особой экономической зоне работают 43 предприятия, в том числе 12 — из Ташкента.",
    "Участниками форума стали 80 компаний, в их числе 25 — крупного профиля.",
    "Из 1,3 тыс. опрошенных жителей свыше 250 — пенсионеры.",
    "В конкурсе участвуют 2,5 тыс. предприятий, в том числе около 400 — из Казани.",
])
def test_no_part_count(text):
    assert not counts(text)


@pytest.mark.parametrize("text,expected", [
    # "ещё N <verb> <presence noun> [в …]": the same kind of firm elsewhere, the sector before
    ("В порту работают 11 логистических компаний, ещё четыре открыли склады в Усть-Луге.",
     (4, "компания", "логистика", None)),
    ("В Казани работают 12 страховых компаний, ещё три имеют филиалы в городе.",
     (3, "компания", "страхование", None)),
    ("В порту работают семь стивидорных компаний, ещё две разместили склады на его "
     "территории.", (2, "компания", "стивидорная деятельность", None)),
    ("В городе 14 IT-компаний, ещё четыре открыли представительства в Москве.",
     (4, "компания", "IT", None)),
])
def test_sibling_elsewhere(text, expected):
    assert expected in counts(text)


def test_sibling_with_own_trade():
    # near miss: a verb with a product of its own is no presence: not the sector before
    assert (4, "компания", "IT", None) not in counts(
        "В городе 14 IT-компаний, ещё четыре открыли рестораны в центре.")
