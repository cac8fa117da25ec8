"""Figures spread over places and rankings in statistics prose (w148,
rufacts.grammars.sector_ranked_places): after a count, the same firms counted per region
("Татарстан (41)", "больше всего их в Краснодарском крае — 96", "всего же их в стране около
70") are counts of their own with the noun and sector carried over and no whole; a count
under "среди регионов X больше всего Y в Z — N" is one too; and two repeated figures of
sector_earlier: "; ещё три, как сообщается в отчёте, законсервированы", "; годом ранее в
реестре было 198 хозяйств". Years, percentages, money and ranks in parentheses, and "а всего
их" with no ranking, are no such figure. The sentences are written for the test.
"""
from __future__ import annotations

import pytest

# (sentence, the (count, object, total) triples it must give, all with one sector)
POSITIVES = [
    ("По данным Росстата, в России работают 1 450 предприятий по производству хлеба; больше "
     "всего их в Краснодарском крае — 96.", {(1450, "предприятие", None), (96, "предприятие", None)}),
    ("Лидером по числу молочных заводов остаётся Алтайский край (64), за ним следуют Татарстан "
     "(41) и Башкирия (39).", {(64, "завод", None), (41, "завод", None), (39, "завод", None)}),
    ("Больше всего стекольных заводов, по данным Минпромторга, расположено в Нижегородской "
     "области (11), Владимирской области (8) и Москве (6), всего же их в стране около 70.",
     {(11, "завод", None), (8, "завод", None), (6, "завод", None), (70, "завод", None)}),
    ("Удмуртия вошла в пятёрку лидеров по числу предприятий лёгкой промышленности — их 85, "
     "больше только в Ивановской области (310) и Московской области (290).",
     {(85, "предприятие", None), (310, "предприятие", None), (290, "предприятие", None)}),
    ("В Приволжском федеральном округе насчитывается 410 кирпичных заводов, а больше всего их "
     "в Татарстане — 52.", {(410, "завод", None), (52, "завод", None)}),
    ("Среди регионов Сибири больше всего угледобывающих предприятий в Кемеровской области — "
     "120, затем идут Хакасия (15) и Красноярский край (12).",
     {(120, "предприятие", None), (15, "предприятие", None), (12, "предприятие", None)}),
    ("Минсельхоз Татарстана насчитал 215 фермерских хозяйств, выращивающих картофель; годом "
     "ранее в реестре было 198 хозяйств.", {(215, "хозяйство", None), (198, "хозяйство", None)}),
    ("В крае работают 14 рыбоперерабатывающих заводов; ещё три, как сообщается в отчёте "
     "министерства, законсервированы.", {(14, "завод", None), (3, "завод", None)}),
    ("В Сибирском округе 320 лесопильных предприятий, больше всего их в Иркутской области — "
     "140, затем идут Красноярский край (95) и Томская область (40).",
     {(320, "предприятие", None), (140, "предприятие", None), (95, "предприятие", None),
      (40, "предприятие", None)}),
]

# an elided head noun (rufacts.grammars.sector_gap_siblings): the adjective agrees with the
# head noun that opens the sector before ("услуги связи, ещё 210 — курьерские")
HEAD_FIRST = [
    ("Более 500 компаний Татарстана, по данным налоговой службы, оказывают услуги связи, ещё "
     "210 — курьерские.", (210, "курьерские услуги")),
]

# a register's "is" in the relative clause naming the activity (sector_tree_args.whose)
STATED = [
    ("В реестре МСП области 240 предприятий, основным видом деятельности которых значится "
     "производство мебели.", (240, "производство мебели")),
    ("В Удмуртии 312 организаций, основным видом деятельности которых указана перевозка "
     "пассажиров.", (312, "перевозка пассажиров")),
    ("Налоговая насчитала 87 фирм, основным видом деятельности которых заявлено "
     "производство хлеба.", (87, "производство хлеба")),
]

# (sentence, a count it must not give)
NEGATIVES = [
    ("В Татарстане работают 52 кирпичных завода, а Казань (1,3 млн жителей) остаётся главным "
     "рынком сбыта.", 1300000),
    ("В регионе 40 молочных заводов, Москва (2024) по-прежнему их крупнейший покупатель.", 2024),
    ("В области работают 30 мебельных фабрик, Пермская (12%) отстаёт от Свердловской.", 12),
    ("В области 25 фармацевтических заводов, Калужская область (3-е место в рейтинге) "
     "лидирует по инвестициям.", 3),
    ("В технопарке работают 40 IT-компаний, а всего их в парке около тысячи.", 1000),
    ("В городе 12 пекарен, компания Хлебпром (5) закрыла два цеха.", 5),
]


def _counts(nlp, text):
    doc = nlp(text)
    return [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]


@pytest.mark.parametrize("text, triples", POSITIVES)
def test_ranked_place(nlp, text, triples):
    found = _counts(nlp, text)
    assert triples <= {(v.count, v.object, v.total) for v in found}
    assert len({v.sector for v in found if (v.count, v.object, v.total) in triples}) == 1


@pytest.mark.parametrize("text, count", NEGATIVES)
def test_not_a_ranked_place(nlp, text, count):
    assert count not in {v.count for v in _counts(nlp, text)}


@pytest.mark.parametrize("text, pair", HEAD_FIRST)
def test_head_first_sibling(nlp, text, pair):
    assert pair in {(v.count, v.sector) for v in _counts(nlp, text)}


def test_adjective_of_the_genitive_is_no_head(nlp):
    found = _counts(nlp, "Производством мебели, по данным Росстата, в крае "
                    "занимаются 30 фабрик, ещё пять — офисной.")
    assert "офисное производство" not in {v.sector for v in found}


@pytest.mark.parametrize("text, pair", STATED)
def test_stated_activity(nlp, text, pair):
    assert pair in {(v.count, v.sector) for v in _counts(nlp, text)}
