"""Second wave of session 34 (w304), organizations: unions and customs houses named by their
adjectives inside a sentence (lexicons/institution_nouns.txt, substantive_adjectives.txt), a place
adjective the dictionary lacks (entities/org_stem_adjectives.py), "в" + a place after a field's
university (lexicons/org_campus_kind_adjectives.txt), a ministry after its country's adjective
(entities/org_country_ministries.py), Turkic names (entities/org_turkic_names.py), passive
participles before a Latin name (lexicons/org_latin_participle_verbs.txt), farm cooperatives
(lexicons/org_descriptors.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Прокуратура проверяет Северную таможню.", "Северная таможня"),
    ("Фермеры раскритиковали Жилищную ипотечную корпорацию.", "Жилищная ипотечная корпорация"),
    ("Профсоюзы осудили Всеобщую конфедерацию бразильских трудящихся.",
     "Всеобщая конфедерация бразильских трудящихся"),
    ("Депутаты поддержали Всеобщую конфедерацию труда.", "Всеобщая конфедерация труда"),
])
def test_a_union_or_customs_named_by_its_adjectives_inside_a_sentence(text, name):
    assert name in _orgs(text)


def test_a_country_in_lower_case_is_no_federation_body():
    assert not _orgs("Граждане Российской федерации получили право на налоговый вычет.")


@pytest.mark.parametrize("text, name", [
    ("Хранитель Ягеллонской библиотеки показал рукопись.", "Ягеллонская библиотека"),
    ("Читатели записались в Ягеллонскую библиотеку.", "Ягеллонская библиотека"),
])
def test_a_place_adjective_the_dictionary_lacks_goes_to_the_nominative(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Аспиранты Словацкого технического университета в Братиславе построили дрон.",
     "Словацкий технический университет"),
    ("Врачи Пражского медицинского университета в Чехии провели операцию.", "Пражский медицинский университет"),
    ("Инженеры Чешского технического университета в Брно создали робота.", "Чешский технический университет"),
])
def test_a_fields_university_stops_before_its_place(text, name):
    assert name in _orgs(text)


def test_a_university_of_place_adjectives_alone_keeps_its_place():
    assert "Европейский университет в Санкт-Петербурге" in _orgs(
        "Сотрудники Европейского университета в Санкт-Петербурге провели конференцию.")


@pytest.mark.parametrize("text, name", [
    ("Эстонское Министерство экономики и коммуникаций объявило конкурс.", "Министерство экономики и коммуникаций"),
    ("Словенское Министерство инфраструктуры, энергетики и транспорта сообщило о закрытии тоннеля.",
     "Министерство инфраструктуры, энергетики и транспорта"),
])
def test_a_ministry_after_its_countrys_adjective_stands_alone(text, name):
    orgs = _orgs(text)
    assert name in orgs and not any(o.split()[0].endswith("ское") for o in orgs)


@pytest.mark.parametrize("text, name", [
    ("Кредит получила ассоциация водопользователей «Тунгуч-Суу».", "Тунгуч-Суу"),
    ("Сельхозкооператив «Ак-Бел» из Жамбылской области начал экспорт мёда.", "Ак-Бел"),
    ("Агрокооператив «Береке» закупил тракторы.", "Береке"),
])
def test_central_asian_names(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Хлопковый завод, управляемый Indorama Agro, перешёл на новые машины.", "Indorama Agro"),
    ("Рудник, управляемый Kinross Gold, сократил добычу.", "Kinross Gold"),
])
def test_a_latin_name_after_a_passive_participle_of_control(text, name):
    assert name in _orgs(text)
