"""Names of peoples of Russia and neighbours (real pipeline): Kalmyk, Buryat and Mongolian men's
first names in a vowel stand unchanged (lexicons/name_peoples_first.tsv), Tuvan surnames in a vowel
too (lexicons/name_foreign_surnames.txt), a woman's name in a consonant the dictionary has as a man's
(entities/name_peoples_first.women_in_consonant), Tatar Айнур a man's name too, and a surname with
initials after it that the tagger missed (entities/name_initials_after.missed_surname_initials)."""
import pytest

import rufacts


def names(text):
    return [p.name.replace("ё", "е") for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # a first name in a vowel before a patronymic and a surname in the dative: unchanged, no "Бат"
    ("Ключи от нового дома переданы Бату Санджиевичу Эрдниеву.", "Бату Санджиевич Эрдниев"),
    ("Слово предоставили Дорджи Бембеевичу Мучкаеву.", "Дорджи Бембеевич Мучкаев"),
    # a Tuvan surname in a vowel stands unchanged after a man's genitive first name
    ("На стоянке Кежика Маады зимуют яки.", "Кежик Маады"),
    ("Гости собрались в юрте Начына Чооду.", "Начын Чооду"),
    # a woman's name in a consonant: hers in an oblique case, not a man's nominative
    ("Диплом вручили Аминат Гасановой в Махачкале.", "Аминат Гасанова"),
    ("Письмо Асият Кадиевой передали в прокуратуру.", "Асият Кадиева"),
    # Айнур: a man's name in the dative after "благодаря"
    ("Благодаря Айнуру Мухаметшину проект удалось завершить.", "Айнур Мухаметшин"),
    # a surname with initials after it the tagger missed, in an oblique case after a noun
    ("Рецензия Подберёзкиной М. Ю. вызвала споры.", "М. Ю. Подберезкина"),
])
def test_peoples_names(text, name):
    assert name in names(text)


def test_initials_of_next_name_not_joined():
    # initials before a capitalized word are the next person's: no surname + initials span
    got = names("Соавторами книги стали Бобылёва и Т. Н. Гришин.")
    assert "Т. Н. Гришин" in got and not any(n.startswith("Т. Н. Бобыл") for n in got)


@pytest.mark.parametrize("text, name", [
    # the patronymic of a hyphenated Tuvan first name (entities/name_hyphen_patronymic.py)
    ("Со слов Буяна Ак-ооловича Ондара, дорогу расчистили к утру.", "Буян Ак-оолович Ондар"),
    ("Делегацию приветствовал Саян Кан-оолович Хертек.", "Саян Кан-оолович Хертек"),
    # ... after a first name the tagger gave a span of its own
    ("Беседа с Аясой Тас-ооловной Куулар длилась час.", "Аяса Тас-ооловна Куулар"),
    # a verb whose object is a body: a woman named after it in the present or future is its subject
    ("Кафедру, которая открылась в мае, возглавляет Вера Штепанкова.", "Вера Штепанкова"),
    ("Новый благотворительный фонд учредит Дана Кучерова.", "Дана Кучерова"),
])
def test_hyphen_patronymic_and_body_verbs(text, name):
    assert name in names(text)


def test_double_surname_in_ovich_stays_a_surname():
    # two capitalized parts in -ович are a double surname, not a patronymic
    assert "Драган Маркович-Петрович" in names("Интервью с Драганом Марковичем-Петровичем вышло вчера.")


@pytest.mark.parametrize("text, name", [
    # a Czech or Slovak woman's adjectival surname in -на: no man's Новотн is read in it (lexicons/name_endings.tsv)
    ("Лекцию в университете прочитает Ленка Новотна.", "Ленка Новотна"),
])
def test_czech_woman_surname_na(text, name):
    assert name in names(text)


def test_no_man_in_obstruent_n_stem():
    # with no context at all, "Петра Новотна" is a woman's nominative, not the genitive of a Петр Новотн
    from rufacts.entities.names import analyze_name
    from rufacts.grammars.morph import get_morph

    parts = analyze_name(get_morph(), ["Петра", "Новотна"])
    assert (parts.first, parts.last, parts.gender) == ("Петра", "Новотна", "femn")
