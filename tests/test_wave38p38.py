"""Session 38, family wave38p38 (w345): Maori, Tongan and Samoan given names in -е/-и/-у stand as
written ("Хине", not Хина; "Тане", not Таня: lexicons/name_foreign_first_names.tsv, people maori,
tongan, samoan), and a surname after them is read in a vowel, never cut to a consonant stem
(entities/name_indeclinable.py: "Тамати Ваака", not Ваак); the Maori particle "Те" opens a surname
("Кири Те Канава": first Кири, last Те Канава; entities/names.py CAPITAL_PARTICLES); Irish and Welsh
given names the lexicon lacked ("Киарану", "Оуэном")."""
import pytest

import rufacts


def _people(text):
    return {(p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Доклад о состоянии рек представила Хине Ранги из Роторуа.", "Хине", "Ранги"),
    ("Капитаном команды на сезон выбран Тане Хакопа.", "Тане", "Хакопа"),
    ("Вчера в Гамильтоне выступил Вирему Нгаполо, глава совета старейшин.", "Вирему", "Нгаполо"),
    ("Мэр Окленда встретился с Ропате Мохаки и обсудил строительство марае.", "Ропате", "Мохаки"),
])
def test_a_polynesian_given_name_stands_as_written(text, first, last):
    assert (first, last) in _people(text)


@pytest.mark.parametrize("text, first, last", [
    ("На пресс-конференции выступил Тамати Паркуа, председатель профсоюза шахтёров.", "Тамати", "Паркуа"),
    ("Полиция Веллингтона разыскивает Хоне Тауа, пропавшего в горах.", "Хоне", "Тауа"),
])
def test_a_surname_after_a_polynesian_given_name_keeps_its_vowel(text, first, last):
    assert (first, last) in _people(text)


def test_the_maori_particle_te_opens_the_surname():
    assert ("Ману", "Те Ахо") in _people("Новым председателем совета избран Ману Те Ахо.")


@pytest.mark.parametrize("text, first, last", [
    ("Кубок победителю вручили Киарану Донохью из Голуэя.", "Киаран", "Донохью"),
    ("Министр финансов Уэльса встретился с Оуэном Прайсом, главой местной пивоварни.", "Оуэн", "Прайс"),
])
def test_irish_and_welsh_given_names_in_an_oblique_case(text, first, last):
    assert (first, last) in _people(text)
