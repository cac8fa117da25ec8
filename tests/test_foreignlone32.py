"""Foreign surnames standing alone in an oblique case (lexicons/name_endings.tsv,
entities/name_office_surname.py, entities/name_solutions.py): a surname in -ава, -ела, -ила in the
instrumental and -ава in the prepositional goes to its -а nominative, not to a man's -ой or a
consonant stem; a bare name of one word whose first-name reading only the dictionary has is the
surname; no name stands unchanged in the dative -у of a Finnish -нен or a Baltic -ис, -юс, -ньш; Turkish
-сой and given names after a title or a person noun stay as they were."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, last", [
    # the short adjectives of content govern the instrumental (lexicons/name_context.tsv, session 33)
    ("Наставник сборной остался недоволен Куртавой.", "Куртава"),
    ("Финский тренер остался доволен Пелтолой.", "Пелтола"),
    ("На родине футболиста много пишут о Бокучаве.", "Бокучава"),
    ("Эксперты сравнивали новый фильм с работами Данелии.", "Данелия"),
])
def test_a_surname_in_a_stays_in_a(text, last):
    assert (last, None, last) in _persons(text)


@pytest.mark.parametrize("text, last", [
    ("Депутаты вновь раскритиковали Михала за бюджет.", "Михал"),
    ("Видеозапись беседы с Арцруни выложили в сеть.", "Арцруни"),
])
def test_a_bare_name_the_dictionary_alone_has_as_a_given_name_is_a_surname(text, last):
    assert (last, None, last) in _persons(text)


@pytest.mark.parametrize("text, first", [
    ("Освящение храма совершил митрополит Пимен.", "Пимен"),
    ("Мальчик Демид пошёл в первый класс.", "Демид"),
    ("Вчера Маша вернулась домой поздно.", "Маша"),
])
def test_given_names_after_a_person_noun_or_of_a_russian_ending_stay(text, first):
    assert (first, first, None) in _persons(text)


def test_turkish_soy_surname_stands_as_written():
    assert ("Аксой", None, "Аксой") in _persons("Гол забил Аксой на последней минуте.")


@pytest.mark.parametrize("text, last", [
    ("Лаукканену досталась роль запасного вратаря.", "Лаукканен"),
    ("Ясикявичюсу досталась вся слава.", "Ясикявичюс"),
])
def test_no_surname_ends_in_the_dative_of_a_finnish_or_baltic_one(text, last):
    assert (last, None, last) in _persons(text)


@pytest.mark.parametrize("text, last", [
    ("Председатель правительства Испании Мариано Рахой отправил кабинет в отставку.", "Рахой"),
    ("Одна из жертв — дочь пастора Фрэнка Помероя.", "Померой"),
    ("Бывший министр Хуан Годой выступил на конференции.", "Годой"),
])
def test_a_foreign_nominative_in_oy_stands(text, last):
    """A man's foreign surname in -ой after a vowel and a consonant stands
    as written in the nominative (Rajoy, Godoy) and declines as a noun in -й (Помероя)."""
    people = rufacts.extract(text).persons
    assert any(p.name.split()[-1] == last for p in people), [p.name for p in people]
