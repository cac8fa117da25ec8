"""Organizations (second look at names-blind-28): a quoted name after a kind named so only before
it stands as written ("стартап", "детский сад": rufacts.entities.org_case); a Yakut central ulus
hospital "ЦУБ" named by its place (lexicons/org_abbreviation_genders.tsv); a city's водоканал and a
company named by capitalized adjectives (lexicons/institution_nouns.txt), also after a capitalized
preposition the tagger read as a person's initial (rufacts.entities.institutions); an acronym after
a news agency's descriptor (rufacts.entities.org_kind_acronyms); a tax office's number and area
after "России" (rufacts.entities.org_numbered); no topic "по ... вопросу" in a body's name
(rufacts.entities.bodies); an indeclinable company name frozen before a declined word and an
unknown hyphenated tail guessed first as a nominative (rufacts.entities.org_frozen_names); members' two
names joined by "и" (rufacts.entities.org_genitive_and); "сообщество" by its remit (lexicons/remit_body_heads.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


@pytest.mark.parametrize("text, mention, name", [
    ("Новосибирский фонд вложил 50 млн рублей в стартап «Ветрола».", "Ветрола", "Ветрола"),
    ("Заведующая детского сада «Аленушка» ушла на пенсию.", "Аленушка", "Аленушка"),
])
def test_quoted_after_kind_as_written(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_ulus_hospital():
    assert _orgs("Главврач Мегино-Кангаласской ЦУБ рассказал о нехватке кадров.").get(
        "Мегино-Кангаласской ЦУБ") == "Мегино-Кангаласская ЦУБ"


@pytest.mark.parametrize("text, mention, name", [
    ("О Сызранском водоканале горожане пишут жалобы каждую зиму.", "Сызранском водоканале", "Сызранский водоканал"),
    ("Долг перед Северной сбытовой компанией превысил 40 млн рублей.", "Северной сбытовой компанией",
     "Северная сбытовая компания"),
])
def test_institution_by_adjectives(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_country_adjective_company_at_start_is_no_name():
    assert not _orgs("Американская компания отчиталась о рекордной выручке.")


@pytest.mark.parametrize("text, mention, name", [
    ("По сообщению агентства ИСНА, встреча прошла в Женеве.", "агентства ИСНА", "ИСНА"),
    ("Доклад подготовило агентство ООН по делам беженцев.", "агентство ООН по делам беженцев",
     "агентство ООН по делам беженцев"),
])
def test_news_agency_acronym(text, mention, name):
    assert _orgs(text).get(mention) == name


def test_tax_office_number_and_area():
    text = "Решение приняла Межрайонная ИФНС России № 4 по Республике Татарстан."
    assert _orgs(text).get("Межрайонная ИФНС России № 4 по Республике Татарстан") \
        == "Межрайонная ИФНС России № 4 по Республике Татарстан"


def test_topic_is_no_remit():
    orgs = _orgs("Заявление Либеральной партии по земельному вопросу удивило экспертов.")
    assert orgs.get("Либеральной партии") == "Либеральная партия"
    assert _orgs("Комиссия по вопросам семьи одобрила поправки.").get(
        "Комиссия по вопросам семьи") == "Комиссия по вопросам семьи"


def test_indeclinable_company_first_word_stands():
    assert _orgs("Совет директоров «Газпром-Медиа Холдинга» одобрил сделку.").get(
        "Газпром-Медиа Холдинга") == "Газпром-Медиа Холдинг"


def test_members_names_joined():
    text = ("Глава Российского общества Красного Креста выступил вместе с Лигой обществ Красного Креста"
            " и Красного Полумесяца.")
    assert _orgs(text).get("Лигой обществ Красного Креста и Красного Полумесяца") \
        == "Лига обществ Красного Креста и Красного Полумесяца"


def test_community_by_remit():
    assert _orgs("Сообщество по защите прав вкладчиков обратилось в суд.").get(
        "Сообщество по защите прав вкладчиков") == "Сообщество по защите прав вкладчиков"


@pytest.mark.parametrize("text, mention, name", [
    ("Инвесторы оценили «Вектор-Фарма» в 3 млрд рублей.", "Вектор-Фарма", "Вектор-Фарма"),
    ("Акционеры «Норд-Ойла» собрались в Тюмени.", "Норд-Ойла", "Норд-Ойл"),
])
def test_hyphen_tail_guessed_nominative(text, mention, name):
    assert _orgs(text).get(mention) == name
