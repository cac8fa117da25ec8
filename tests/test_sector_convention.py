"""Sector counts written as docs/gold-conventions.md says a reader writes them: fused
compound objects, coordinated sectors, verb complements, ОКВЭД of new phrases. Real
pipelines, general sentences."""
from __future__ import annotations

import pytest

import rufacts

from sector_helpers import counts


# --- fused compounds: split when the compound alone names the industry, kept whole when
# the sentence names it elsewhere ----------------------------------------------------
FUSED = [
    ("В районе открылись семь турфирм.", (7, "фирма", "туризм", None)),
    ("Производством сыров занимаются девять агрофирм области.",
     (9, "агрофирма", "производство сыров", None)),
    ("Вакцины выпускают три фармзавода региона.", (3, "фармзавод", "вакцины", None)),
    ("В крае 500 сельхозпредприятий, из них 120 выращивают сахарную свёклу.",
     (120, "сельхозпредприятие", "сахарная свёкла", 500)),
]


@pytest.mark.parametrize("text,expected", FUSED)
def test_fused_compound_objects(text, expected):
    assert expected in counts(text)


def test_conjoined_subjects_share_the_verb():
    found = counts("Сливочное масло в области выпускают четыре сыроварни и три молокозавода.")
    assert (3, "молокозавод", "сливочное масло", None) in found


# --- ОКВЭД of sector phrases ------------------------------------------------------------
def codes(text: str) -> dict[tuple, list[str]]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"]): sorted(o["code"] for o in s["okved"])
            for s in record.get("sector_counts", [])}


def test_a_shop_of_goods_is_retail():
    """A trading counted noun turns the goods' codes into its trade division."""
    found = codes("Детскую одежду в городе продают 30 магазинов.")
    assert found[(30, "магазин", "детская одежда")] == ["47"]
    made = codes("Детскую одежду в регионе шьют 12 фабрик.")
    assert made[(12, "фабрика", "детская одежда")] == ["14"]


@pytest.mark.parametrize("phrase,expected", [
    ("разработка ПО", ["62"]),                 # the acronym, matched as written
    ("услуги по ремонту", []),                 # ... not the preposition
    ("разработка банковского ПО", ["62"]),     # the activity's noun leads its adjective
    ("охотничье и спортивное оружие", ["25"]),  # conjoined adjectives before the head
    ("горно-металлургический комплекс", ["07", "24"]),
    ("щебень", ["08"]),
    ("производство молока", ["01"]),
    ("переработка молока", ["10"]),
])
def test_okved_of_phrases(phrase, expected):
    from rufacts.grammars.morph import get_morph
    from rufacts.grammars.okved import okved_codes

    assert sorted(o.code for o in okved_codes(get_morph(), phrase)) == expected


# --- a whole with an industry of its own is a count too --------------------------------
@pytest.mark.parametrize("text,whole,part", [
    ("Из 25 строительных компаний города девять строят жильё.",
     (25, "компания", "строительство", None), (9, "компания", "жильё", 25)),
    ("Пять из 30 IT-компаний региона разрабатывают игры.",
     (30, "компания", "IT", None), (5, "компания", "игры", 30)),
])
def test_a_whole_with_its_own_industry_counts(text, whole, part):
    found = counts(text)
    assert whole in found and part in found


def test_a_whole_without_industry_or_under_a_share_is_no_count():
    assert all(c[0] != 40 for c in counts("Из 40 опрошенных компаний 12 работают в рознице."))
    assert not any(c[0] == 60 for c in counts(
        "Большая часть из 60 фермерских хозяйств района выращивает картофель."))


@pytest.mark.parametrize("text,whole", [
    ("Половина из 80 строительных фирм города возводит жильё.",
     (80, "фирма", "строительство", None)),
    ("Треть из 45 туристических агентств края работает только летом.",
     (45, "агентство", "туризм", None)),
    ("Большинство из 30 IT-компаний технопарка создают мобильные приложения.",
     (30, "компания", "IT", None)),
    ("Четверть из 64 сельскохозяйственных предприятий района выращивает лён.",
     (64, "предприятие", "сельское хозяйство", None)),
    ("Около 70% из 1 900 сельхозкооперативов, созданных за десять лет, закрылись.",
     (1900, "кооператив", "сельское хозяйство", None)),
    ("Лишь 12 процентов из 300 строительных компаний региона получили господдержку.",
     (300, "компания", "строительство", None)),
])
def test_a_whole_under_a_share_is_a_count(text, whole):
    """The share is no count (nor a part: "70%"), its whole with an industry of its own is one
    (docs/gold-conventions.md, ``total``; seven gold lines of five writers mark it so)."""
    found = counts(text)
    assert whole in found
    assert all(c[0] == whole[0] for c in found)


