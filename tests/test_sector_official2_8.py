"""Sector counts in official-report phrasing, second pass (eighth session, family w70),
through the real pipeline (``rufacts.load()``), on sentences of our own (not in any gold
file):

* "осуществлять" / "обеспечивать" with a sector-head object are marker verbs ("Грузовые
  перевозки осуществляют 15 компаний", "Выпуск хлеба обеспечивают 4 хлебозавода");
* several counted nouns sharing one predicate, a later one hung by the parser on the verb
  (``sector_tree_official.shared_subjects``);
* a participle joined to a clause on the noun ("открытых при университетах и
  осуществляющих деятельность в сфере X");
* "в реестр/перечень <noun> <sector> внесены/включены N <noun>" (``register`` cues);
* "N <noun> включены в реестр как осуществляющие деятельность в сфере X": the participle
  after "как" set back on the counted subject (``sector_tree_official.as_clauses``);
* "<sector> представлена N предприятиями" (``held_by`` cues);
* "объект" counts beside a word of trade or catering ("объектов общественного питания").
The negatives (no sector head, a register of another noun, a project presented, heritage
sites) must give nothing.
"""
from __future__ import annotations

import pytest


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return sorted((v.count, v.object, v.sector, v.total)
                  for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"]))


POSITIVES = [
    ("Производство комбикормов в Тульской области обеспечивают пять заводов.",
     [(5, "завод", "производство комбикормов", None)]),
    ("Производство минеральных удобрений в стране обеспечивают девять предприятий.",
     [(9, "предприятие", "производство минеральных удобрений", None)]),
    ("Молочное животноводство в районе осуществляют 7 организаций, 25 крестьянских "
     "(фермерских) хозяйств и 4 индивидуальных предпринимателя.",
     [(4, "предприниматель", "молочное животноводство", None),
      (7, "организация", "молочное животноводство", None),
      (25, "хозяйство", "молочное животноводство", None)]),
    ("В регионе зарегистрировано 17 малых предприятий, открытых при университетах и "
     "осуществляющих деятельность в сфере информационных технологий.",
     [(17, "предприятие", "информационные технологии", None)]),
    ("В области работают 9 компаний, созданных в прошлом году и специализирующихся на "
     "производстве мебели.",
     [(9, "компания", "производство мебели", None)]),
    ("В перечень предприятий оборонно-промышленного комплекса включены 12 предприятий "
     "области.",
     [(12, "предприятие", "оборонно-промышленный комплекс", None)]),
    ("На начало года 40 компаний края внесены в реестр как занимающиеся производством "
     "мебели.",
     [(40, "компания", "производство мебели", None)]),
    ("В 2024 году 18 предприятий области включены в отраслевой перечень поставщиков как "
     "осуществляющие деятельность в сфере пищевой промышленности.",
     [(18, "предприятие", "пищевая промышленность", None)]),
    ("В городе работают 40 объектов общественного питания.",
     [(40, "объект", "общественное питание", None)]),
    ("В районе функционирует 35 объектов нестационарной торговли.",
     [(35, "объект", "нестационарная торговля", None)]),
]


def test_held_by_instrumental(nlp):
    """"<sector> представлена N предприятиями, в том числе M ...": the whole counts too."""
    text = ("Пищевая промышленность Курской области представлена 120 крупными и средними "
            "предприятиями, в том числе 15 предприятиями молочной отрасли.")
    assert (120, "предприятие", "пищевая промышленность", None) in found(nlp, text)


def test_bound_parts(nlp):
    """A part ("среди них", "в том числе") of a bound noun counts only beside its word of
    business: "аптечных пунктов" does, "12 объектов сдано" does not."""
    text = "Лекарственной розницей в Тамбове заняты 30 организаций, среди них 8 аптечных пунктов."
    assert (8, "пункт", "лекарственная розница", 30) in found(nlp, text)
    text = "Жилищным строительством в области заняты 30 компаний, в том числе 9 объектов сданы."
    assert [v[1] for v in found(nlp, text)] == ["компания"]


NEGATIVES = [
    "Контроль за проектом осуществляют 12 специалистов.",
    "Работу площадки обеспечивают 30 волонтёров.",
    "В реестр включены 12 организаций.",
    "В этом году 20 компаний внесены в реестр как выполняющие свои обязательства.",
    "Проект был представлен 12 компаниями.",
    "В районе насчитывается 15 объектов культурного наследия.",
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_official_second_pass(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_official_second_negatives(nlp, text):
    assert found(nlp, text) == []
