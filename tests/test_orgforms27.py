"""Organization names on real pipelines (session 27): a hyphenated quoted name after a place
adjective, a quoted name of several words after a nominative adjective, a name the tagger cut
inside its tail, and a national team named by a place in the genitive."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

import rufacts
from rufacts.entities.normal import normalize_words
from rufacts.entities.org_open_tails import open_tails
from rufacts.grammars.morph import get_morph


def org_names(text: str) -> dict[str, str]:
    """Mention text -> the name of its organization."""
    return {m.text: o.name for o in rufacts.extract(text).organizations for m in o.mentions}


def name_of(text: str, word: str) -> str:
    names = [name for mention, name in org_names(text).items() if word in mention]
    assert names, org_names(text)
    return names[0]


@pytest.mark.parametrize("text, word, name", [
    # a quoted name with a hyphen after a place adjective: the quoted name, in the nominative
    ("Спектакль показали в екатеринбургском «Коляда-театре».", "Коляда", "Коляда-театр"),
    # a quoted name of two words after an adjective in the nominative stays as written
    ("Японская «Майнити симбун» сообщила о скандале в министерстве.", "Майнити", "Майнити симбун"),
    # a genitive group that closes the tail of a name is the name's
    ("Глава Союза композиторов и музыкантов эстрадного жанра подал в отставку.", "Союз",
     "Союз композиторов и музыкантов эстрадного жанра"),
    # "сборной" is the noun, "Португалии" its genitive
    ("Тренер сборной Португалии назвал состав.", "сборной", "сборная Португалии"),
    ("Капитан женской сборной Норвегии по гандболу завершила карьеру.", "сборной",
     "женская сборная Норвегии по гандболу"),
])
def test_org_names(text, word, name):
    assert name_of(text, word) == name


@pytest.mark.parametrize("words, name", [
    ("сборной команды Австралии", "сборная команда Австралии"),  # an adjective before its noun
    ("молодёжной сборной Бельгии", "молодёжная сборная Бельгии"),
    ("Сборная Чили", "Сборная Чили"),
])
def test_adjective_noun_heads(words, name):
    assert " ".join(normalize_words(get_morph(), words.split())) == name


@pytest.mark.parametrize("text, cut, whole", [
    # the tagger's span stops on an adjective: its noun comes next
    ("Делегаты Всемирной ассамблеи коренных народов приняли резолюцию.",
     "Всемирной ассамблеи коренных", "Всемирной ассамблеи коренных народов"),
    # on a noun of the tail, "и" and a genitive noun that ends the phrase follow
    ("Его избрали в Шведскую академию наук и словесности.", "Шведскую академию наук",
     "Шведскую академию наук и словесности"),
])
def test_open_tails_grow_a_cut_name(text, cut, whole):
    doc = rufacts.load()(text)
    start = text.index(cut)
    span = doc.char_span(start, start + len(cut), label="ORG")
    grown = open_tails(doc, [span])
    assert [s.text for s in grown] == [whole]


@pytest.mark.parametrize("text, cut", [
    ("Решение Всемирного банка прошлого года отменили.", "Всемирного банка"),  # a time
    ("Представители Академии наук и министерства образования подписали соглашение.", "Академии наук"),
    ("Азиатский банк новых траншей не одобрил.", "Азиатский банк"),  # an object
])
def test_open_tails_leave_a_whole_name(text, cut):
    doc = rufacts.load()(text)
    start = text.index(cut)
    span = doc.char_span(start, start + len(cut), label="ORG")
    assert [s.text for s in open_tails(doc, [span])] == [cut]


def test_place_body_under_an_alias_does_not_fail_the_article():
    # a body given with a place adjective whose name is an alias ("МВД"), then the bare alias:
    # the article is read (it raised KeyError: the body was filed under its pre-alias key)
    article = rufacts.extract("Главой новосибирского управления МВД назначен полковник. "
                              "Позже глава МВД выступил перед журналистами.")
    assert article.error is None and any("МВД" in o.name for o in article.organizations)


@pytest.mark.parametrize("words, name", [
    ("пресс-служба Кремля", "пресс-служба Кремля"),  # a lower-case head: the genitive is its own
    ("секретариат Агентства", "секретариат Агентства"),
    ("Тинькофф Банка", "Тинькофф Банк"),  # a frozen pair of capitalized words still is one
])
def test_lower_case_head_keeps_its_genitive(words, name):
    assert " ".join(normalize_words(get_morph(), words.split())) == name
