"""Name readings of round 25 (real pipeline, own sentences, not in the gold files):
a Czech or Slovak woman's surname in -ná after an obstruent declines as a noun in -а
(lexicons/name_endings.tsv, class cz-na), and a Czech man's surname in -ы of
lexicons/foreign_names.tsv is his only (entities/name_lexicon_readings.py); a Latvian woman's
surname in -иня after a Baltic woman's first name (entities/name_baltic_surnames.py,
lexicons/baltic_first_names.txt); a case of a listed foreign surname in -а after an indeclinable
first name (entities/name_indeclinable.py)."""
import pytest

from names_cases import person_at

CZECH_WOMEN = [
    ("Премию жюри присудили словацкой актрисе Милене Крупне.", "Милене Крупне", ("Милена", "Крупна")),
    ("О пианистке Ренате Бржезне рассказали в передаче.", "Ренате Бржезне", ("Рената", "Бржезна")),
    ("Роман Дагмар Вршны вышел в переводе.", "Дагмар Вршны", ("Дагмар", "Вршна")),
    ("Журналисты поговорили с Властой Литной.", "Властой Литной", ("Власта", "Литна")),
    ("Сборная пригласила Еву Седлачну на сборы.", "Еву Седлачну", ("Ева", "Седлачна")),
]


@pytest.mark.parametrize("text, mention, parts", CZECH_WOMEN)
def test_a_czech_womans_surname_in_na_declines(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def test_a_czech_mans_surname_in_y_is_his_only():
    got = person_at("Книгу Яны Новотны перевели в прошлом году.", "Яны Новотны")
    assert got is not None and (got[1], got[3]) == ("Яна", "Новотна")
    got = person_at("Речь Яна Новотны опубликовали полностью.", "Яна Новотны")
    assert got is not None and (got[1], got[3]) == ("Ян", "Новотны")


def test_a_patronymic_in_ovna_is_no_czech_surname():
    got = person_at("Грамоту вручили Елене Петровне Смирновой.", "Елене Петровне Смирновой")
    assert got is not None and got[1:] == ("Елена", "Петровна", "Смирнова")


LATVIAN_WOMEN = [
    ("Выставку Дзинты Лиепини открыли в Юрмале.", "Дзинты Лиепини", ("Дзинта", "Лиепиня")),
    ("Цветы вручили Солвите Калнине.", "Солвите Калнине", ("Солвита", "Калниня")),
    ("С Ингуной Озолиней встретились студенты.", "Ингуной Озолиней", ("Ингуна", "Озолиня")),
]


@pytest.mark.parametrize("text, mention, parts", LATVIAN_WOMEN)
def test_a_latvian_womans_surname_in_inya_after_a_baltic_first_name(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def test_an_italian_surname_in_ini_still_stands_after_another_womans_name():
    got = person_at("Концерт Франчески Бертолини перенесли.", "Франчески Бертолини")
    assert got is not None and (got[1], got[3]) == ("Франческа", "Бертолини")


def test_a_listed_surname_in_a_declines_after_an_indeclinable_first_name():
    # entities/name_indeclinable.py: Фонсека is listed (lexicons/foreign_names.tsv)
    got = person_at("Контракт Бруну Фонсеки клуб продлил до лета.", "Бруну Фонсеки")
    assert got is not None and (got[1], got[3]) == ("Бруну", "Фонсека")


def test_an_unlisted_surname_in_i_stands_after_an_indeclinable_first_name():
    got = person_at("Визит Марио Монти в Брюссель перенесли.", "Марио Монти")
    assert got is not None and (got[1], got[3]) == ("Марио", "Монти")


@pytest.mark.parametrize("text, mention, last", [
    ("Книгу Ежи Пшибыловского переиздали в Кракове.", "Ежи Пшибыловского", "Пшибыловский"),
    ("Концерт памяти Ежи Гротовецкого прошёл в Люблине.", "Ежи Гротовецкого", "Гротовецкий"),
])
def test_an_adjectival_surname_declines_after_an_indeclinable_first_name(text, mention, last):
    # entities/name_indeclinable.py: the -ого of a surname in -ский is an adjective's genitive, not a
    # foreign vowel-final word standing as written beside "Ежи"
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == ("Ежи", last)
