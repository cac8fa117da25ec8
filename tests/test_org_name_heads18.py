"""Heads of organization names. Adjectives before an institutional abbreviation agree with the noun it stands for
(entities/org_abbrev_heads.py, lexicons/org_abbreviation_genders.tsv); a capitalized descriptor
inside a sentence belongs to the name (entities/orgs.split_descriptor). Real pipeline, own
sentences (not in the gold files). A stance adjective before a party (lexicons/org_stance_adjectives.txt)
is no part of its name; a body named in the plural (lexicons/org_plural_heads.txt) stays plural."""
import pytest

from test_org_quoted import org_name

CASES = [
    # a hospital (больница): feminine
    ("Пациенты Ярославской ЦРБ пожаловались на очереди.", "Ярославской ЦРБ", "Ярославская ЦРБ"),
    ("Томограф поставили в Добрянскую ЦРБ в марте.", "Добрянскую ЦРБ", "Добрянская ЦРБ"),
    # an institute (институт): masculine, with its genitive dependent as written
    ("В Тверском НИИ травматологии закончили ремонт.", "Тверском НИИ травматологии",
     "Тверской НИИ травматологии"),
    # an enterprise (предприятие): neuter
    ("Директор Ставропольского ГУП уволился в понедельник.", "Ставропольского ГУП", "Ставропольское ГУП"),
    # already nominative: stays
    ("Тверской НИИ травматологии открыл новый корпус.", "Тверской НИИ травматологии",
     "Тверской НИИ травматологии"),
    # a role word before the hospital opens the sentence: no part of the name, and no person
    ("Главврачу Кимрской ЦРБ Сорокину объявили выговор.", "Кимрской ЦРБ", "Кимрская ЦРБ"),
    # a capitalized descriptor inside the sentence is the name's
    ("Грант выделен при поддержке Фонда Прохорова в прошлом году.", "Фонда Прохорова", "Фонд Прохорова"),
    ("Иск передан Суду ЕАЭС на прошлой неделе.", "Суду ЕАЭС", "Суд ЕАЭС"),
]


@pytest.mark.parametrize("text,mention,name", CASES)
def test_abbreviation_heads(text, mention, name):
    assert org_name(text, mention) == name



PARTIES = [
    # a lower-case adjective before a capitalized name says where the party stands
    ("Депутаты от ультраправой Партии независимости Исландии покинули зал.",
     "ультраправой Партии независимости Исландии", "Партия независимости Исландии"),
    # the sentence's first word: a stance adjective of the lexicon
    ("Правящую Партию обновления Молдовы обвинили в подкупе.", "Правящую Партию обновления Молдовы",
     "Партия обновления Молдовы"),
    # a body named in the plural
    ("Удар нанесли по позициям, которые занимали Силы народной обороны.", "Силы народной обороны",
     "Силы народной обороны"),
    ("Ответственность за обстрел возложили на Силы народной обороны.", "Силы народной обороны",
     "Силы народной обороны"),
]


@pytest.mark.parametrize("text,mention,name", PARTIES)
def test_party_names(text, mention, name):
    assert org_name(text, mention) == name
