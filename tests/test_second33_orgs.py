"""Organization names (second look at names-blind-33): hospitals and legislatures named by their
adjectives (lexicons/institution_nouns.txt: "лазарет", "облдума"; a plural-named airline, "pl"),
a municipal body named by its region's adjective without a place after it (org_numbered), a
district's body with its city (org_name_extent.city_overlaps), an institution's city after its
descriptive name (org_place_tail.city_after_institution), an adjective in -ской the dictionary
twins with -ский (lexicons/adjective_lemmas_avoided.txt), an airline's Latin name after
"пассажиры" (lexicons/org_latin_product_kinds.tsv), a fight promoter as a descriptor."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


@pytest.mark.parametrize("text, mention, name", [
    ("Пострадавшего доставили в Королевский лазарет Глазго.", "Королевский лазарет Глазго",
     "Королевский лазарет Глазго"),
    ("Бюджет области поддержали в Курской облдуме.", "Курской облдуме", "Курская облдума"),
    ("Губернатор не смог договориться с Омской облдумой о сроках.", "Омской облдумой", "Омская облдума"),
    ("Рейсы Узбекских авиалиний в Ташкент отменены из-за тумана.", "Узбекских авиалиний", "Узбекские авиалинии"),
    ("Поправки к уставу рассмотрены в Новгородском областном Собрании депутатов.",
     "Новгородском областном Собрании депутатов", "Новгородское областное Собрание депутатов"),
    ("Протокол подписали члены Территориальной избирательной комиссии Ленинского района Омска.",
     "Территориальной избирательной комиссии Ленинского района Омска",
     "Территориальная избирательная комиссия Ленинского района Омска"),
    ("Вакцину испытали в Университетском медицинском центре Гронингена.",
     "Университетском медицинском центре Гронингена", "Университетский медицинский центр Гронингена"),
    ("Спасателей на месте возглавил начальник, присланный Донским спасательным центром.",
     "Донским спасательным центром", "Донской спасательный центр"),
    ("Иск удовлетворён Заводским районным судом Кемерова.", "Заводским районным судом Кемерова",
     "Заводской районный суд Кемерова"),
    ("Пассажиры Qatar Airways получат компенсацию за задержку.", "Qatar Airways", "Qatar Airways"),
    ("Промоушену BFC пришлось отменить турнир.", "Промоушену BFC", "BFC"),
])
def test_named_bodies(text, mention, name):
    assert _orgs(text).get(mention) == name


@pytest.mark.parametrize("text, mention", [
    ("Пассажиры Toyota Camry не пострадали.", "Toyota Camry"),  # a car, no company
    ("На внутренних авиалиниях растёт спрос.", "внутренних авиалиниях"),  # no name
])
def test_no_body(text, mention):
    assert mention not in _orgs(text)


def test_pskov_adjective_keeps_its_own():
    assert _orgs("Дело передано в Псковский областной суд.").get("Псковский областной суд") == "Псковский областной суд"
