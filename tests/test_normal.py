"""Tests of organization/location normal forms in rufacts.normal: the head phrase
goes to the nominative, dependents and quoted parts stay, quotes become «»."""
from __future__ import annotations

import pytest

from rufacts.entities.normal import join_words, normalize_quotes, normalize_words


def xfail(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason),
                        id=str(values[0]) or "empty")


def cases(table):
    """Table rows as params named by their first value; xfail rows are already params."""
    return [row if hasattr(row, "marks") else pytest.param(*row, id=str(row[0]) or "empty")
            for row in table]


# (phrase as it stands in the text, words split on spaces; its normal form)
PHRASES = [
    # a company name whose first word stands frozen: the second declines
    ("Газпром нефти", "Газпром нефть"),
    ("Тинькофф Банка", "Тинькофф Банк"),
    ("Министерства финансов", "Министерство финансов"),
    # one word, oblique cases
    ("Москвы", "Москва"),
    ("Казани", "Казань"),
    ("Кремлём", "Кремль"),
    ("Крыму", "Крым"),
    ("Росатома", "Росатом"),
    ("Сбербанку", "Сбербанк"),
    ("Мосгордумы", "Мосгордума"),
    # adjective + noun
    ("Нижнем Новгороде", "Нижний Новгород"),
    ("Московской области", "Московская область"),
    ("Челябинской областью", "Челябинская область"),
    ("Красной площади", "Красная площадь"),
    ("Верховного суда", "Верховный суд"),
    ("Северном Кавказе", "Северный Кавказ"),
    ("Садовом кольце", "Садовое кольцо"),
    ("Баренцевом море", "Баренцево море"),
    ("Федеральной таможенной службы", "Федеральная таможенная служба"),
    ("Государственную думу", "Государственная дума"),
    ("Соединённому Королевству", "Соединённое Королевство"),
    # plural-only names stay plural
    ("Нидерландов", "Нидерланды"),
    ("Соединённых Штатов", "Соединённые Штаты"),
    ("Соединенным Штатам", "Соединенные Штаты"),
    ("Объединённых Арабских Эмиратов", "Объединённые Арабские Эмираты"),
    ("Великих Луках", "Великие Луки"),
    ("Набережных Челнах", "Набережные Челны"),
    ("Мытищах", "Мытищи"),
    ("Филиппин", "Филиппины"),
    ("Курильских островах", "Курильские острова"),
    ("Российских железных дорог", "Российские железные дороги"),
    # genitive dependents after the head stay as written
    ("ФТС России", "ФТС России"),
    ("Министерством иностранных дел", "Министерство иностранных дел"),
    ("Следственным комитетом России", "Следственный комитет России"),
    ("Центрального банка России", "Центральный банк России"),
    ("Российской академии наук", "Российская академия наук"),
    ("Организации Объединённых Наций", "Организация Объединённых Наций"),
    ("Ханты-Мансийского автономного округа", "Ханты-Мансийский автономный округ"),
    ("правительства Москвы", "правительство Москвы"),
    # hyphenated
    ("Санкт-Петербурга", "Санкт-Петербург"),
    ("Ростова-на-Дону", "Ростов-на-Дону"),
    ("Южно-Сахалинске", "Южно-Сахалинск"),
    ("Нью-Йорке", "Нью-Йорк"),
    ("Москве-реке", "Москва-река"),
    # quoted parts stay as written
    ("компании « Газпром »", "компания « Газпром »"),
    ("банке « Открытие »", "банк « Открытие »"),
    ("издательства « Эксмо »", "издательство « Эксмо »"),
    ("завода « Москвич »", "завод « Москвич »"),
    ("ООО « Ромашка »", "ООО « Ромашка »"),
    ("ПАО « Газпром нефть »", "ПАО « Газпром нефть »"),
    # abbreviations and indeclinables stay
    ("МВД", "МВД"),
    ("МГУ", "МГУ"),
    ("Минобороны", "Минобороны"),
    ("Сочи", "Сочи"),
    ("Внуково", "Внуково"),
    # 'высший' is filed under 'высокий': the nominative must not become 'Высочайшая'
    ("Высшей школы экономики", "Высшая школа экономики"),
    ("Высшего арбитражного суда", "Высший арбитражный суд"),
    # an unknown word pymorphy3 guesses as an oblique plural must not grow into 'Ростехи'
    ("Ростех", "Ростех"),
    ("Ростеха", "Ростех"),
    # two adjectives joined by "и" before one head: both agree with it
    ("Продовольственной и сельскохозяйственной организации", "Продовольственная и сельскохозяйственная организация"),
    ("Всемирной продовольственной и сельскохозяйственной организации ООН",
     "Всемирная продовольственная и сельскохозяйственная организация ООН"),
    ("Морском и речном колледже", "Морской и речной колледж"),
]


