"""Session 37, family eastasian37 (w331): Chinese, Taiwanese, Hong Kong, Korean and Vietnamese names.

A given name written with a hyphen after a family name keeps the family name first and declines in its
last part only (entities/name_asian_hyphen.py); a family name of one capital letter that is a preposition
too ("У", "Е", "О") opens such a name after a word (entities/name_asian_missed.py); a joined Korean given
name of two syllables with ё or ы is a given name ("Кан Кёнхва"); a name the tagger ran on into a place
after it ("Нгуен Тан Зунге Вьетнам") is cut; a capitalized common noun opening the sentence before such
a name is no first name ("Роман Юй Хуа")."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, last", [
    ("Журналисты долго расспрашивали Чжу Ли-луня о планах партии.", "Ли-лунь", "Чжу"),
    ("Посол встретился с Ли Хэ-чаном в Сеуле.", "Хэ-чан", "Ли"),
    ("Фестиваль открылся ретроспективой фильмов Пак Чхан-ука.", "Чхан-ук", "Пак"),
    ("Делегацию возглавил бывший министр Чон Дон-ён.", "Дон-ён", "Чон"),
])
def test_a_hyphenated_given_name_declines_in_its_last_part_only(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Поздравительную телеграмму направили Пак Кын-хе.", "Кын-хе", "Пак"),
    ("Журналисты написали о Ким Ю-на целую книгу.", "Ю-на", "Ким"),
    ("Депутаты критиковали Хоу Ю-и за медлительность.", "Ю-и", "Хоу"),
])
def test_a_hyphenated_given_name_that_shows_no_case_stands(text, first, last):
    assert (first, None, last) in _persons(text)


def test_a_hyphenated_word_of_no_syllables_is_no_east_asian_given_name():
    from rufacts.entities.names_asian import asian_name
    from rufacts.grammars.morph import get_morph
    assert asian_name(get_morph(), ["Ли", "Жан-Пьер"]) is None


@pytest.mark.parametrize("text, first, last", [
    ("Власти Гонконга наградили Е Лючжэня орденом.", "Лючжэнь", "Е"),
    ("Эксперты часто цитируют У Цзинляня, известного экономиста.", "Цзинлянь", "У"),
    ("Говорят, что о У Ихуэе снимут фильм.", "Ихуэй", "У"),
    ("Встреча с мэром Сеула О Се Хуном прошла в мэрии.", "Се Хун", "О"),
])
def test_a_family_name_of_one_capital_letter_opens_the_name(text, first, last):
    assert (first, None, last) in _persons(text)


def test_a_sentence_opening_preposition_u_is_no_family_name():
    persons = _persons("У Ли Цяна нет планов посещать саммит.")
    assert ("Цян", None, "Ли") in persons


def test_a_joined_korean_given_name_with_yo_is_a_given_name():
    assert ("Кёнхва", None, "Кан") in _persons("Министр встретился с Кан Кёнхва на полях форума.")


def test_a_spanish_name_stays_spanish():
    from rufacts.entities.names_asian import asian_name
    from rufacts.grammars.morph import get_morph
    assert asian_name(get_morph(), ["Хуан", "Мухика"]) is None


def test_a_name_the_tagger_ran_on_into_a_country_is_cut():
    persons = _persons("При Фан Ван Кхае Вьетнам начал переговоры о вступлении в ВТО.")
    assert ("Ван Кхай", None, "Фан") in persons


def test_a_vietnamese_family_name_tyu_opens_a_three_word_name():
    assert ("Нгок Ань", None, "Тю") in _persons("Бывшего министра Тю Нгок Аня приговорили к тюрьме.")


def test_a_capitalized_noun_before_a_chinese_name_is_no_first_name():
    persons = _persons("Роман Мо Яня переиздали в Москве.")
    assert ("Янь", None, "Мо") in persons


@pytest.mark.parametrize("text, first, last", [
    ("Пак Мин Сока назначили послом в Канаде.", "Мин Сок", "Пак"),
    ("Хан Дон Хуну вручили партийный билет.", "Дон Хун", "Хан"),
])
def test_a_family_name_that_is_a_common_noun_opens_the_sentence_as_a_name(text, first, last):
    assert (first, None, last) in _persons(text)


def test_a_given_name_that_would_end_in_d_is_a_nominative():
    assert ("Цинде", None, "Лай") in _persons("Пекин вновь раскритиковал Лай Цинде за его речь.")


@pytest.mark.parametrize("text, first, last", [
    ("Го Шэнкунь провёл совещание в министерстве.", "Шэнкунь", "Го"),
    ("Мо Янь выступил с лекцией в университете.", "Янь", "Мо"),
    ("Чон Ыйён прибыл в Вашингтон накануне переговоров.", "Ыйён", "Чон"),
    ("У Кэнь заявил журналистам, что Пекин готов к диалогу.", "Кэнь", "У"),
])
def test_a_family_name_that_is_another_word_opens_the_sentence(text, first, last):
    assert (first, None, last) in _persons(text)


def test_a_sentence_opening_u_before_a_genitive_stays_a_preposition():
    persons = _persons("У Кэня нет планов посещать саммит.")
    assert not any(last == "У" for _first, _middle, last in persons)
