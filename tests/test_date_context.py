"""Time expressions read in their context, through the real pipeline: ages are not
durations, names and addresses are not dates, frequencies and month adjectives are."""
from __future__ import annotations

import pytest

PUBLISHED = "2019-05-15"


def durations(pipeline, text):
    return [a.text for a in pipeline.extract(text).amounts if a.kind == "duration"]


@pytest.mark.parametrize("text", [
    "Скульптору, которому в нынешнем году исполнится 85 лет, вручат премию.",
    "Пилоту было 38 лет, он погиб на месте.",
    "Ему на момент победы было 42 года.",
    "Актрисе, которой на момент начала съёмок было 16 лет, вручили приз.",
    "Вход в клуб открыт только для подростков от 14 до 17 лет.",
    "Бесплатный проезд положен детям до 7 лет.",
    "Среди погибших — мужчина 45 лет, жительница Твери и ребёнок.",
    "В аварии пострадали Анна Смирнова, 23 года, и её брат.",
    "Сменщик моложе предшественника на 15 лет.",
    "Он начал рисовать с шести лет.",
    "Рекордсменке на тот момент было 117 лет и 168 дней.",
    "Новым тренером стал 52-летний защитник сборной.",
    "Пост занял 47-летний экс-министр финансов.",
    "Фонд с 30-летней историей закрылся.",
    "Преступление против лица, не достигшего 16-летнего возраста, карается строже.",
])
def test_ages_are_not_durations(pipeline, text):
    assert durations(pipeline, text) == []


@pytest.mark.parametrize("text, span", [
    ("Он скрывался от следствия 12 лет.", "12 лет"),
    ("Он был 20 лет главой района.", "20 лет"),
    ("Проект был заморожен на 5 лет.", "5 лет"),
    ("Ему грозит до 6 лет лишения свободы.", "до 6 лет"),
    ("После 35-летней службы на флоте он вышел в отставку.", "35-летней"),
    ("Клуб подписал с ним пятилетний контракт.", "пятилетний"),
])
def test_durations_stay_durations(pipeline, text, span):
    assert durations(pipeline, text) == [span]


def dates(pipeline, text, published=PUBLISHED):
    return [(d.text, d.value) for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize("text, expected", [
    ("Выборы прошли в 2018 году. Итоги мартовских выборов оспорили.",
     [("2018 году", "2018"), ("мартовских", "2018-03")]),  # the year of the date before it
    ("После новогодних и майских праздников депутаты вернутся.", [("майских", "2019-05")]),
    ("Участников субботней акции вызвали в полицию.", [("субботней", "2019-05-11")]),
    ("В центре прошлогоднего скандала оказался мэр.", [("прошлогоднего", "2018")]),
    # a capitalized month adjective is a name: its year is not the article's
    ("Музей посвящён Октябрьской революции.", []),
    ("Посёлок Октябрьский затопило.", []),
])
def test_month_and_weekday_adjectives(pipeline, text, expected):
    assert dates(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Интервью вышло в программе «Сегодня» на НТВ.", []),
    ("Он возглавил агентство «Россия сегодня».", []),
    ("Среди его фильмов — «Музыка для декабря».", []),
    ("Он сказал: «Мы приедем 5 мая».", [("5 мая", "2019-05-05")]),  # quoted speech stays a date
    ("«Сегодня у нас короткая смена», — сказала она.", [("Сегодня", "2019-05-15")]),
    ("Текст опубликован по адресу https://example.ru/2016-06-30/news.", []),
    ("Клуб опустился на 30-е место в таблице.", []),
    ("В 40-е годы здесь был госпиталь.", [("40-е годы", "1940/1949")]),
    ("Налоговики арестовали около 1600 расчётных счетов.", []),
])
def test_names_addresses_and_ordinals_are_not_dates(pipeline, text, expected):
    assert dates(pipeline, text) == expected


def kinds(pipeline, text, published=PUBLISHED):
    return [(d.text, d.value, d.kind) for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize("text, expected", [
    # from the date written before it
    ("Саммит открылся 4 марта 2018 года. За неделю до этого посол уехал.",
     [("4 марта 2018 года", "2018-03-04", "point"), ("За неделю до этого", "2018-02-25", "point")]),
    ("Завод открыли в 1995 году, а год спустя расширили.",
     [("1995 году", "1995", "point"), ("год спустя", "1996", "point")]),
    # before or after an event the text does not date: a relative fact without a value
    ("За день до суда адвокат подал жалобу.", [("За день", None, "relative")]),
    ("Спустя месяц после отставки он вернулся в политику.", [("Спустя месяц", None, "relative")]),
    ("Несколько дней спустя его отпустили.", [("Несколько дней спустя", None, "relative")]),
    ("Договор подписали за 5 лет до того, как завод закрылся.", [("за 5 лет", None, "relative")]),
    # sports seasons and weekends
    ("В прошлом сезоне клуб занял пятое место.", [("прошлом сезоне", None, "relative")]),
    ("Акции протеста прошли в минувшие выходные.", [("минувшие выходные", None, "relative")]),
    # the latest stretch of time: no calendar value of its own
    ("За последний год выручка выросла вдвое.", [("последний год", None, "relative")]),
    ("Некоторое время назад он покинул партию.", [("Некоторое время назад", None, "relative")]),
])
def test_relative_to_an_event_or_the_text(pipeline, text, expected):
    assert kinds(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Премия вручается ежегодно.", [("ежегодно", "R/P1Y", "frequency")]),
    ("Выборы проходят раз в 4 года.", [("раз в 4 года", "R/P4Y", "frequency")]),
    ("Каждые два года форум меняет город.", [("Каждые два года", "R/P2Y", "frequency")]),
    ("Отчёт публикуют каждый месяц.", [("каждый месяц", "R/P1M", "frequency")]),
    ("Каждый раз он опаздывал.", []),
])
def test_frequencies(pipeline, text, expected):
    assert kinds(pipeline, text) == expected


def test_frequency_record_validates(pipeline, validate_record):
    record = pipeline.extract("Форум проходит ежегодно, в 2019 году — в мае.",
                              published=PUBLISHED).as_json()
    validate_record(record)
    assert record["dates"][0]["kind"] == "frequency" and record["dates"][0]["begin"] is None


@pytest.mark.parametrize("text, expected", [
    ("Он сыграл на Кубке конфедераций 2017 в России.", [("2017", "2017")]),
    ("Букеровскую премию 2018 получила писательница из Польши.", [("2018", "2018")]),
    ("Во всём мире 2000 человек получили помощь.", []),  # a count, not a year
    ("В конкурсе 1500 участников.", []),
])
def test_a_year_after_an_event_name(pipeline, text, expected):
    assert dates(pipeline, text) == expected


@pytest.mark.parametrize("text, span", [
    ("Ищут агента с 23-летним стажем.", "23-летним"),
    ("Кандидат не младше 45 лет должен иметь 15-летний опыт.", "15-летний"),
    ("Петров получил 3 года, Сидоров — 3,5 года.", "3,5 года"),
])
def test_more_durations_that_are_not_ages(pipeline, text, span):
    assert span in durations(pipeline, text)
