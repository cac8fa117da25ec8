"""Tests of the pymorphy3 morphology component (rufacts.components.morph):
lemma, universal POS and UD features on the tokens of the real pipeline.

The analysis is context-free (most probable parse of the form), so the table
uses forms whose most probable reading is also the right one in the sentence.
"""
from __future__ import annotations

import pytest

from rufacts.components.morph import MorphTagger


def token(doc, text: str):
    matches = [t for t in doc if t.text == text]
    assert matches, f"{text!r} is not a token of {doc.text!r}"
    return matches[0]


# (sentence, token, lemma, pos, features the token must have)
WORDS = [
    ("Пресс-служба мэрии Москвы сообщила об этом.", "Москвы", "москва", "PROPN",
     {"Case": "Gen", "Number": "Sing", "Gender": "Fem"}),
    ("Пресс-служба мэрии Москвы сообщила об этом.", "мэрии", "мэрия", "NOUN", {"Case": "Gen"}),
    ("Пресс-служба мэрии Москвы сообщила об этом.", "сообщила", "сообщить", "VERB",
     {"Gender": "Fem", "Number": "Sing"}),
    ("Губернатор встретился с жителями Казани.", "жителями", "житель", "NOUN",
     {"Case": "Ins", "Number": "Plur", "Animacy": "Anim"}),
    ("Губернатор встретился с жителями Казани.", "Губернатор", "губернатор", "NOUN",
     {"Case": "Nom", "Animacy": "Anim"}),
    ("Депутаты Госдумы приняли закон о торговле.", "торговле", "торговля", "NOUN",
     {"Case": "Loc"}),
    ("Депутаты Госдумы приняли закон о торговле.", "Депутаты", "депутат", "NOUN",
     {"Case": "Nom", "Number": "Plur"}),
    ("Студенты сдавали экзамены в университетах.", "университетах", "университет", "NOUN",
     {"Case": "Loc", "Number": "Plur"}),
    ("Сергей Собянин открыл новую станцию метро.", "Сергей", "сергей", "PROPN",
     {"Case": "Nom", "Gender": "Masc"}),
    ("Сергей Собянин открыл новую станцию метро.", "новую", "новый", "ADJ",
     {"Case": "Acc", "Gender": "Fem"}),
    ("Сергей Собянин открыл новую станцию метро.", "открыл", "открыть", "VERB",
     {"Gender": "Masc"}),
    ("Министр встретился с Владимиром Путиным в Кремле.", "Путиным", "путин", "PROPN",
     {"Case": "Ins"}),
    ("Министр встретился с Владимиром Путиным в Кремле.", "с", "с", "ADP", {}),
    ("Цены на нефть выросли, а курс рубля упал.", "а", "а", "CCONJ", {}),
    ("Цены на нефть выросли, а курс рубля упал.", "рубля", "рубль", "NOUN",
     {"Case": "Gen", "Number": "Sing"}),
    ("Он уже работал в Новосибирской области.", "Он", "он", "PRON", {"Case": "Nom"}),
    ("Он уже работал в Новосибирской области.", "Новосибирской", "новосибирский", "ADJ",
     {"Gender": "Fem"}),
    ("Он быстро ответил на вопросы журналистов.", "быстро", "быстро", "ADV", {}),
    ("Отчёты опубликовали журналисты агентства.", "Отчёты", "отчёт", "NOUN",
     {"Number": "Plur"}),
    ("Президент подписал указ о пятистах премиях.", "подписал", "подписать", "VERB", {}),
]


@pytest.mark.parametrize(("sentence", "text", "lemma", "pos", "feats"), WORDS,
                         ids=[f"{w[1]}-{w[2]}" for w in WORDS])
def test_morph_lemma_pos_features(nlp, sentence, text, lemma, pos, feats):
    t = token(nlp(sentence), text)
    assert t.lemma_ == lemma
    assert t.pos_ == pos
    morph = t.morph.to_dict()
    for key, value in feats.items():
        assert morph.get(key) == value, (key, str(t.morph))


# (sentence, token, pos): tokens that are not words keep their text as lemma
SHAPES = [
    ("Выручка выросла на 1,5 млн рублей.", "1,5", "NUM"),
    ("Технополис основан в 2012 году.", "2012", "NUM"),
    ("Цех № 5 открыт 11.12.2015.", "11.12.2015", "NUM"),
    ("Сделку закрыли в 1990-х годах.", "1990-х", "NUM"),
    ("Мэр Москвы сказал: «Это важно».", "«", "PUNCT"),
    ("Мэр Москвы сказал: «Это важно».", ":", "PUNCT"),
    ("Мэр Москвы сказал: «Это важно».", ".", "PUNCT"),
    ("Итоги — в конце года!", "—", "PUNCT"),
    ("Итоги — в конце года!", "!", "PUNCT"),
    ("Первый абзац.\n\nВторой абзац.", "\n\n", "SPACE"),
    ("Цены    выросли.", "   ", "SPACE"),  # two or three spaces read as one: four for a gap
    ("Колонка\tтаблицы", "\t", "SPACE"),
    ("Сумма 10\u00a0\u00a0\u00a0\u00a0млн рублей.", "   ", "SPACE"),  # no-break spaces read as plain ones
]


@pytest.mark.parametrize(("sentence", "text", "pos"), SHAPES, ids=[repr(s[1]) for s in SHAPES])
def test_morph_shapes(nlp, sentence, text, pos):
    t = token(nlp(sentence), text)
    assert t.pos_ == pos
    assert t.lemma_ == text
    assert str(t.morph) == ""


# Latin words have no pymorphy3 grammar: proper noun when capitalized, lowercased lemma
LATIN = [
    ("Компания NeoPhotonics открыла производство.", "NeoPhotonics", "neophotonics", "PROPN"),
    ("Смартфоны Apple подорожали.", "Apple", "apple", "PROPN"),
    ("Сервис работает через app на телефоне.", "app", "app", "X"),
]


@pytest.mark.parametrize(("sentence", "text", "lemma", "pos"), LATIN, ids=[w[1] for w in LATIN])
def test_morph_latin(nlp, sentence, text, lemma, pos):
    t = token(nlp(sentence), text)
    assert (t.lemma_, t.pos_) == (lemma, pos)


def test_morph_every_token_is_tagged(nlp):
    doc = nlp("Глава «Ростеха» Сергей Чемезов 5 марта 2020 года посетил завод в Казани.\n")
    assert all(t.pos_ for t in doc)
    assert all(t.lemma_ for t in doc)


def test_morph_analysis_is_cached(nlp):
    tagger = nlp.get_pipe("rufacts_morph")
    assert isinstance(tagger, MorphTagger)
    first = tagger.analyze("Собянина")
    assert tagger.analyze("Собянина") is first
    assert first[0] == "собянин"


def test_morph_letters_without_unicode_name(nlp):
    """pymorphy3 calls unicodedata.name() on every character, which raises on letters
    that have none (Tangut U+17000..); the analysis must not."""
    doc = nlp("Текст \U00017000 без имени")
    assert doc[1].text == "\U00017000"
    assert doc[1].pos_ in ("X", "PROPN")
