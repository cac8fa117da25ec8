"""Spanish, Portuguese and Latin American names, family iberian40 (entities/name_hispanic.py,
entities/name_solutions.py, entities/name_foreign_clubs.py): a known given name before an unlisted word
that stands as written opens a double surname (the lexicon lists the given name); two listed given names make one compound given name;
parts in -и stand unchanged; a listed given name in -е stands as written in every case; after a
Spanish given name a last part in -у is a case of a declined surname; a woman's given name in -а of a
listed man's stem before an undeclined surname; a surname in a vowel and -йе is of one in -йя; a
quoted club's name declined in its last or first word only, its particle standing, reads back to
the listed nominative. Sentences of this file's own, not the gold's."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.last) for p in rufacts.extract(text).persons}


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, first, last", [
    # a listed given name, then an unlisted word in -е/-и/-о standing as written: two surnames
    # (lexicons/hispanic_first_names.txt: Ренато)
    ("Избирательная комиссия зарегистрировала Ренато Уаманчумо Кахуана.", "Ренато", "Уаманчумо Кахуан"),
    ("Прокуратура допросила Эрнесто Тикону Мамани.", "Эрнесто", "Тикона Мамани"),
    ("Министром назначили Марио Киспе Кондори.", "Марио", "Киспе Кондори"),
])
def test_a_given_name_before_two_surnames(text, first, last):
    assert (first, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # two listed given names in a row are one compound given name, not a surname in -о
    ("Команду возглавил Рикардо Дарио Гонсалес.", "Рикардо Дарио", "Гонсалес"),
    ("Тренером назначен Диего Дарио Кампос.", "Диего Дарио", "Кампос"),
])
def test_two_listed_given_names_are_one(text, first, last):
    assert (first, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # a part in -и stands unchanged: not the genitive of a guessed Маманя, Кондоря
    ("Сенат утвердил Хулио Кондори Вильку послом.", "Хулио", "Кондори Вилька"),
    ("Партия выдвинула Фелипе Чоке Мамани в мэры.", "Фелипе", "Чоке Мамани"),
])
def test_a_part_in_i_stands(text, first, last):
    assert (first, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # a listed given name in -е stands as written in the accusative; the last part in -у is of one in -а
    ("Активисты поддержали Ирене Монтеро Пачону на выборах.", "Ирене", "Монтеро Пачона"),
    # ... and in the genitive, which Ирена spells otherwise (Ирены)
    ("Роман вышел по сценарию Ирене Санчес Мартин.", "Ирене", "Санчес Мартин"),
])
def test_a_listed_given_name_in_e_stands(text, first, last):
    assert (first, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # a woman's given name in -а of a listed man's stem before a surname in a consonant left undeclined
    ("Журналисты писали о Хулиане Гонсалес, новой главе агентства.", "Хулиана", "Гонсалес"),
    # ... a man's, where the surname declines
    ("Журналисты писали о Хулиане Гонсалесе, новом главе агентства.", "Хулиан", "Гонсалес"),
])
def test_a_woman_by_her_undeclined_surname(text, first, last):
    assert (first, last) in _persons(text)


def test_a_surname_in_ye_is_of_one_in_ya():
    assert ("Рикардо", "Гойя") in _persons("Выставка посвящена Рикардо Гойе и его ученикам.")


@pytest.mark.parametrize("text, name", [
    ("Форвард забил в ворота «Росарио Сентраля».", "Росарио Сентраль"),
    ("Матч с «Атлетико Насьоналем» закончился вничью.", "Атлетико Насьональ"),
    ("Защитник перешёл в «Ривер Плейт» после сезона в «Велес Сарсфилде».", "Велес Сарсфилд"),
    ("Сделку с «Васко да Гамой» одобрил совет директоров.", "Васко да Гама"),
    ("Вратарь «Бокой Хуниорс» не интересовался.", "Бока Хуниорс"),
])
def test_a_quoted_club_declined_in_one_word(text, name):
    assert name in _orgs(text)
