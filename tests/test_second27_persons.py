"""Second look at names-blind-27, persons: a Spanish or Finnish first name is no Japanese one
(names_asian.japanese_given), a noun agreeing with a reflexive verb is its subject
(name_subject_cues), a vowel first name stands as written before a declined surname
(name_unchanged_after), a lexicon woman's name before an unchanged -ич (name_foreign_women), a
status noun opening the sentence (name_words._person_noun) and a known lone surname after a
preposition of persons (name_lone_oblique, place_persons)."""
import pytest

import rufacts


def _persons(text):
    return {m["text"]: p for p in rufacts.extract(text).as_json()["persons"] for m in p["mentions"]}


@pytest.mark.parametrize("text, mention, name", [
    # a listed Spanish or Finnish first name in -о/-у: the surname after it declines
    ("Руководство клуба вручило Рамиро Фунесу памятный кубок.", "Рамиро Фунесу", "Рамиро Фунес"),
    ("Тренер доверил капитанскую повязку Тапио Ниеминену.", "Тапио Ниеминену", "Тапио Ниеминен"),
    # a first name that has no form in the surname's case stands as written
    ("Тренер долго беседовал с Никола Йовичем после игры.", "Никола Йовичем", "Никола Йович"),
    # a Serbian woman's name before her unchanged -ич surname
    ("Журналисты расспрашивали о Драгане Маркович, новой солистке оперы.", "Драгане Маркович",
     "Драгана Маркович"),
    # a status noun opening the sentence is no first name
    ("Гражданину Савченко вернули изъятый автомобиль.", "Савченко", "Савченко"),
    # a lone known surname after "с"
    ("Вместе с Тимофеевым на сцену вышел весь хор.", "Тимофеевым", "Тимофеев"),
])
def test_person_names(text, mention, name):
    persons = _persons(text)
    assert mention in persons, persons.keys()
    assert persons[mention]["name"] == name


def test_reflexive_verb_subject():
    persons = _persons("Главный приз фестиваля достался Теему Лайтинену.")
    assert persons["Теему Лайтинену"]["name"] == "Теему Лайтинен"


def test_place_stays_after_preposition():
    assert not _persons("Матч с Ростовом завершился вничью.")
