"""Session 37, family southasian37 (w332): names from India, Pakistan, Sri Lanka, Nepal and Bangladesh, and
Arabic and Turkish names, in the oblique cases.

- South Asian given names and surnames by ending (lexicons/name_foreign_first_names.tsv, people "indian";
  lexicons/name_foreign_surnames.txt): men's given names in -у, -и and surnames in -у, -и, -е stand unchanged;
  surnames in -а decline as nouns in -а for men too; a listed surname in a consonant declines for a man from
  its form (entities/name_lexicon_readings.py), not into an -а.
- A word no lexicon reads as a name, in the genitive, before a known given name in another oblique case is
  the genitive of the office before it (entities/name_case_split.py, _without_genitive_lead).
- An Arabic article on the surname says the name is Arabic (lexicons/name_origins.tsv, kind start), so that
  a case of the Arab given name wins ("Амру": Амр); a title word written with a capital before such a surname
  is the given name (entities/name_honorifics.given_not_title).
- Turkish men's names (Хюсейн) that make a locative surname in -уте a man's consonant stem.
- A capitalized "Шах" mid-sentence before a given name of its case opens a given name (name_honorifics).
- Two South Asian given names of the lexicons the tagger split before a surname are one given name
  (entities/names_spans._iberian_given_pair with entities/name_indian.south_asian_given).
"""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Почётный диплом вручили продюсеру Мурали Редди в Ченнаи.", "Мурали", "Редди"),
    ("Редакция связалась с адвокатом Раджу Шастри по телефону.", "Раджу", "Шастри"),
])
def test_vowel_final_given_names_and_surnames_stand(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Непальская пресса много пишет о Сурендре Коирале в последние недели.", "Сурендра", "Коирала"),
    ("Письмо было адресовано инженеру Девендре Мехте из Пуны.", "Девендра", "Мехта"),
    ("Фонд вручил грант исследовательнице Харини Джаясурии.", "Харини", "Джаясурия"),
])
def test_surnames_in_a_decline_back_to_a(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Полиция Катманду задержала альпиниста Пембу Гурунга на границе.", "Пемба", "Гурунг"),
    ("Оппозиция требует отставки после статьи о Махеше Ядаве.", "Махеш", "Ядав"),
    ("Заявление Рахматуллы Паудела опубликовали в субботу.", "Рахматулла", "Паудел"),
])
def test_consonant_surnames_gain_no_a(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Журналисты встретились с министром финансов Карнатаки Викасом Рао.", "Викас", "Рао"),
    ("Премию передали депутату от Анантапура Рави Варме на торжественном вечере.", "Рави", "Варма"),
])
def test_a_place_genitive_before_a_known_given_name_is_cut_off(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Премию за вклад в развитие футбола вручили Амру ад-Дарвишу.", "Амр", "ад-Дарвиш"),
    ("Интервью египетского писателя Шерифа аль-Хадиди вышло в субботу.", "Шериф", "аль-Хадиди"),
])
def test_arabic_given_names_before_an_article_surname(text, first, last):
    assert (first, None, last) in _persons(text)


def test_a_lower_case_title_stays_a_title():
    assert not any(p[0] == "Шериф" for p in _persons("Помощника шерифа округа уволили в пятницу."))


def test_turkish_locative_in_ute_is_a_mans_consonant_stem():
    assert ("Хюсейн", None, "Булут") in _persons("Турецкие журналисты рассказали о Хюсейне Булуте и его семье.")


def test_a_given_name_title_before_an_article_surname_stays_a_title():
    persons = _persons("Верительные грамоты вручили Шейху аль-Мубараку во дворце.")
    assert not any(p[0] and p[0].startswith("Шейх") for p in persons)


def test_two_south_asian_given_names_before_a_surname_are_one_given_name():
    persons = _persons("Посол Китая встретился с Махендрой Камалом Тхапой в Катманду.")
    assert ("Махендра Камал", None, "Тхапа") in persons


def test_a_capitalized_shah_before_a_given_name_is_a_given_name():
    persons = _persons("Антикоррупционный суд вызвал Шаха Имрана Аббаси для дачи показаний.")
    assert ("Шах Имран", None, "Аббаси") in persons


def test_a_lower_case_shah_stays_a_title():
    persons = _persons("Письмо вручили шаху Мохаммеду Резе Пехлеви во дворце.")
    assert ("Мохаммед Реза", None, "Пехлеви") in persons