@pytest.mark.parametrize(("phrase", "expected"), cases(PHRASES))
def test_normal_words(morph, phrase, expected):
    assert " ".join(normalize_words(morph, phrase.split())) == expected


NOMINATIVE = ["Москва", "Нижний Новгород", "Федеральная таможенная служба", "Соединённые Штаты",
              "ФТС России", "компания « Газпром »", "Ханты-Мансийский автономный округ"]


@pytest.mark.parametrize("phrase", NOMINATIVE)
def test_normal_words_nominative_is_a_fixed_point(morph, phrase):
    assert " ".join(normalize_words(morph, phrase.split())) == phrase


def test_normal_words_keeps_word_count_and_empty(morph):
    assert normalize_words(morph, []) == []
    words = ["Государственной", "Третьяковской", "галерее"]
    assert normalize_words(morph, words) == ["Государственная", "Третьяковская", "галерея"]
    assert words == ["Государственной", "Третьяковской", "галерее"]  # input not mutated


def test_normal_words_without_letters_untouched(morph):
    assert normalize_words(morph, ["2015", "года"]) == ["2015", "года"]
    assert normalize_words(morph, ["«", "Ромашки", "»"]) == ["«", "Ромашки", "»"]


JOIN = [
    (["ООО", "«", "Ромашка", "»"], [True, False, False, False], "ООО «Ромашка»"),
    (["Нижний", "Новгород"], [True, True], "Нижний Новгород"),
    (["Москва"], [False], "Москва"),
]


@pytest.mark.parametrize(("words", "spaces", "expected"), JOIN, ids=[j[2] for j in JOIN])
def test_normal_join_words(words, spaces, expected):
    assert join_words(words, spaces) == expected


QUOTES = [
    # straight and typographic quotes become «»
    ('ООО "Ромашка"', "ООО «Ромашка»"),
    ("компания “Мечел”", "компания «Мечел»"),
    ("ЗАО „Вектор“", "ЗАО «Вектор»"),
    ("банк «Открытие»", "банк «Открытие»"),
    ('"Газпром" и "Роснефть"', "«Газпром» и «Роснефть»"),
    ('фонд "Сколково" (Москва)', "фонд «Сколково» (Москва)"),
    ('завод ("Москвич")', "завод («Москвич»)"),
    # nested
    ('АО "Концерн "Калашников""', "АО «Концерн «Калашников»»"),
    ('АО "Концерн "Калашников"', "АО «Концерн «Калашников»»"),
    ("АО «Концерн «Калашников»»", "АО «Концерн «Калашников»»"),
    ('АО «Концерн "Калашников"»', "АО «Концерн «Калашников»»"),
    # unbalanced: closed at the end
    ('ООО "Ромашка', "ООО «Ромашка»"),
    ("«Газпром", "«Газпром»"),
    ("ПАО «Газпром нефть", "ПАО «Газпром нефть»"),
    # no quotes
    ("", ""),
    ("Федеральная таможенная служба", "Федеральная таможенная служба"),
]


@pytest.mark.parametrize(("text", "expected"), cases(QUOTES))
def test_normal_quotes(text, expected):
    assert normalize_quotes(text) == expected


# a closing quote with nothing open: dropped, or an opener put before the name
STRAY_CLOSERS = [
    ('Ромашка"', {"Ромашка", "«Ромашка»"}),
    ("ООО «Ромашка»»", {"ООО «Ромашка»"}),
]


@pytest.mark.parametrize(("text", "acceptable"), STRAY_CLOSERS)
def test_normal_quotes_stray_closer_opens_nothing(text, acceptable):
    assert normalize_quotes(text) in acceptable


@pytest.mark.parametrize("text", [t for t, _ in QUOTES])
def test_normal_quotes_balanced_and_idempotent(text):
    result = normalize_quotes(text)
    assert '"' not in result and "“" not in result and "”" not in result and "„" not in result
    depth = 0
    for ch in result:
        depth += (ch == "«") - (ch == "»")
        assert depth >= 0
    assert depth == 0
    assert normalize_quotes(result) == result


def test_normal_quoted_company_name_with_a_frozen_first_word(morph):
    assert normalize_words(morph, ["«", "Газпром", "нефти", "»"]) == ["«", "Газпром", "нефть", "»"]
