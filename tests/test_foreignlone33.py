"""Lone foreign surnames in an oblique case, session 33: a Finnish surname in -ле of front harmony
is of -ля (entities/name_finnish.py); a Finnish -нен and a Baltic -ис, -юс, -ньш after a preposition
of persons, and a Czech or Slovak surname with a syllabic р after one, are surnames the tagger missed
or took for a place (entities/name_lone_oblique.py); a Baltic oblique in a slot after a verb or a noun
too (lexicons/name_lone_foreign_ends.txt); a name before a verb with
its own nominative subject right after it is the verb's object (entities/name_opener_subject.py);
the short adjectives of content govern the instrumental and "достаться" the dative (lexicons)."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, last", [
    ("Золотую медаль вручили Хяркеле прямо на трассе.", "Хяркеля"),
    ("В финской прессе много пишут о Пяйвеле.", "Пяйвеля"),
])
def test_finnish_front_harmony_la_surname(text, last):
    assert (last, None, last) in _persons(text)


@pytest.mark.parametrize("text, wrong", [
    ("Жюри отдало предпочтение Акгюле.", "Акгюля"),  # -юле: of Turkish -юль, no Finnish -ля
    ("Контракт с Микеле продлили ещё на год.", "Микеля"),  # neutral vowels only: no harmony to read
])
def test_no_front_harmony_la_where_the_stem_says_none(text, wrong):
    assert all(wrong not in name for name, _f, _l in _persons(text))


@pytest.mark.parametrize("text, last", [
    ("Соглашение с Вайниненом рассчитано на два года.", "Вайнинен"),
    ("Спор о Багдонасе и Ландсбергисе не утихает.", "Ландсбергис"),
    ("Без Кариньша фракция не набрала кворума.", "Кариньш"),
])
def test_finnish_and_baltic_surname_after_preposition(text, last):
    assert (last, None, last) in _persons(text)


@pytest.mark.parametrize("text, last", [
    ("В Белграде Вучичу позвонил премьер Венгрии.", "Вучич"),
    ("Накануне Бабишу написал председатель сената.", "Бабиш"),
])
def test_name_before_verb_with_its_own_subject_is_an_object(text, last):
    assert (last, None, last) in _persons(text)


@pytest.mark.parametrize("text, last", [
    ("Капитан остался недоволен Ахолой после матча.", "Ахола"),
    ("Главный трофей сезона достался Мякеле.", "Мякеля"),
])
def test_governed_instrumental_and_dative(text, last):
    assert (last, None, last) in _persons(text)


def test_subject_before_verb_still_nominative():
    assert ("Лаурила", None, "Лаурила") in _persons("В субботу Лаурила выиграл гонку преследования.")


@pytest.mark.parametrize("text, last", [
    ("Эксперты по-прежнему доверяют Кубилюсу больше других.", "Кубилюс"),
    ("Решение Калниньша удивило коллег по фракции.", "Калниньш"),
])
def test_baltic_oblique_in_a_slot_after_a_verb_or_noun(text, last):
    assert (last, None, last) in _persons(text)


def test_baltic_place_the_dictionary_knows_is_no_person():
    assert not _persons("Делегация прибыла из Вильнюса в пятницу вечером.")


@pytest.mark.parametrize("text, last", [
    ("Защитники так и не нашли управы на Пастрняка.", "Пастрняк"),
    ("Переговоры с Крчмаржем затянулись до поздней ночи.", "Крчмарж"),
])
def test_czech_syllabic_r_surname_after_preposition(text, last):
    assert (last, None, last) in _persons(text)


def test_czech_place_in_a_feminine_ending_is_no_person():
    assert not _persons("Болельщики поехали на Трнаву поездом.")


@pytest.mark.parametrize("text", [
    "Туристов эвакуировали из отелей курортного города Мармариса.",
    "Жители посёлка Каунариса остались без света.",
])
def test_baltic_oblique_ending_after_a_kind_of_place_is_no_person(text):
    assert not _persons(text)
