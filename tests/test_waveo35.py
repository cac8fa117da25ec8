"""Second wave of session 35 (w313, family waveo35): organization names with a region's abbreviation
after a body's noun or acronym (entities/org_region_acronyms.py, lexicons/region_acronyms.txt), a
mission's rank adjective (entities/org_mission_ranks.py), a sport's fixed phrase
(entities/org_sport_tails.py), a named owner's branch with its "по" territory
(entities/org_owner_branches.py), a territorial body opening a sentence in the nominative and a dative
after "содействия" (entities/org_descriptive_phrases.py), a numbered institution the tagger read as a
plural (entities/institutions.py, entities/normal.py) and the Muftiate's noun (lexicons/body_heads.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Правительство КЧР утвердило программу развития туризма.", "Правительство КЧР"),
    ("Народное собрание РИ продлило сессию на неделю.", "Народное собрание РИ"),
    ("Даты поста объявило ДУМ РБ в среду.", "ДУМ РБ"),
    ("Проповеди согласуют с ДУМ КЧР заранее.", "ДУМ КЧР"),
])
def test_a_regions_abbreviation_stays_in_its_bodys_name(text, name):
    assert name in _orgs(text)


def test_a_body_is_not_named_by_its_regions_abbreviation_alone():
    assert "КБР" not in _orgs("Правительство КБР выделило средства на ремонт школ.")


def test_a_missions_rank_adjective_opens_its_name():
    assert "Генеральное консульство Республики Казахстан" in _orgs(
        "Генеральное консульство Республики Казахстан продлило приём документов.")


@pytest.mark.parametrize("text, name", [
    ("Финскому союзу хоккея на льду придётся сменить тренера.", "Финский союз хоккея на льду"),
    ("Эстонская федерация хоккея на льду опротестовала результат матча.", "Эстонская федерация хоккея на льду"),
])
def test_a_sports_fixed_phrase_stays_in_the_bodys_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Материалы передали в Территориальный орган Росреестра по Тульской области для проверки.",
     "Территориальный орган Росреестра по Тульской области"),
    ("Главное бюро медико-социальной экспертизы по Орловской области изменило график приёма.",
     "Главное бюро медико-социальной экспертизы по Орловской области"),
])
def test_a_territorial_bodys_scope_stays_in_its_name(text, name):
    assert name in _orgs(text)


def test_a_dative_after_sodeystviya_stays_in_the_name():
    assert "Японский комитет содействия развитию внешней торговли" in _orgs(
        "Японскому комитету содействия развитию внешней торговли предложили провести выставку.")


def test_a_numbered_institution_the_tagger_read_as_a_plural():
    assert "городская поликлиника № 12" in _orgs("Пациенты городской поликлиники № 12 ждут ремонта.")


def test_the_muftiates_noun_in_the_nominative():
    assert "Муфтият Республики Ингушетия" in _orgs("Праздник отметили в Муфтияте Республики Ингушетия.")