def test_a_site_is_no_sector():
    """A park, zone or cluster with an industry adjective is where firms sit."""
    assert not any(c[0] == 18 for c in counts(
        "В индустриальном парке под Казанью работают 18 резидентов."))
    assert (18, "резидент", "химическая промышленность", None) in counts(
        "В химической промышленности работают 18 резидентов парка.")


def test_a_complement_keeps_what_it_says_in_a_phrase():
    """"в X" after a verb's complement stays with it unless X says where or when."""
    found = counts("Аудитом в сфере строительства в Перми занимаются 14 фирм.")
    assert (14, "фирма", "аудит в сфере строительства", None) in found
    found = counts("Производством мебели в районе занимаются 12 фабрик.")
    assert (12, "фабрика", "производство мебели", None) in found


@pytest.mark.parametrize("text,expected", [
    # "для X" after what the firms do stays with it (docs/gold-conventions.md)
    ("В районе работают семь производителей мебели для школ.",
     (7, "производитель", "мебель для школ", None)),
    ("В Казани появились пять школ робототехники для взрослых.",
     (5, "школа", "робототехника для взрослых", None)),
    # a scheme written as an abbreviation after "по"
    ("Стоматологические услуги по ДМС оказывают 30 клиник города.",
     (30, "клиника", "стоматологические услуги по ДМС", None)),
    # a noun read first as a rare short adjective ("комбикормов")
    ("В области работают шесть заводов по производству комбикормов.",
     (6, "завод", "производство комбикормов", None)),
])
def test_what_follows_the_sector_noun(text, expected):
    assert expected in counts(text)


def test_coordinated_industries_name_one_each():
    """"X и Y отраслей": one industry each, the noun in the singular (docs/gold-conventions.md)."""
    found = counts("В кластер вошли 14 предприятий текстильной и швейной отраслей.")
    assert (14, "предприятие", "текстильная и швейная отрасль", None) in found
    found = counts("Там 12 компаний информационных и коммуникационных технологий.")
    assert (12, "компания", "информационные и коммуникационные технологии", None) in found


def test_the_object_is_spelled_as_written():
    """pymorphy3's dictionary spells "ритейлер" as "ретейлер"; the object keeps the text's."""
    found = counts("Из 50 ритейлеров региона 14 продают бытовую технику.")
    assert any(c[0] == 14 and c[1] == "ритейлер" for c in found), found


def test_an_empty_object_names_no_industry():
    """"выпускают продукцию": the counted noun's adjective says the industry, else none."""
    found = counts("Шесть мебельных фабрик края выпускают продукцию на экспорт.")
    assert (6, "фабрика", "мебельная промышленность", None) in found
    assert not counts("Продукцию на экспорт выпускают 12 фабрик.")
    assert (9, "компания", "услуги", 20) in counts(
        "Из 20 компаний 11 работают в торговле, а 9 — в сфере услуг.")


def test_the_object_narrows_a_section_adjective():
    """The verb's object inside the adjective's ОКВЭД section says more: it wins."""
    found = counts("Золото в крае добывают пять горнодобывающих компаний.")
    assert (5, "компания", "золото", None) in found


def test_a_light_head_gives_way_to_its_genitive():
    """"программы X": the industry is X; "услуги X" stays whole (the lead's convention,
    second round: "услуги каршеринга"), and so does "медицинские услуги"."""
    found = counts("Услуги бухгалтерского учёта в городе оказывают 40 фирм.")
    assert (40, "фирма", "услуги бухгалтерского учёта", None) in found
    found = counts("Программы дополнительного образования в городе реализуют 12 школ.")
    assert (12, "школа", "дополнительное образование", None) in found
    found = counts("Медицинские услуги в районе оказывают девять клиник.")
    assert (9, "клиника", "медицинские услуги", None) in found
