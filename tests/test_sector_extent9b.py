"""w87 (held9, second round): the counted object and the sector phrase (issue 11,
docs/gold-conventions.md "sector"). Real pipelines, general sentences."""
from __future__ import annotations

import pytest

import rufacts

from sector_helpers import counts


FOUND = [
    # a fused sector prefix splits off its counted noun: энерго-, агро- (агрохолдинг is no
    # longer a counted noun of its own)
    # (w108: "продают" is a marker verb now; with its complement "электроэнергию продают пять
    # энергокомпаний" names the industry elsewhere and keeps the compound whole, as
    # docs/gold-conventions.md reads "пять фармзаводов выпускают дженерики")
    ("В Якутии работают пять энергокомпаний, и все они государственные.",
     (5, "компания", "энергетика", None)),
    ("В Якутии электроэнергию продают пять энергокомпаний, и все они государственные.",
     (5, "энергокомпания", "электроэнергия", None)),
    ("Четыре агрохолдинга обрабатывают больше трети посевных площадей края.",
     (4, "холдинг", "сельское хозяйство", None)),
    # adjectives of trades on workshops and farms
    ("На выезде из города открылись семь шиномонтажных мастерских.",
     (7, "мастерская", "шиномонтаж", None)),
    ("В Мурманской области действуют 12 форелевых хозяйств.",
     (12, "хозяйство", "форелеводство", None)),
    # a practice of a medical speciality counts with its adjective
    ("В районе открыто девять стоматологических кабинетов, три из них частные.",
     (9, "кабинет", "стоматология", None)),
    # an indeclinable service noun after the counted noun
    ("В Калуге пассажиров возят 15 служб такси.", (15, "служба", "такси", None)),
    ("Машины в аренду сдают шесть операторов каршеринга.",
     (6, "оператор", "каршеринг", None)),
    # a genitive plural pymorphy3 does not know: its nominative plural by the spelling rule
    ("В Вологодской области работают восемь производителей древесных пеллет.",
     (8, "производитель", "древесные пеллеты", None)),
    # the extent: "за" hung by the parser on the head of a care noun, a possessive in a
    # conjunct, a short industry name pymorphy3 tags as an organization
    ("В Омске услуги по присмотру и уходу за больными оказывают 17 организаций.",
     (17, "организация", "услуги по присмотру и уходу за больными", None)),
    ("Трубы из меди и её сплавов в стране делают пять заводов.",
     (5, "завод", "трубы из меди и её сплавов", None)),
    ("В Тюмени сейчас девять компаний, разрабатывающих системы управления для нефтегаза.",
     (9, "компания", "системы управления для нефтегаза", None)),
    # a lone plural adjective for its noun
    ("В Астраханской области рыбой занимаются 30 хозяйств, из них шесть выращивают осетровых.",
     (6, "хозяйство", "осетровые", 30)),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_object_and_sector(text, expected):
    assert expected in counts(text)


NOT_FOUND = [
    # "кабинет" alone, or of a school, is no firm
    ("В новой школе оборудовали 12 учебных кабинетов.", "кабинет"),
    ("Ремонт провели в восьми кабинетах поликлиники.", "кабинет"),
    # a fronted place in a hyphenated compound is no sector
    ("Резидентами IT-парка в этом году стали ещё шесть компаний.", "компания"),
    ("Он трижды вызывал такси, но машины так и не дождался за 40 минут.", None),
]


@pytest.mark.parametrize("text,obj", NOT_FOUND)
def test_no_count(text, obj):
    found = counts(text)
    assert not [c for c in found if obj is None or c[1] == obj], found


def test_agro_holding_kept_whole_beside_an_industry():
    # the sentence names the industry elsewhere: the compound is kept whole
    assert (9, "агрохолдинг", "свиноводство", None) in counts(
        "Свиноводством в области занимаются девять агрохолдингов.")


def test_unknown_plural_rule():
    from rufacts.grammars.morph import get_morph
    from rufacts.grammars.sector_unknown_plural import unknown_plural
    morph = get_morph()
    assert unknown_plural(morph, "пеллет", "gent") == "пеллеты"
    assert unknown_plural(morph, "снеков", "gent") == "снеки"
    assert unknown_plural(morph, "пеллет", "nomn") is None
    assert unknown_plural(morph, "роллов", "gent") is None  # a known word keeps its reading


def test_rank_is_no_count():
    # an ordinal before a round collective noun is a place in a ranking
    found = counts("По числу производителей удобрений (около 40, из них 12 — крупные) Россия "
                   "входит в первую десятку стран.")
    assert not [c for c in found if c[0] == 10], found
    assert (10, "компания", "производство мебели", None) in counts(
        "В городе десяток компаний занимаются производством мебели.")
