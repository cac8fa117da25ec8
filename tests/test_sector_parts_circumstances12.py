"""Parts of a whole whose clause says only a circumstance (w131, round 2 of "parts of a
whole"; docs/gold-conventions.md, ``total``): a word with ОКВЭД codes said as a goal,
route, owner or recipient ("выезжают на фермы", "через порт", "агрохолдингу", "на
экспорт") names no trade of the part, which takes the whole's sector and number as total.
Real pipelines, sentences of my own."""
from __future__ import annotations

import pytest

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    ("Производством мебели в Пензенской области занимаются 40 предприятий, девять из них "
     "поставляют продукцию в Казахстан.", (9, "предприятие", "производство мебели", 40)),
    ("Молочную продукцию в районе выпускают 12 заводов, три из них принадлежат агрохолдингу "
     "«Зелёная долина».", (3, "завод", "молочная продукция", 12)),
    ("Ремонтом сельхозтехники занимаются 25 мастерских, из них 8 выезжают на фермы.",
     (8, "мастерская", "ремонт сельхозтехники", 25)),
    ("Строительством жилья в Уфе заняты около 80 застройщиков, из них 20 вышли на рынок "
     "Казахстана.", (20, "застройщик", "строительство жилья", 80)),
    ("Разработкой игр в Казани занимаются порядка 60 студий, но лишь полтора десятка из них "
     "работают на экспорт.", (15, "студия", "разработка игр", 60)),
    ("Переработкой рыбы на Камчатке заняты 47 предприятий, из них 12 экспортируют продукцию "
     "в Китай.", (12, "предприятие", "переработка рыбы", 47)),
    ("Услуги такси в Твери оказывают 35 компаний, пять из них подключены к агрегатору.",
     (5, "компания", "услуги такси", 35)),
    ("Кондитерские изделия в области производят 22 фабрики, среди них четыре — семейные.",
     (4, "фабрика", "кондитерские изделия", 22)),
    ("Выращиванием овощей в теплицах заняты 18 хозяйств, у шести из них есть собственные "
     "хранилища.", (6, "хозяйство", "выращивание овощей в теплицах", 18)),
])
def test_a_circumstance_names_no_trade_of_the_part(text, expected):
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "Производством мебели в области занимаются 40 предприятий, половина из них работает в убыток.",
    "Добычей угля в Кузбассе занимаются 30 компаний, из них 300 человек уволены.",
    "Грузоперевозками занимаются 15 фирм, из них 5 млрд рублей получено от экспорта.",
    "Пекарнями владеют 20 предпринимателей, из них 40% — женщины.",
])
def test_no_part_from_shares_people_or_sums(text):
    assert not any(c[3] is not None for c in counts(text))


def test_a_trade_said_in_the_part_stays_its_own():
    # a "в" phrase of an industry: the part's own trade, not the whole's
    found = counts("Займы фонда получили 30 предприятий, из них восемь работают в металлургии.")
    assert not any(c[0] == 8 and c[3] == 30 and c[2] != "металлургия" for c in found)


def test_a_firm_noun_object_names_no_trade_of_the_part():
    # whom the dealers represent: firms, not a trade of the part
    found = counts("Торговлей грузовиками в крае занимаются 19 дилеров, семь из них "
                   "представляют китайские заводы.")
    assert (7, "дилер", "торговля грузовиками", 19) in found


@pytest.mark.parametrize("text,expected", [
    ("Лесопилением в районе заняты 30 фирм, после банкротства крупных заводов пять из них "
     "сменили владельцев.", (5, "фирма", "лесопиление", 30)),
    ("Сыроварением в области заняты 14 хозяйств, из-за нехватки молочных ферм три из них "
     "закупают сырьё в соседних регионах.", (3, "хозяйство", "сыроварение", 14)),
])
def test_a_genitive_of_a_circumstance_is_no_noun_of_the_part(text, expected):
    # the noun before the part's number depends on another noun: not the part's own noun
    assert expected in counts(text)


@pytest.mark.parametrize("text,expected", [
    ("Фонд одобрил 40 проектов, 15 из которых касаются нефтехимии и фармацевтики.",
     (15, "проект", "нефтехимия и фармацевтика", 40)),
    ("Фонд одобрил 40 проектов, из них 12 касаются станкостроения.",
     (12, "проект", "станкостроение", 40)),
])
def test_a_reflexive_verbs_genitive_names_the_parts_own_trade(text, expected):
    # a verb in -ся takes no accusative: its object is a genitive in the singular
    assert expected in counts(text)


@pytest.mark.parametrize("text", [
    "В этом году 12 компаний лишились лицензии.",
    "Около 30 предприятий добились снижения тарифов.",
    "В прошлом году 14 заводов опасались санкций.",
])
def test_a_reflexive_verbs_genitive_without_an_industry_is_no_sector(text):
    assert not counts(text)
