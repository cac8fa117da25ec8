"""Foreign names in the slot their clause gives them: a name after an opening adverbial and before
a verb that agrees with it is the subject; a Balkan first name takes its surname's case; a listed
Dutch name in -е stands as written; a first name that is a case of two names lets the surname decide."""
import pytest

import rufacts


def _people(text):
    return {(p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("В минувшую пятницу Лоренцо Бранделла объявил о переходе в «Лацио».", "Лоренцо", "Бранделла"),
    ("На пресс-конференции в Лиме Мигель Карранса заявил о поддержке реформы.", "Мигель", "Карранса"),
    ("После долгих переговоров Тапани Корхола согласился возглавить сборную.", "Тапани", "Корхола"),
    ("В последний день трансферного окна Коби Мутомбу перешёл в «Брентфорд».", "Коби", "Мутомбу"),
])
def test_subject_after_opening_adverbial(text, first, last):
    assert (first, last) in _people(text)


def test_genitive_after_a_subject_noun_stays():
    # a noun in the nominative before the name is the subject: the name is its genitive
    assert ("Педро", "Бесерр") in _people("Пресс-служба Педро Бесерра сообщила о его отъезде.")


@pytest.mark.parametrize("text, first, last", [
    ("Руководство «Партизана» решило продать Николу Радмановича в Испанию.", "Никола", "Радманович"),
    ("Полиция допросила Николу Драговича по делу о взятках.", "Никола", "Драгович"),
])
def test_first_name_takes_the_surname_case(text, first, last):
    assert (first, last) in _people(text)


def test_armenian_nikol_still_read():
    assert ("Никол", "Пашинян") in _people("Журналисты задали вопрос Николу Пашиняну о переговорах.")


def test_dutch_first_name_in_e_as_written():
    assert ("Вопке", "Хукстра") in _people("Еврокомиссия поручила Вопке Хукстре подготовить доклад.")
    assert ("Вопке", "Хукстра") in _people("На саммите много говорили о Вопке Хукстре.")


def test_first_name_decided_by_surname_case():
    assert ("Даниэль", "Крейг") in _people("Таблоиды снова пишут о Даниэле Крейге и его новой роли.")
