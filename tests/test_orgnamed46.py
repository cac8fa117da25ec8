"""Session 46, family orgnamed46 (w396): bodies named after a person or an event, acronym heads
with a genitive field, numbered fire and police units.

- The head, "имени" and the honoree are one name: cut at "имени" or in the initials, missed
  altogether, a lead plural noun before it, a lower-case tail after the honoree
  (entities/org_honoree_bodies.py, lexicons/org_honoree_heads.txt).
- НМИЦ, ФНКЦ, ФНЦ, НПЦ take their field (lexicons/org_kind_acronym_fields.txt).
- ПЧ, ПСЧ, ОП with a number; "часть №" (lexicons/org_abbreviation_genders.tsv, institution_nouns.txt).
- A plural-looking head before "имени" is one body ("шахты имени" -> шахта; entities/normal.py).
"""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # cut at "имени" or inside the initials
    ("Образцы отправили в НМИЦ гематологии и трансфузиологии имени А. И. Бурназяна.",
     "НМИЦ гематологии и трансфузиологии имени А. И. Бурназяна"),
    # missed: a lower-case head with its adjectives, an event's anniversary
    ("В агрофирме работают бывшие доярки совхоза имени 50-летия ВЛКСМ.", "совхоз имени 50-летия ВЛКСМ"),
    ("На угольном разрезе имени Бачатского добыли миллионную тонну.", "угольный разрез имени Бачатского"),
    # a leading plural noun governing the body
    ("Бригады совхоза имени Тельмана убрали урожай раньше соседей.", "совхоз имени Тельмана"),
    # a lower-case tail after the honoree
    ("Она окончила Московскую консерваторию имени П. И. Чайковского по классу альта.",
     "Московская консерватория имени П. И. Чайковского"),
    # acronym heads with their field
    ("Минздрав поручил НМИЦ радиологии разработать стандарты.", "НМИЦ радиологии"),
    # numbered fire and police units
    ("На вызов выехал расчёт ПЧ № 38.", "ПЧ № 38"),
    ("Расчёт ПСЧ № 52 прибыл первым.", "ПСЧ № 52"),
    ("Огонь потушили бойцы пожарной части № 21.", "пожарная часть № 21"),
    # a head the tagger reads as a plural nominative
    ("Горняки шахты имени Скочинского отметили праздник.", "шахта имени Скочинского"),
])
def test_named_bodies(text, name):
    assert name in _orgs(text)


def test_honoree_stays_a_person():
    text = "Главный врач ГКБ № 12 имени Т. Т. Сергеева Анна Петровна Кузьмина дала интервью."
    assert "ГКБ № 12 имени Т. Т. Сергеева" in _orgs(text)
    assert "Анна Петровна Кузьмина" in _persons(text)


@pytest.mark.parametrize("text, name", [
    # neighbours that must not change
    ("Театр имени Евгения Вахтангова показал премьеру.", "Театр имени Евгения Вахтангова"),
    ("Пациента перевели в ГКБ № 64 имени В. В. Виноградова.", "ГКБ № 64 имени В. В. Виноградова"),
    ("Звенья рыболовецкого колхоза имени Ленина вышли в море.", "рыболовецкий колхоз имени Ленина"),
    ("В ФНКЦ детской гематологии поступили новые аппараты.", "ФНКЦ детской гематологии"),
    ("Учителя школы № 12 провели урок.", "школа № 12"),
    ("Труппа Малого театра уехала на гастроли.", "Малый театр"),
    ("Председатель Общества имени Иоганна фон Гёте выступил с докладом.", "Общество имени Иоганна фон Гёте"),
    ("Бойцы 3-й пожарной части потушили пожар.", "3-я пожарная часть"),
])
def test_neighbours(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "На улице имени Ленина открыли кафе.",   # a street is no body
    "Первая часть романа вышла весной.",      # "часть" without a number
    "Поправки касались 4-й части Гражданского кодекса.",  # an ordinal before a bare "часть"
])
def test_no_body(text):
    assert not any("имени" in n or "част" in n or n.startswith("Первая") for n in _orgs(text))


def test_lower_case_head_named_elsewhere_is_left_to_coreference():
    text = ("Артисты театра имени Фаины Раневской готовят премьеру. "
            "Таганрогский драматический театр им. Ф. Г. Раневской покажет её в мае.")
    assert "театр имени Фаины Раневской" not in _orgs(text)
