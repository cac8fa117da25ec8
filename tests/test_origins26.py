"""Names of East Asia, Israel and Bantu Africa by how they are built (round 26): a Chinese given name
the dictionary also has as a Russian surname, a Bantu surname in -у beside a Bantu first name, an
Israeli woman's name in a consonant."""
import pytest

import rufacts


def _person(text):
    persons = rufacts.extract(text).persons
    assert len(persons) == 1, [p.name for p in persons]
    return persons[0]


@pytest.mark.parametrize("text, name, first, last", [
    # a two-syllable Chinese given name that is also a Russian surname in -ин, after a family name
    ("Телеграмму с соболезнованиями получил Ли Минина.", "Ли Минин", "Минин", "Ли"),
    # a Bantu first name: the surname ends in a vowel, "-у" is no dative of a consonant stem
    ("Слова благодарности адресовали Сибусисо Мтхембу.", "Сибусисо Мтхембу", "Сибусисо", "Мтхембу"),
    ("Приветствие передали Нолвази Шабангу через посольство.", "Нолвази Шабангу", "Нолвази", "Шабангу"),
    # an Israeli woman's name in a consonant stands unchanged and holds the name together
    ("Интервью с Лимор Ашкенази опубликовали в субботу.", "Лимор Ашкенази", "Лимор", "Ашкенази"),
])
def test_origin_names(text, name, first, last):
    p = _person(text)
    assert (p.name, p.first, p.last) == (name, first, last)


def test_bantu_accusative_in_a_stays_a():
    # a surname in -а beside a Bantu first name still declines ("Мбалулу": Мбалула)
    p = _person("Министр поблагодарил Фикиле Мбалулу за работу.")
    assert p.last == "Мбалула"


@pytest.mark.parametrize("text, name, first, last", [
    # one given syllable the dictionary has as an indeclinable surname or a rare first name
    ("Делегацию из Шанхая принял Ли Хань.", "Ли Хань", "Хань", "Ли"),
    ("Соглашение от имени Вьетнама подписал Ли Минь.", "Ли Минь", "Минь", "Ли"),
    # a Japanese given name in -эй declines like a Russian name in -й
    ("Почётный диплом вручили Кохэю Мацудзаки.", "Кохэй Мацудзаки", "Кохэй", "Мацудзаки"),
    # a common noun that is a Russian first name too is no name part before a Japanese given name
    ("Роман Сюсаку Эндо переиздали в Токио.", "Сюсаку Эндо", "Сюсаку", "Эндо"),
    # Ethiopian: a listed first name in -е stands unchanged, the surname declines
    ("Почётную грамоту вручили Демеке Алемайеху.", "Демеке Алемайеху", "Демеке", "Алемайеху"),
])
def test_origin_names_more(text, name, first, last):
    p = _person(text)
    assert (p.name, p.first, p.last) == (name, first, last)


def test_russian_name_noun_stays_before_russian_surname():
    p = _person("Роман Широков забил второй гол.")
    assert (p.first, p.last) == ("Роман", "Широков")


def test_korean_last_syllable_tagged_as_place():
    # the tagger reads "Ману" as the place Мана: the name takes its last given syllable back in
    p = _person("Памятную награду вручили Ли Сын Ману в Сеуле.")
    assert (p.name, p.first, p.last) == ("Ли Сын Ман", "Сын Ман", "Ли")


def test_sentence_opening_noun_before_vietnamese_name():
    # a common noun opening the sentence is no part of the East Asian name after it
    p = _person("Заветы Хо Ши Мина вспоминали на торжественном собрании.")
    assert (p.name, p.first, p.last) == ("Хо Ши Мин", "Ши Мин", "Хо")


@pytest.mark.parametrize("text, name, first, last", [
    # a Japanese given name in -н declines ("Кэну" of Кэн), no given name ends in -ну
    ("Главный приз фестиваля вручили Кэну Ямагиси.", "Кэн Ямагиси", "Кэн", "Ямагиси"),
    # a listed family name the tagger read as a place (the town Гао in Mali) before the given name
    ("Губернатор обсудил поставки с Гао Шанцзюнем в Харбине.", "Гао Шанцзюнь", "Шанцзюнь", "Гао"),
])
def test_found_after_aside(text, name, first, last):
    p = _person(text)
    assert (p.name, p.first, p.last) == (name, first, last)


def test_declining_first_name_before_a_surname_syllable():
    # "Дин" declines (Dean: Дина, Дину), "Ли" is an indeclinable surname too: a first name and a
    # surname, as "Анна Ли"; "Ли Хань" above keeps the family name first (Ли is indeclinable)
    p = _person("На фестиваль приехал продюсер Дин Ли.")
    assert (p.name, p.first, p.last) == ("Дин Ли", "Дин", "Ли")
