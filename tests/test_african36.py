"""Session 36, family african36 (w319): names of Sub-Saharan Africa (entities/name_african.py).

An African surname in consonant + -е (-у) stands as written where the slot's case is none an -а surname
ends in -е ("обвинили Тумело Нкубе"), or in the dative and prepositional after a stem of
lexicons/name_african_e_ends.txt or where the table's only other reading is a soft -я; an -а surname
still declines ("о Бонгани Мадонселе" style); an African name of three words keeps its first two as
the given name instead of reading a Kalenjin -ич surname as a patronymic."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Правление назначило Экуа Осеи-Бонсу и Тобенну Ихеме на новые должности.", "Тобенна", "Ихеме"),
    ("Совет директоров уволил Кагисо Мтимкулу-Дламини и Мпхо Ндабанде за нарушения.", "Мпхо", "Ндабанде"),
    ("Профсоюз потребовал уволить Вуйо Мадикизе за растрату.", "Вуйо", "Мадикизе"),
])
def test_an_african_surname_in_e_stands_where_no_a_surname_case_fits(text, first, last):
    assert (first, None, last) in _persons(text)


def test_an_african_surname_in_e_stands_after_its_listed_stem_in_the_prepositional():
    assert ("Лебоганг", None, "Сибанде") in _persons("Профсоюз шахтёров вспоминает о Лебоганге Сибанде с благодарностью.")


def test_an_african_surname_in_a_still_declines():
    assert ("Лебоганг", None, "Мотлатса") in _persons("Профсоюз шахтёров вспоминает о Лебоганге Мотлатсе с благодарностью.")


def test_a_kalenjin_surname_in_ich_after_two_given_names_is_no_patronymic():
    persons = _persons("Кенийская полиция задержала Джеймса Кипланга Ротича в аэропорту Найроби.")
    assert ("Джеймс Кипланг", None, "Ротич") in persons


def test_a_russian_patronymic_still_reads_as_one():
    assert ("Пётр", "Ильич", "Чайковский") in _persons("В Кении исполнили музыку Петра Ильича Чайковского.") or \
        ("Петр", "Ильич", "Чайковский") in _persons("В Кении исполнили музыку Петра Ильича Чайковского.")


def test_an_igbo_surname_in_u_stands_where_the_slot_is_no_dative_or_accusative():
    assert ("Чидиебере", None, "Нвосу") in _persons("Суд вынес решение по делу Чидиебере Нвосу.")


@pytest.mark.parametrize("text, first, last", [
    ("Контракт на поставку угля достался Сэмюэлу Лагату.", "Сэмюэл", "Лагат"),
    ("Полиция задержала Эмеку Мадуку в Лагосе.", "Эмека", "Мадука"),
])
def test_a_dative_or_accusative_in_u_still_declines(text, first, last):
    assert (first, None, last) in _persons(text)
