"""Second and later figures of a sector count in one sentence (w199, issue 11): a figure of
another place or time with the noun left out, more of the same firms after "ещё" under a
noun of their own or in another place, the figure of all of them, one more item after
"ещё", a gapped sibling at a stage or after a particle (grammars.sector_earlier,
sector_all_figures, sector_second_figures.late_figures, sector_items, sector_gap_siblings,
sector_parts_agents, sector_coord_gaps).
Real pipelines, sentences written for these tests."""
from __future__ import annotations

import pytest

from sector_helpers import counts


FIGURES = [
    # a scale written out after the figure
    ("В Казани около 900 кофеен, тогда как в Москве — более 6 тысяч.",
     (6000, "кофейня", "общепит", None)),
    ("Сейчас в Сибири работают около 2,1 тыс. строительных компаний, а пять лет назад их "
     "было свыше 3 тысяч.", (3000, "компания", "строительство", None)),
    # a neighbouring place; a name after a place noun
    ("В Чувашии работают девять кирпичных заводов, а в соседней Мордовии — пять.",
     (5, "завод", "производство кирпича", None)),
    ("В Удмуртии работают 14 мебельных фабрик, в Республике Коми — шесть.",
     (6, "фабрика", "мебельная промышленность", None)),
    # the count's preposition again after the other place
    ("В Омске пластиковые окна собирают на трёх заводах, в Томске — на двух.",
     (2, "завод", "пластиковые окна", None)),
    # a season; "тогда как" before the copula
    ("Прокатом яхт в Сочи занимаются 46 компаний, тогда как весной было около 30.",
     (30, "компания", "прокат яхт", None)),
    # after a count of the market reader, the figure's own noun
    ("Рынок школьного питания в Казани поделили три оператора, хотя ещё недавно на нём "
     "работали 11 компаний.", (11, "компания", "школьное питание", None)),
    # "ещё N <own noun> <verb taking no object>"
    ("В крае работают 12 крупных лесопилок, ещё около 40 цехов относятся к малым.",
     (40, "цех", "лесопиление", None)),
    # "ещё N в <Place>" after the count's own place
    ("У сети 18 пекарен в Омске и ещё пять в Тюмени.", (5, "пекарня", "хлебопечение", None)),
    # more joining at the clause's end
    ("Кондитерских фабрик в Пензе пока три, но к осени к ним добавятся ещё две из Саратова.",
     (2, "фабрика", "кондитерская промышленность", None)),
    # all of them, past the count's genitive tail; a predicate's sector with "ещё"
    ("В Перми открылись 17 новых пунктов выдачи заказов маркетплейсов, всего их в городе "
     "теперь около 700.", (700, "пункт", "выдача заказов маркетплейсов", None)),
    ("За год ремонтом лодок стали заниматься ещё шесть мастерских, всего их теперь 31.",
     (31, "мастерская", "ремонт лодок", None)),
    # one more item after "ещё"
    ("Из 80 фирм, работающих в дорожном хозяйстве Удмуртии, 33 работают на содержании трасс, "
     "ещё 19 — на строительстве развязок.", (19, "фирма", "строительство развязок", 80)),
    # an agent noun item whose first reading is genitive singular ("сыроварни")
    ("Из 900 заёмщиков фонда 150 — кофейни, 80 — сыроварни.",
     (80, "сыроварня", "сыроделие", 900)),
    # the whole of the items before shared after "ещё"
    ("В бизнес-инкубатор приняли 30 стартапов: девять работают в медтехе, шесть — в агротехе, "
     "ещё четыре делают мобильные игры.", (4, "стартап", "мобильные игры", 30)),
    # a gapped sibling that repeats the verb's object: "а <accusative> — ещё N"
    ("Туры по Алтаю продают 40 агентств, а сплавы по рекам — ещё 15.",
     (15, "агентство", "сплавы по рекам", None)),
    # the counted noun's genitive again: the sector in the nominative
    ("Производителей окон в области сегодня 40, а деревянных дверей — семь.",
     (7, "производитель", "деревянные двери", None)),
    # a gapped sibling after a particle; one at a stage keeps the sector before
    ("Пиво в области варят семь заводов, ещё три — только квас.", (3, "завод", "квас", None)),
    ("В ОЭЗ работают 11 фармацевтических заводов, ещё два — на стадии строительства.",
     (2, "завод", "фармацевтика", None)),
]


@pytest.mark.parametrize("text,expected", FIGURES)
def test_second_and_later_figures(text, expected):
    assert expected in counts(text)


NEGATIVES = [
    # people after "тогда как в <place> —", not the same firms
    ("В Самаре работают 40 фитнес-клубов, тогда как в Тольятти — 3 тысячи человек "
     "занимаются спортом.", 3000),
    # a noun bound to words of business after "ещё N": craftsmen, no firms
    ("В Туле пять компаний занимаются ремонтом обуви, и ещё 20 мастеров работают на дому.", 20),
    # another counted thing after an earlier time
    ("В Казани 30 автосалонов, хотя ещё недавно там было всего 12 клиентов.", 12),
]


def test_a_field_after_na_is_the_siblings_own():
    # "ещё три специализируются на <field>": a sector of their own, not the count's before
    found = counts("Птицеводством в районе занимаются пять хозяйств, ещё три специализируются "
                   "на выращивании овощей.")
    assert (3, "хозяйство", "выращивание овощей", None) in found
    assert not any(c[0] == 3 and c[2] == "птицеводство" for c in found), found


@pytest.mark.parametrize("text,number", NEGATIVES)
def test_no_second_figure(text, number):
    found = counts(text)
    assert not any(c[0] == number for c in found), found
