"""Spanish, Portuguese and Brazilian names of three or four words (entities/name_hispanic.py,
entities/name_lusophone.py, entities/names_spans.py, entities/name_first_before.py,
entities/name_first_missed.py, lexicons/hispanic_first_names.txt, lexicons/lusophone_first_names.txt,
lexicons/foreign_names.tsv, lexicons/name_foreign_surnames.txt): a compound given name is one first
name, a double surname one last name, the first part of a double surname in -а declines as a noun
in -а, a Brazilian given name in -и stands unchanged, and a name the tagger cut or missed is whole."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    # a double surname whose first part is in -а, with no listed surname: not of a stem in -в, -д (iberian_surname_a)
    ("Лидером чемпионата остаётся Луиш Монтейра Сарайва.", "Луиш", "Монтейра Сарайва"),
    ("Министр Мауру Виейра Карвалью прибыл в Луанду.", "Мауру", "Виейра Карвалью"),
    # ... in -е of a given name in -а the dictionary knows: not of a stem Лар
    ("Газета написала о Франсиско Ортисе Ларе и его бизнесе.", "Франсиско", "Ортис Лара"),
    # a Spanish surname in -d keeps its stem where the given names' case calls for it
    ("Стихи Хосе Мануэля Кабальеро Бональда включили в учебники.", "Хосе Мануэль", "Кабальеро Бональд"),
])
def test_a_surname_in_a_after_an_iberian_given_name(text, first, last):
    assert (first, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # a listed surname in -а is no second given name (lexicons/name_foreign_surnames.txt)
    ("Посол пообещал Рикардо Арисе Бетанкуру поддержку.", "Рикардо", "Ариса Бетанкур"),
    ("Вратарь Жоэл Силвейра Пинту пропустит матч.", "Жоэл", "Силвейра Пинту"),
    ("Суд оправдал Антониу Сеабру Гонсалвеша.", "Антониу", "Сеабра Гонсалвеш"),
])
def test_a_listed_surname_in_a_opens_a_double_surname(text, first, last):
    assert (first, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # Brazilian given names in -и stand unchanged (lexicons/foreign_names.tsv)
    ("Отдельно тренер похвалил Гильерми Пинейру.", "Гильерми", "Пинейру"),
    ("Врачи осмотрели Паулу Энрики Кардозу после матча.", "Паулу Энрики", "Кардозу"),
    # a listed given name first in a pair of two: not the inverted order
    ("Романы Жорджи Амаду перевели на русский язык.", "Жорджи", "Амаду"),
])
def test_a_brazilian_given_name_in_i(text, first, last):
    assert (first, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # two Iberian given names after a noun are one first name, not a possessor (names_spans._possessed_by_noun)
    ("Интервью Жуана Мануэла Пиреша вышло в субботу.", "Жуан Мануэл", "Пиреш"),
    # a given name the tagger left out before a longer span (name_first_before._iberian_pair)
    ("Отставка Антониу Луиша Сантуша да Кошты стала неожиданностью.", "Антониу Луиш", "Сантуш да Кошта"),
    # a Portuguese surname in -у after a Brazilian double given name whose second is listed (name_lusophone.keep_u)
    ("Полиция задержала Карлоса Эдуарду Рибейру Машаду.", "Карлос Эдуарду", "Рибейру Машаду"),
    # ... and the listed second given name in -у as written, not of Роберта
    ("Доклад Луиса Роберту Баррозу обсудили в сенате.", "Луис Роберту", "Баррозу"),
    # a given name the tagger left out before a first name of the dictionary and a double surname
    ("Свидетелем выступила Ана Кристина Сарайва Рибейру.", "Ана Кристина", "Сарайва Рибейру"),
])
def test_a_compound_given_name_stays_whole(text, first, last):
    assert (first, last) in _persons(text)


def test_a_name_the_tagger_read_as_a_place():
    # "Араужу" of Araújo (-jo: no Portuguese word ends in -ж), the whole a person, not a place
    assert ("Фелипи", "Араужу Лима") in _persons("Клуб предложил Фелипи Араужу Лиме новый контракт.")


def test_a_given_name_cut_off_its_double_surname():
    # "Алешандри" + "Силвейра Фрейтас": one person, not Фрейтас Силвейра (names_spans_joins.iberian_given_with_surnames)
    assert ("Алешандри", "Силвейра Фрейтас") in _persons("Как сообщил Алешандри Силвейра Фрейтас, матч перенесён.")
