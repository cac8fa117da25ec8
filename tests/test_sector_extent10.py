"""w94 (dev10): the sector phrase as the sentence says it (docs/gold-conventions.md,
`sector`), and the ОКВЭД codes of its class. Real pipelines, general sentences written for
the test (not copied from gold).

* a tail saying under what or with what the firms work is cut: "по" + a programme, contract,
  document, tariff or route noun, "с" + a size or money noun, "с" + a genitive (where from);
* "в X" (no place or time) on a fronted argument and "от X" (what a product is against) stay;
* an abbreviation in capitals is kept as written ("генеративного ИИ" -> генеративный ИИ),
  also as a prefix ("ИИ-стартапов").
"""
from __future__ import annotations

import pytest

import rufacts
from rufacts.grammars.morph import get_morph
from rufacts.grammars.okved import okved_codes

from sector_helpers import counts


FOUND = [
    # frame tails cut
    ("Ремонт дорог по концессионным соглашениям в крае ведут пять компаний.",
     (5, "компания", "ремонт дорог", None)),
    # a route is the work's own (docs/gold-conventions.md, "The sector phrase's extent")
    ("Пассажирские перевозки по регулярным маршрутам обеспечивают 16 перевозчиков.",
     (16, "перевозчик", "пассажирские перевозки по регулярным маршрутам", None)),
    ("Газоснабжение по льготным тарифам обеспечивают три компании.",
     (3, "компания", "газоснабжение по льготным тарифам", None)),  # w143: a tariff is the kind of service (writer C keeps it)
    ("Капитальный ремонт домов по региональной программе ведут 14 подрядных организаций.",
     (14, "организация", "капитальный ремонт домов", None)),
    ("Грузоперевозки с Дальнего Востока осуществляют 30 компаний.",
     (30, "компания", "грузоперевозки", None)),
    ("Кондитерские изделия по государственным контрактам поставляют 11 фабрик.",
     (11, "фабрика", "кондитерские изделия", None)),
    ("В Италии обанкротились 12 производителей керамической плитки с выручкой менее 10 млн евро.",
     (12, "производитель", "керамическая плитка", None)),
    ("Стоматологическую помощь по полисам ДМС оказывают 40 клиник города.",
     (40, "клиника", "стоматологическая помощь", None)),
    # adjuncts kept
    ("Томаты в защищённом грунте в области выращивают 15 хозяйств.",
     (15, "хозяйство", "томаты в защищённом грунте", None)),
    ("Вакцины от гриппа в России выпускают четыре предприятия.",
     (4, "предприятие", "вакцины от гриппа", None)),
    ("Страхованием от несчастных случаев занимаются 40 страховых компаний.",
     (40, "компания", "страхование от несчастных случаев", None)),
    ("Услугами по защите от кибератак торгуют 20 поставщиков.",
     (20, "поставщик", "услуги по защите от кибератак", None)),
    # abbreviations as written
    ("Конкурс собрал 25 разработчиков промышленного ИИ.",
     (25, "разработчик", "промышленный ИИ", None)),
    ("В технопарке работают шесть ИИ-стартапов.", (6, "стартап", "ИИ", None)),
    ("Фонд вложился в 11 AI-стартапов.", (11, "стартап", "AI", None)),
]

FOUND += [
    # "для" + learners hung on the counted noun, after a genitive sector
    ("В городе открылись семь студий рисования для дошкольников.",
     (7, "студия", "рисование для дошкольников", None)),
    ("В Казани работают 12 магазинов одежды для детей.",
     (12, "магазин", "одежда для детей", None)),
    # what a thing is for, even a building ("склад" alone is no sector)
    ("Стеллажи для складов в области выпускают девять заводов.",
     (9, "завод", "стеллажи для складов", None)),
    # a list of genitives after an activity in the dative goes on to its last item, which
    # might be read as a dative ("химии")
    ("В регионе действуют девять предприятий по выпуску красок, лаков и бытовой химии.",
     (9, "предприятие", "выпуск красок, лаков и бытовой химии", None)),
    # an indeclinable abbreviation right after the counted noun is its genitive
    ("Заказ распределили между 17 заводами ОПК Урала.", (17, "завод", "ОПК", None)),
]

KEPT = [  # near misses: the tail is the service itself, a thing it is made of or comes with
    ("В Омске услуги по уходу за больными оказывают 17 организаций.",
     (17, "организация", "услуги по уходу за больными", None)),
    ("Мебель из массива дуба изготавливают 40 мастерских.",
     (40, "мастерская", "мебель из массива дуба", None)),
    ("Огурцы в Липецкой области выращивают 12 хозяйств.", (12, "хозяйство", "огурцы", None)),
    ("Выпечкой хлеба в сёлах района занимаются девять пекарен.",
     (9, "пекарня", "выпечка хлеба", None)),
]


@pytest.mark.parametrize("text,expected", FOUND + KEPT)
def test_sector_phrase(text, expected):
    assert expected in counts(text)


def test_residents_and_countries_are_no_part():
    assert not any("жител" in sector for _, _, sector, _ in counts(
        "В районе работают пять поставщиков услуг связи для жителей района."))
    assert not counts("В стране работают 30 компаний США.")


def test_company_name_is_no_sector():
    assert not any(sector == "VSMPO" for _, _, sector, _ in counts(
        "На рынке ферротитана России работают четыре производителя, на долю VSMPO "
        "приходится больше половины выпуска."))


def test_source_is_no_part():
    found = counts("Продукцию от местных фермеров закупают 30 магазинов.")
    assert not any("фермер" in sector for _, _, sector, _ in found)


CODES = [
    ("бункеровка судов", ["52"]), ("буксировка судов", ["52"]),
    ("огранка драгоценных камней", ["32"]), ("подбор IT-специалистов", ["78"]),
    ("подбор кадров", ["78"]), ("свинина и говядина", ["10"]), ("баранина", ["10"]),
    ("куриные яйца", ["01"]), ("сигары", ["12"]), ("папиросы", ["12"]),
    ("железнодорожное оборудование", ["30"]), ("InsurTech", ["65"]), ("PropTech", ["62"]),  # w128: gold news-11 and dev12 give 62
    ("агробиотехнологии", ["72"]), ("AI", ["62"]),
    ("железнодорожные перевозки", ["49"]),  # near miss: the railway itself
]


@pytest.mark.parametrize("sector,codes", CODES)
def test_okved_of_class(sector, codes):
    assert [c.code for c in okved_codes(get_morph(), sector)] == codes


def test_against_adds_no_codes():
    codes = [c.code for c in okved_codes(get_morph(), "вакцины от гриппа")]
    assert codes == [c.code for c in okved_codes(get_morph(), "вакцины")] and codes
