"""Missed counts on unseen phrasing (w192, issue 11), with the real pipeline: (1) a part of a
whole said in a prepositional group, "в N из них" (rufacts.grammars.sector_parts_prepositional);
(2) a ranking is a list of its kind of firms, as a register is ("В рейтинг крупнейших
производителей X вошли N компаний": ``register`` cues of sector_cues.tsv, read by
rufacts.grammars.sector_tree_official); (3) industries the ОКВЭД synonyms lacked (technical
inspection, mining machinery: okved2_synonyms.tsv). Sentences written for the test."""
import pytest

import rufacts


def _counts(text):
    return {(v.count, v.object, v.sector, v.total) for v in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text, expected", [
    # (1) the part in a prepositional group
    ("Молочные продукты в крае выпускают 40 заводов, причём в 12 из них стоят новые линии "
     "розлива.",
     {(40, "завод", "молочные продукты", None), (12, "завод", "молочные продукты", 40)}),
    ("В районе девятнадцать рыбоводных хозяйств, на семи из них прошли проверки.",
     {(7, "хозяйство", "рыбоводство", 19)}),
    ("В области работают 30 мебельных фабрик, и с двенадцатью из них город подписал "
     "договоры.",
     {(30, "фабрика", "мебельная промышленность", None),
      (12, "фабрика", "мебельная промышленность", 30)}),
    ("Грузоперевозками в городе занимаются 60 компаний, для пятнадцати из которых это "
     "главный вид деятельности.",
     {(60, "компания", "грузоперевозки", None), (15, "компания", "грузоперевозки", 60)}),
])
def test_prepositional_parts(text, expected):
    assert expected <= _counts(text)


@pytest.mark.parametrize("text, count", [
    ("В области работают 30 мебельных фабрик, по 200 из них нет данных.", 200),  # so many each
    ("В области работают 30 мебельных фабрик, в одной из них прошла проверка.", 1),  # one named
    ("В области работают 30 мебельных фабрик, в 40 из них нет отделов продаж.", 40),  # > whole
])
def test_prepositional_parts_not_counted(text, count):
    assert not any(c[0] == count for c in _counts(text))


def test_ranking_names_its_firms():
    assert (25, "компания", "мебель", None) in _counts(
        "В рейтинг крупнейших производителей мебели вошли 25 компаний.")
    assert (18, "компания", "минеральные удобрения", None) in _counts(
        "В рейтинг ведущих производителей минеральных удобрений попали 18 компаний.")


def test_ranking_of_no_kind_names_no_sector():
    assert _counts("В рейтинг лучших работодателей года вошли 25 компаний.") == set()
    assert _counts("В рейтинг вошли 25 компаний.") == set()


@pytest.mark.parametrize("text, expected", [
    ("В реестре операторов технического осмотра в крае числятся 64 организации.",
     (64, "организация", "технический осмотр", None)),
    ("В стране работают 40 производителей горной техники.",
     (40, "производитель", "горная техника", None)),
])
def test_new_synonyms(text, expected):
    assert expected in _counts(text)
    codes = {o.code for v in rufacts.extract(text).sector_counts for o in v.okved}
    assert codes & {"71", "28"}
