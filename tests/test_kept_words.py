"""Lexemes kept past the memory zone (rufacts.components.kept_words): a word of two different
articles keeps its lexeme, a word of one article (or of one article read twice) does not, and the
records are those of a pipeline that keeps every word."""
from __future__ import annotations

from rufacts.pipeline import Pipeline, load

ARTICLES = [
    ("1", "Звездолётный завод «Орбита» открыли в Сыктывкаре 3 мая.", {}),
    ("2", "Звездолётный завод «Орбита» закрыли в Нарьян-Маре.", {}),
    ("3", "Звездолётный завод «Орбита» открыли в Сыктывкаре 3 мая.", {}),  # the first, again
]


def test_words_of_two_articles_keep_their_lexemes():
    nlp = load()
    pipeline = Pipeline(nlp)
    first = [a.as_json() for a in pipeline.pipe(ARTICLES[:1])]
    assert "Звездолётный" not in nlp.vocab.strings  # one article: dropped with its zone
    second = [a.as_json() for a in pipeline.pipe(ARTICLES[1:2])]
    assert "Звездолётный" in nlp.vocab.strings and "Орбита" in nlp.vocab.strings
    assert nlp.vocab["Звездолётный"].is_title  # a lexeme with its attributes
    assert "Нарьян-Маре" not in nlp.vocab.strings  # the second article's own word
    third = [a.as_json() for a in pipeline.pipe(ARTICLES[2:])]
    assert "Сыктывкаре" not in nlp.vocab.strings  # the same text twice counts once
    plain = [a.as_json() for a in Pipeline(load(), memory_zone=False).pipe(ARTICLES)]
    assert first + second + third == plain


def test_kept_words_are_bounded():
    nlp = load()
    pipeline = Pipeline(nlp)
    pipeline.kept.max_kept = 3
    list(pipeline.pipe(ARTICLES[:2]))
    assert len(pipeline.kept.kept) == 3
