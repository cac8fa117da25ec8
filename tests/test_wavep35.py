"""Second wave of session 35 (w312, family wavep35): a German or Swiss surname in a consonant declines
as a man's consonant stem, so its form in -а/-у after a given name is its case, and a man's name whose
genitive is a woman's nominative (Беат: Беата) follows it (entities/name_germanic_stems.py, the
endings in lexicons/name_germanic_surname_ends.txt, Swiss names in foreign_names.tsv); a place's name
the first names' list has (Урал) opens a person outside a place's preposition (entities/name_place_first.py)."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, person", [
    ("Решение Беата Кунца удивило акционеров банка.", ("Беат Кунц", "Беат", None, "Кунц")),
    ("Болельщики потребовали отставки Рето Гисбергера.", ("Рето Гисбергер", "Рето", None, "Гисбергер")),
    ("Спонсоры доверяют Ренато Штеммлеру.", ("Ренато Штеммлер", "Ренато", None, "Штеммлер")),
    ("Выступление Урса Бауманна завершило конференцию.", ("Урс Бауманн", "Урс", None, "Бауманн")),
])
def test_a_german_surnames_case_after_a_given_name(text, person):
    assert person in _persons(text)


@pytest.mark.parametrize("text, person", [
    ("Беата Кунц возглавила совет директоров.", ("Беата Кунц", "Беата", None, "Кунц")),
    ("Интервью Беаты Кунц вышло в субботу.", ("Беата Кунц", "Беата", None, "Кунц")),
    ("Портрет Диего Риверы выставили в музее.", ("Диего Ривера", "Диего", None, "Ривера")),
])
def test_a_womans_surname_and_a_spanish_one_in_a_stand(text, person):
    assert person in _persons(text)


def test_a_place_name_that_is_a_given_name_opens_a_person():
    assert ("Урал Шарипов", "Урал", None, "Шарипов") in _persons("Переговоры с Уралом Шариповым затянулись до утра.")


def test_a_place_after_its_preposition_stays_a_place():
    doc = rufacts.extract("На Урале Шарипов провёл три года.")
    assert "Урал" in {l.name for l in doc.locations}


@pytest.mark.parametrize("text, person", [
    ("Департамент культуры возглавит Мариане Оганесян, сообщил мэр.", ("Мариане Оганесян", "Мариане", None, "Оганесян")),
    ("Письмо отправили Марине Оганесян в Ереван.", ("Марина Оганесян", "Марина", None, "Оганесян")),
])
def test_an_armenian_womans_name_in_e_stands_in_the_nominative(text, person):
    assert person in _persons(text)


def test_a_french_surname_in_u_stands_as_written():
    assert ("Оливье Жиру", "Оливье", None, "Жиру") in _persons("Поздравление направили Оливье Жиру в Милан.")


def test_a_womans_participle_in_ey_gives_her_oblique_case():
    assert ("Кайса Ниеми", "Кайса", None, "Ниеми") in _persons(
        "Газета написала о Кайсе Ниеми, победившей на этапе Кубка мира.")


def test_a_subject_pronoun_of_a_clause_about_the_name_gives_his_gender():
    assert ("Халид аль-Мараи", "Халид", None, "аль-Мараи") in _persons(
        "В докладе о Халиде аль-Мараи сказано, что он подписал контракт.")


def test_a_german_given_name_before_von_der():
    assert ("Фальк фон дер Шуленбург", "Фальк", None, "фон дер Шуленбург") in _persons(
        "Собрание избрало Фалька фон дер Шуленбурга почётным членом.")


@pytest.mark.parametrize("text, person", [
    ("Штраф назначен директору торгового центра Мартиновичу Олегу Игоревичу.",
     ("Олег Игоревич Мартинович", "Олег", "Игоревич", "Мартинович")),
])
def test_a_surname_read_as_a_body_before_a_first_name_and_patronymic(text, person):
    assert person in _persons(text)


def test_a_body_the_dictionary_knows_before_a_first_name_and_patronymic_stays():
    doc = rufacts.extract("Письмо Сбербанку Игорь Петрович подписал вчера.")
    assert "Сбербанк" in {o.name for o in doc.organizations}
