"""Names of several parts and names with particles or titles, family compound44: a Kazakh or Kyrgyz
one-word patronymic (name_first_patronymic.turkic_patronymic: the given name before it joins the
person, and a given name that is a place too stays a given name), the gender a patronymic particle
gives (name_solutions.PARTICLE_GENDER: "кызы" makes a woman), Azerbaijani women's names in a consonant
(lexicons/name_foreign_first_names.tsv), a Vietnamese family name that is a Russian function word
(name_asian_function_families), a title word that is a given name before a surname
(name_honorifics._given_title_before_surname), the accusative of a verb of sending over a phrase
after a state as subject (name_case_cues._proper_subject, lexicons/name_verbs.tsv), and Nenets
surnames (lexicons/name_foreign_surnames.txt; not an eponym after "болезни"). Sentences of this
file's own, not the gold's."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


def _person(text):
    persons = rufacts.extract(text).persons
    assert len(persons) == 1, persons
    return persons[0]


@pytest.mark.parametrize("text, name, middle", [
    ("Наблюдательный совет возглавил Бауыржан Темирулы Жаксылыков.", "Бауыржан Темирулы Жаксылыков", "Темирулы"),
    ("Отчёт Маржан Серикқызы Ахметжановой приняли без замечаний.", "Маржан Серикқызы Ахметжанова", "Серикқызы"),
    # a given name the dictionary knows as a place (Дархан, the Mongolian town) before the patronymic
    ("Подпись Дархана Ерланулы Сыздыкова стоит под договором.", "Дархан Ерланулы Сыздыков", "Ерланулы"),
])
def test_turkic_patronymic(text, name, middle):
    person = _person(text)
    assert (person.name, person.middle) == (name, middle)


def test_given_name_in_uly_is_no_patronymic():
    assert _persons("В Ашхабаде Гурбангулы Бердымухамедов принял послов.") == {"Гурбангулы Бердымухамедов"}


@pytest.mark.parametrize("text, name", [
    ("Диплом получила Айгюн Рафиг кызы Алескеровой.", "Айгюн Рафиг кызы Алескерова"),
    ("Вопрос поручили Айгюн Мамедовой.", "Айгюн Мамедова"),
    ("Контракт заключили с Гюльнар Исмайловой.", "Гюльнар Исмайлова"),
    ("Против Рауфа Эльдар оглы Гасанова возбудили дело.", "Рауф Эльдар оглы Гасанов"),
])
def test_particle_gender_and_azerbaijani_women(text, name):
    assert _persons(text) == {name}


@pytest.mark.parametrize("text, name, last", [
    ("Во Тхи Нгок Ань рассказала о планах компании.", "Во Тхи Нгок Ань", "Во"),
    ("Соглашение со стороны Ханоя подписал То Ван Лыонг.", "То Ван Лыонг", "То"),
])
def test_function_word_family_name(text, name, last):
    person = _person(text)
    assert (person.name, person.last) == (name, last)


def test_preposition_before_a_name_stays_out():
    assert _persons("Во Вьетнаме Ван Ин открыл новый завод.") == {"Ван Ин"}


@pytest.mark.parametrize("text, name", [
    ("Жалобу Эмира Мусаева суд отклонил.", "Эмир Мусаев"),
    ("Кубок вручили Эмиру Хаджиеву.", "Эмир Хаджиев"),
])
def test_title_word_as_given_name(text, name):
    assert _persons(text) == {name}


def test_title_stays_a_title():
    person = _person("Визит эмира Катара Тамима бин Хамада Аль Тани завершился.")
    assert person.first == "Тамим" and "эмир" in [r.title for r in person.roles]


def test_accusative_after_state_subject_over_phrase():
    assert _persons("Кувейт командировал в Самару Наилю аль-Адвани.") == {"Наиля аль-Адвани"}
    # a verb of the dative keeps the man's dative
    assert _persons("Кувейт вручил в Самаре орден Муниру аль-Адвани.") == {"Мунир аль-Адвани"}


@pytest.mark.parametrize("text, name", [
    ("Из-за болезни Пырерки собрание общины отложили.", "Пырерка"),
    ("Благодарность объявили Марии Вылке.", "Мария Вылка"),
    ("Стадо Хатанзея перегнали на новое пастбище.", "Хатанзей"),
])
def test_nenets_surnames(text, name):
    assert _persons(text) == {name}


def test_eponym_stays_no_person():
    assert _persons("У пациента нашли признаки болезни Альцгеймера.") == set()
