"""Session 36, second wave, family wavep36 (w324): foreign and indigenous surnames after a declined given name.

- No adjectival reading whose stem has no vowel (entities/name_adjectival.py): a surname in -о after a
  man's genitive stands ("Константина Ного", not a Ный).
- A man's genitive before a surname in -чи/-жи/-ши/-щи the table alone reads as a case of one in -ча keeps
  it as written (entities/name_unchanged_after.py); a surname the lexicons know still declines.
- A listed South Slavic man's name in -а (Никола, Лука) before a Slavic man's surname in the same case
  declines as his, over the dictionary's Armenian Никол (entities/name_slavic_first.py).
- A surname first before a given name the table only guesses pays twice (entities/name_solutions.py):
  "Уилсона Кипчирчира" is Уилсон Кипчирчир.
- Dutch and Afrikaans men's given names (lexicons/name_foreign_first_names.tsv: Йохан, Кун, Вим) decline
  as theirs ("о Йохане ван дер Мерве": Йохан; "Куну Каспарсу" in its order).
- Surnames in a vowel of the peoples of the Russian North and Far East (lexicons/name_foreign_surnames.txt:
  Момде, Харючи, Бельды) stand in every case."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Картины Валерия Ного выставили в Дудинке.", "Валерий", "Ного"),
    ("Книги Андрея Белого переиздали к юбилею.", "Андрей", "Белый"),
])
def test_no_adjective_of_a_vowelless_stem(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Выступление Олега Кемерчи понравилось жюри.", "Олег", "Кемерчи"),
    ("Роль Богдана Ступки вспоминают до сих пор.", "Богдан", "Ступка"),
])
def test_a_hushing_i_surname_after_a_mans_genitive(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Оппозиция много писала о Николе Груевском и его окружении.", "Никола", "Груевский"),
    ("Мы поговорили о Николе Пашиче и сербской политике.", "Никола", "Пашич"),
    ("В Загребе вышла книга о Луке Модриче.", "Лука", "Модрич"),
    ("Статья о Николе Пашиняне вышла в Ереване.", "Никол", "Пашинян"),
])
def test_a_slavic_mans_name_in_a_before_a_slavic_surname(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    # Уилсон: a given name of lexicons/name_foreign_first_names.tsv (session 37), written first
    ("Организаторы марафона дисквалифицировали Уилсона Кипсанга.", "Уилсон", "Кипсанг"),
    ("Приказ подписал Щелканов Вадим, капитан порта.", "Вадим", "Щелканов"),
])
def test_no_inversion_before_a_guessed_first_name(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Капитан передал мяч Куну Каспарсу.", "Кун", "Каспарс"),
    ("Корреспондент расспросил соседей о Йохане ван дер Мерве.", "Йохан", "ван дер Мерве"),
])
def test_dutch_and_afrikaans_given_names(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Глава Таймырского района вручил грамоту Ивану Момде.", "Иван", "Момде"),
    ("Выступление Сергея Харючи на съезде запомнилось делегатам.", "Сергей", "Харючи"),
])
def test_a_listed_surname_of_the_north_stands(text, first, last):
    assert (first, None, last) in _persons(text)
