"""Second wave of session 34 (w303, family wavep34): Iberian, Nordic, Greek given names and
double surnames in oblique cases (entities/name_lusophone.py, entities/name_double_e.py,
entities/name_thing_before_initials.py, lexicons/name_foreign_first_names.tsv)."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Орден вручили Нестору Фабиану Гомесу Ледесме.", "Нестор Фабиан", "Гомес Ледесма"),
    ("Слово дали Мартину Фабиану Лопесу из Мадрида.", "Мартин Фабиан", "Лопес"),
])
def test_a_second_given_name_in_u_after_a_consonant_names_dative_is_its_dative(text, first, last):
    assert any(p[1] == first and p[3] == last for p in _persons(text))


def test_a_portuguese_second_given_name_after_a_portuguese_first_stands():
    assert any(p[1] == "Луис Роберту" for p in _persons("Контракт с Луисом Роберту Баррозу продлён."))


@pytest.mark.parametrize("text, last", [
    ("Телеграмму Грушевскому-Ланге передали утром.", "Грушевский-Ланге"),
    ("Премию присудили Олегу Верещагину-Гризе.", "Верещагин-Гризе"),
])
def test_a_mans_double_surname_keeps_a_foreign_part_in_e(text, last):
    assert any(p[3] == last for p in _persons(text))


@pytest.mark.parametrize("text, last", [
    ("Телеграмму Вишневскому-Сове передали утром.", "Вишневский-Сова"),
    ("Орден вручили Ивану Петрову-Шульге.", "Петров-Шульга"),
])
def test_a_slavic_part_in_a_of_a_double_surname_still_declines(text, last):
    assert any(p[3] == last for p in _persons(text))


def test_an_unknown_place_after_a_genitive_noun_is_no_first_name_before_initials():
    got = _persons("Директор комбината Чукикамата Р. Фуэнтес подписал соглашение.")
    assert ("Р. Фуэнтес", "Р.", None, "Фуэнтес") in got


def test_a_first_name_after_a_persons_noun_stays_before_initials():
    got = _persons("Жена посла Хулиано Ф. Контрерас пришла на приём.")
    assert any(p[1] == "Хулиано" for p in got)


@pytest.mark.parametrize("text, first", [
    ("Вопрос задали Сигве Брекке из Бергена.", "Сигве"),
    ("Слово дали Ефросини Папаниколау, депутату.", "Ефросини"),
    ("Интервью с Эйвиндом Ульсеном вышло вчера.", "Эйвинд"),
])
def test_listed_nordic_and_greek_given_names(text, first):
    assert any(p[1] == first for p in _persons(text))


@pytest.mark.parametrize("text, first, last", [
    ("Отчёт Хуана Эмилио Переса Гавирии опубликовали.", "Хуан Эмилио", "Перес Гавирия"),
    ("Письмо Габриэля Эрнесто Ортеги Варгаса пришло в мэрию.", "Габриэль Эрнесто", "Ортега Варгас"),
])
def test_a_second_surname_the_tagger_cut_off_a_genitive_chain_joins(text, first, last):
    assert any(p[1] == first and p[3] == last for p in _persons(text))


@pytest.mark.parametrize("text, first", [
    ("Речь произнёс Густаво Адольфо Бекер.", "Густаво Адольфо"),
    ("Награду вручили Хорхе Орасио Пересу.", "Хорхе Орасио"),
])
def test_listed_spanish_given_names_make_a_compound_first_name(text, first):
    assert any(p[1] == first for p in _persons(text))


@pytest.mark.parametrize("text, first, last", [
    ("Президент вручил медаль Раду Чобану за заслуги.", "Раду", "Чобану"),
    ("Судья вручил приз Сигве Брекке.", "Сигве", "Брекке"),
])
def test_an_unchanged_listed_given_name_the_tagger_missed_joins_the_surname(text, first, last):
    assert any(p[1] == first and p[3] == last for p in _persons(text))


def test_initials_the_tagger_left_out_before_a_lone_surname_join_it():
    got = _persons("Начальник шахты Распадская В. Гусев провёл планёрку.")
    assert ("В. Гусев", "В.", None, "Гусев") in got
