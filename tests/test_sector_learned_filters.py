"""The learned sector reader is held to what the rules hold their own counts to
(:func:`rufacts.components.sector_learned.learned_counts`): no count whose number the rules
read and dropped, none the rules' filters drop, none whose sector names no industry, none of
a whole under a share that the rules left (its sector is the share's), none of one project. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from rufacts.components.sector_learned import (names_industry, one_of_many, one_project,
                                               under_share, used_not_made)
from rufacts.grammars.morph import get_morph
from rufacts.pipeline import Pipeline, load

ON = {"components.rufacts_sectors.learned": True}


@pytest.fixture(scope="module")
def learned() -> Pipeline:
    return Pipeline(load(overrides=ON))


@pytest.fixture(scope="module")
def morph():
    return get_morph()


def counts(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.nlp(text)
    return [(v.count, v.object, v.sector, v.total, v.via) for v in
            (s._.rufacts_sector_count for s in doc.spans["sector_counts"])]


@pytest.mark.parametrize("text,whole", [
    ("Почти половина из 120 строительных компаний региона сдаёт объекты с опозданием.",
     (120, "компания", "строительство", None)),
    ("Большая часть из 70 лесозаготовительных предприятий Карелии работает на экспорт.",
     (70, "предприятие", "лесозаготовка", None)),
])
def test_a_whole_under_a_share_is_a_count_with_the_reader_on(learned, text, whole):
    """The share is no count; its whole with an industry of its own is one (as the rules
    read it: test_sector_convention)."""
    found = [c[:4] for c in counts(learned, text)]
    assert whole in found
    assert len(found) == 1


@pytest.mark.parametrize("text,whole", [
    # the tagger alone reads the share's predicate as the whole's sector
    ("Большинство из 30 резидентов ОЭЗ занимаются логистикой.", 30),
    ("Большинство из 35 резидентов технопарка работают в сфере деревообработки.", 35),
])
def test_a_whole_under_a_share_takes_no_sector_from_the_share(learned, text, whole):
    assert all(c[0] != whole for c in counts(learned, text))


@pytest.mark.parametrize("text", [
    "Почти половина из 120 строительных компаний",
    "Большая часть из почти 70 предприятий",
    "Треть из 45 туристических агентств",
    "Каждая пятая из 300 аптек",
])
def test_under_share(morph, text):
    at = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert under_share(morph, text, at)


@pytest.mark.parametrize("text", [
    "Из 120 строительных компаний",
    "4 из 12 российских заводов",
    "В регионе 80 строительных фирм",
    "Среди 40 резидентов",
])
def test_no_share_before_the_whole(morph, text):
    at = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert not under_share(morph, text, at)


@pytest.mark.parametrize("sector", [
    "мебель", "производство кирпича", "IT", "оленеводство", "выпуск бытовой химии",
    "средства защиты растений и удобрения", "общепит",
])
def test_phrases_of_an_industry(morph, sector):
    assert names_industry(morph, sector)


@pytest.mark.parametrize("sector", [
    "новые",                        # an adjective the assembly found no industry for
    "оптические",
    "загородные",
    "холдинга внедрили роботов",    # a clause
    "ведут переговоры",
    "оборонный заказ",              # a task, deal or sum (not_sector)
    "контракт на поставку хлеба",
])
def test_no_phrase_of_an_industry(morph, sector):
    assert not names_industry(morph, sector)


@pytest.mark.parametrize("said,sector,expected", [
    ("Новый аквапарк в Казани строят четыре подрядчика", "новый аквапарк", True),
    ("мост через Обь возводят три компании", "мост", True),
    ("Дороги в области строят 15 организаций", "дороги", False),
    ("Мебель в Пензе делают 12 фабрик", "мебель", False),
    ("В районе работают 12 строительных фирм", "строительство", False),
])
def test_one_project(morph, said, sector, expected):
    assert one_project(morph, said, sector) is expected


@pytest.mark.parametrize("said,expected", [
    ("Станки с ЧПУ внедрили 14 машиностроительных заводов", True),
    ("Отечественное ПО используют 40 банков", True),
    ("Солнечные панели установили 9 агрохолдингов", True),
    ("Станки с ЧПУ выпускают 14 заводов", False),
    ("Отечественное ПО разрабатывают 40 компаний", False),
])
def test_used_not_made(morph, said, expected):
    assert used_not_made(morph, said) is expected


@pytest.mark.parametrize("text,expected", [
    ("Холдинг — один из крупнейших производителей удобрений", True),
    ("он работал на одном из нефтедобывающих предприятий", True),
    ("Одна из двух пивоварен Вологды остановила производство", False),
    ("один из 14 заводов области", False),
    ("В районе одна сыроварня", False),
])
def test_one_of_many(morph, text, expected):
    at = text.lower().find("од")
    assert one_of_many(morph, text, at) is expected
