"""Sector counts that were found but wrong: the whole's count taken for the part where a
qualifier stands between "из" and the number, a sentence cut by the parser's tree, a
whole given the sector of its part ("в том числе ..."). Real pipelines, own sentences."""
from __future__ import annotations

import pytest

import rufacts

from sector_helpers import counts


# --- "из почти N", "среди примерно N", "из более чем N": still a whole -------------------
@pytest.mark.parametrize("text,part,whole", [
    ("Из почти 600 малых фирм города около 200 заняты в общепите.",
     (200, "фирма", "общепит", 600), 600),
    ("Среди примерно 150 резидентов технопарка порядка 30 разрабатывают медицинские изделия.",
     (30, "резидент", "медицинские изделия", 150), 150),
    ("Из почти 3 тысяч малых предприятий района около 900 работают в торговле.",
     (900, "предприятие", "торговля", 3000), 3000),
    ("Из свыше 300 предприятий города порядка 50 выпускают мебель.",
     (50, "предприятие", "мебель", 300), 300),
])
def test_a_qualified_whole_is_the_total(text, part, whole):
    found = counts(text)
    assert part in found
    assert all(c[0] != whole for c in found)  # the whole has no industry of its own


def test_a_sentence_is_not_cut_by_the_parse():
    """A non-projective arc of the parser ("Из" on a noun past the qualifier) must not cut
    the sentence: the sector component reads the whole sentence."""
    nlp = rufacts.load()
    for text in ("Из почти 2 тысяч малых предприятий города около 700 работают в сфере "
                 "услуг.",
                 "Как сообщили в пресс-службе правительства, в технопарке «Северный» площадью"
                 " 40 га к концу 2027 года разместятся 12 резидентов, из них пять — "
                 "машиностроительные предприятия."):
        assert len(list(nlp(text).sents)) == 1


# --- ОКВЭД of classes of industry words ----------------------------------------------
@pytest.mark.parametrize("phrase,expected", [
    ("переработка овощей", ["10"]),          # processing farm produce is food making
    ("переработка картофеля", ["10"]),
    ("переработка дикоросов", ["10"]),
    ("переработка льна", ["13"]),            # flax goes to textiles
    ("заготовка и переработка ягод", ["01", "10"]),  # each activity with the goods
    ("разработка и производство электроники", ["26"]),
    ("рыбодобывающая отрасль", ["03"]),
    ("художественные промыслы", ["32"]),
    ("стоматологическая помощь", ["86"]),
    ("замороженные полуфабрикаты", ["10"]),
    ("управление жилищным фондом", ["68"]),
    ("режущий инструмент", ["25"]),
    ("музыкальные инструменты", ["32"]),
    ("финансовые инструменты", ["64"]),
    ("энергооборудование", ["27", "28"]),
    ("нефтегазовый сервис", ["09"]),
])
def test_okved_of_industry_classes(phrase, expected):
    from rufacts.grammars.morph import get_morph
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(get_morph(), phrase)) == expected


# --- a light head with what it is about; the head alone is no sector ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Восемь компаний, предоставляющих услуги по ремонту бытовой техники, получили гранты.",
     (8, "компания", "услуги по ремонту бытовой техники", None)),
    ("Гранты получили 11 организаций, которые предоставляют услуги по уходу за детьми.",
     (11, "организация", "услуги по уходу за детьми", None)),
    ("В крае зарегистрированы 36 фирм, оказывающих услуги в сфере ветеринарии.",
     (36, "фирма", "ветеринария", None)),
])
def test_a_light_head_keeps_what_it_is_about(text, expected):
    assert expected in counts(text)


def test_a_bare_light_head_is_no_sector():
    for text in ("В городе работают 14 фирм, оказывающих услуги населению.",
                 "Продукты поставляют 9 компаний района."):
        assert not any(c[2].lower() in ("услуги", "продукты") for c in counts(text))


# --- a whole before "в том числе" / "включая" takes no sector of its part -----------------
@pytest.mark.parametrize("text,whole", [
    ("В особой экономической зоне зарегистрированы 45 резидентов, в том числе 9 компаний, "
     "производящих упаковку.", 45),
    ("В индустриальном парке 70 резидентов, в том числе 20 IT-компаний и 8 компаний в сфере "
     "логистики.", 70),
    ("В кластере 52 участника, включая 14 предприятий, выпускающих мебель.", 52),
])
def test_a_whole_takes_no_sector_of_its_part(text, whole):
    found = counts(text)
    assert any(c[3] == whole for c in found)  # the parts are counted in it
    assert all(c[0] != whole for c in found)


# --- what a sector phrase keeps and drops; adjectives as industries ----------------------
@pytest.mark.parametrize("text,expected", [
    ("В регионе 12 предприятий производят оборудование с ЧПУ.",
     (12, "предприятие", "оборудование с ЧПУ", None)),       # "с" + an abbreviation stays
    ("В области работают пять энергосбытовых компаний.",
     (5, "компания", "энергосбытовая деятельность", None)),
])
def test_what_a_sector_phrase_keeps(text, expected):
    assert expected in counts(text)
