"""Second look of session 35 (w305): the first part of a foreign double surname in a vowel stands as
written (entities/name_foreign_double.py); a word on both foreign lexicons keeps its first-name
readings, and a listed unchanged foreign first name the dictionary reads as a common word opens a missed
name (entities/name_first_missed.py); a first name the tagger ended a place with joins the person after
it (entities/name_place_first.py); an organization's subject over a place's phrase
(entities/name_objects.py); the Swedish particle "аф" (entities/names.py); lexicon entries
(name_foreign_first_names.tsv, foreign_names.tsv, name_lone_foreign_ends.txt)."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, person", [
    ("Письмо экс-президента направили Вайре Вике-Фрейберге в Ригу.",
     ("Вайра Вике-Фрейберга", "Вайра", None, "Вике-Фрейберга")),
    ("Кубок лучшему игроку вручили Кваме Опоку-Менсаху.",
     ("Кваме Опоку-Менсах", "Кваме", None, "Опоку-Менсах")),
])
def test_a_foreign_double_surnames_first_part_in_a_vowel_stands_as_written(text, person):
    assert person in _persons(text)


@pytest.mark.parametrize("text, person", [
    ("Музей посвятили Муравьёву-Апостолу и его братьям.", ("Муравьёв-Апостол", None, None, "Муравьёв-Апостол")),
    ("Очерк о Мамине-Сибиряке вышел в Екатеринбурге.", ("Мамин-Сибиряк", None, None, "Мамин-Сибиряк")),
    ("Премию вручили Шону О'Нилу-Кихану.", ("Шон О'Нил-Кихан", "Шон", None, "О'Нил-Кихан")),
])
def test_a_double_surname_of_a_consonant_stem_declines_both_parts(text, person):
    assert person in _persons(text)


@pytest.mark.parametrize("text, person", [
    ("Делегация провела переговоры с Туре Эриксоном в Уппсале.", ("Туре Эриксон", "Туре", None, "Эриксон")),
    ("Раду Попеску вручили диплом почётного гражданина.", ("Раду Попеску", "Раду", None, "Попеску")),
])
def test_a_listed_unchanged_foreign_first_name_opens_a_missed_name(text, person):
    assert person in _persons(text)


def test_a_malian_surname_also_a_swedish_name_stays_the_surname_after_a_first_name():
    assert ("Яя Туре", "Яя", None, "Туре") in _persons("Болельщики тепло встретили Яя Туре на стадионе.")


@pytest.mark.parametrize("text, person", [
    ("Жюри отметило роман Ульрики Свенссон о войне.", ("Ульрика Свенссон", "Ульрика", None, "Свенссон")),
    ("Картины Хильмы Лундквист выставили в Мальмё.", ("Хильма Лундквист", "Хильма", None, "Лундквист")),
])
def test_more_scandinavian_first_names(text, person):
    assert person in _persons(text)


def test_a_swedish_surname_end_makes_a_missed_lone_surname():
    assert ("Хольмквист", None, None, "Хольмквист") in _persons("Отставку Хольмквиста приняли во вторник.")


def test_a_body_before_a_place_phrase_is_the_verbs_subject():
    assert ("Хольмстранд", None, None, "Хольмстранд") in _persons("Суд в Осло поместил Хольмстранда под домашний арест.")


@pytest.mark.parametrize("text, person", [
    ("Прокуратура Перу добивается ареста бывшего директора порта в Кальяо Эрнана Рохаса Вилькаса.",
     ("Эрнан Рохас Вилькас", "Эрнан", None, "Рохас Вилькас")),
    ("Бразильская полиция задержала Жуана Паулу Рибейру Машаду по делу о взятках.",
     ("Жуан Паулу Рибейру Машаду", "Жуан Паулу", None, "Рибейру Машаду")),
])
def test_a_first_name_at_a_places_end_joins_the_person(text, person):
    assert person in _persons(text)


def test_the_swedish_particle_af_opens_the_surname():
    assert ("Густав аф Гейерстам", "Густав", None, "аф Гейерстам") in _persons("Роман Густава аф Гейерстама переиздали.")


def test_a_czech_surname_the_dictionary_reads_as_a_womans_name_is_a_surname_alone():
    assert ("Фиала", None, None, "Фиала") in _persons("Министры поспорили с Фиалой о пенсиях.")
