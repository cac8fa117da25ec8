"""Foreign names' normal forms, second look at names-blind-26: a double-barrelled surname whose parts
stand as written, a quoted club after an adjective in the nominative, the ё a lemma would bring into
a stem, a lone surname before adverbs and its verb, a surname from an Arabic first name in -ль, a
listed foreign first name after a descriptor. Own sentences, real pipeline."""
import pytest
from names_cases import expected_parts, org_name, person_at, person_parts

import rufacts
from rufacts.grammars.morph import restore_case

PERSONS = [
    # the last part stands unchanged, so does the first one that only a guess declines
    ("Делегацию встретили у Хасана Резаи-Хоссейни в резиденции.",
     "Хасан Резаи-Хоссейни", "Хасан", None, "Резаи-Хоссейни"),
    # a lone surname, adverbs and a particle between it and its past-tense verb: the nominative
    ("Сасаки также не исключил переноса сроков.", "Сасаки", None, None, "Сасаки"),
    ("Огасавараки тоже подтвердил участие в переговорах.", "Огасавараки", None, None, "Огасавараки"),
    # a surname a first name in -ль gives keeps its soft sign
    ("Журналисты расспросили о министре Кариме Набиле подробнее.", "Карим Набиль", "Карим", None, "Набиль"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_person_forms(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


def test_a_dictionary_double_surname_still_declines():
    text = "Премию вручили Анне Ивановой-Сато."
    assert person_at(text, "Ивановой-Сато")[3] == "Иванова-Сато"


def test_listed_foreign_first_name_after_descriptor_is_a_person():
    text = "Сборная Ирана включила в команду Ясаман Ахмади."
    assert person_at(text, "Ясаман Ахмади") == ("Ясаман Ахмади", "Ясаман", None, "Ахмади")


def test_quoted_name_after_nominative_adjective_as_written():
    text = "Итальянский «Удинезе» продлил контракт с вратарём."
    assert org_name(text, "Удинезе") == "Удинезе"
    text = "Итальянский «Кальяри» объявил о покупке форварда."
    assert org_name(text, "Кальяри") == "Кальяри"


def test_quoted_name_after_oblique_adjective_declines():
    text = "Игроки португальской «Бенфики» вышли на поле."
    assert org_name(text, "Бенфики") == "Бенфика"


def test_no_yo_put_into_a_stem_written_with_e():
    # a lemma's ё where the author wrote е stays е, where the word has a ё of its own elsewhere
    assert restore_case("Гёзтепе", "гёзтёпа") == "Гёзтепа"
    assert restore_case("Самолётом", "самолёт") == "Самолёт"
    names = [o.name for o in rufacts.extract("Контракт подписали с «Гёзтепе» в Измире.").organizations]
    assert not any("тёп" in n for n in names)


def test_quoted_name_as_subject_of_the_verb_after_it():
    assert org_name("«Кальяри» объявил о покупке форварда.", "Кальяри") == "Кальяри"
    # a dictionary word with no nominative reading still declines: a dative before its verb
    assert org_name("«Спартаку» достался кубок.", "Спартаку") == "Спартак"
