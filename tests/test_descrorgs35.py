"""Organizations named by a descriptive phrase without quotes, in an oblique case (family
descrorgs35): capitalized adjectives, a lower-case head noun and the rest of the name (its genitive
chain, a body or a place in the genitive, a number, a territorial body's "по" scope), found where the
tagger missed it or cut it short (entities/org_descriptive_phrases.py, lexicons/org_descriptive_heads.txt),
and a head read in the case, number and gender its adjectives agree with ("городской поликлиники № 17"
is a genitive singular: entities/org_kind_heads.agreeing_cases)."""
import pytest

import rufacts
from rufacts.entities.normal import normalize_words
from rufacts.grammars.morph import get_morph


def _orgs(text):
    return {m.text: o.name for o in rufacts.extract(text).organizations for m in o.mentions}


@pytest.mark.parametrize("text, mention, name", [
    ("Всероссийскому профсоюзу работников здравоохранения пришлось отозвать иск к министерству.",
     "Всероссийскому профсоюзу работников здравоохранения", "Всероссийский профсоюз работников здравоохранения"),
    ("Территориальным органом Росздравнадзора по Кировской области проведена внеплановая проверка аптек.",
     "Территориальным органом Росздравнадзора по Кировской области",
     "Территориальный орган Росздравнадзора по Кировской области"),
    ("Гранты распределены Российским центром науки и технического творчества.",
     "Российским центром науки и технического творчества", "Российский центр науки и технического творчества"),
    ("Активисты Местной национально-культурной автономии поляков Томска провели праздник.",
     "Местной национально-культурной автономии поляков Томска", "Местная национально-культурная автономия поляков Томска"),
])
def test_a_descriptive_name_is_found_whole(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_a_numbered_inspection_keeps_its_number_and_scope():
    orgs = _orgs("Предписание выдано Межрайонной инспекцией ФНС № 7 по Курской области.")
    assert orgs.get("Межрайонной инспекцией ФНС № 7 по Курской области") == \
        "Межрайонная инспекция ФНС № 7 по Курской области"


def test_an_opening_quality_adjective_names_no_body():
    orgs = _orgs("Новому профсоюзу работников торговли отказали в регистрации.")
    assert "Новому профсоюзу работников торговли" not in orgs


@pytest.mark.parametrize("words, nominative", [
    ("городской поликлиники № 4", "городская поликлиника № 4"),
    ("районной больницы", "районная больница"),
])
def test_a_head_is_read_in_the_case_its_adjectives_agree_with(words, nominative):
    assert " ".join(normalize_words(get_morph(), words.split())) == nominative


@pytest.mark.parametrize("text, mention, name", [
    ("Пробы изучат в областном бюро судебно-медицинской экспертизы.",
     "областном бюро судебно-медицинской экспертизы", "областное бюро судебно-медицинской экспертизы"),
    ("В республиканском онкологическом диспансере закупили томограф.",
     "республиканском онкологическом диспансере", "республиканский онкологический диспансер"),
    ("Для городской станции скорой помощи Сургута закупили новые машины.",
     "городской станции скорой помощи Сургута", "городская станция скорой помощи Сургута"),
])
def test_a_lower_case_institution_of_a_region_or_a_place_is_named(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_a_regional_capital_is_no_institution():
    assert not _orgs("Жителей краевого центра предупредили о сильных морозах.")
