"""Organization names after the second wave (session 24): a unit before its institution, bodies
the tagger misses at a sentence's start or behind a capitalized head, quoted clubs and companies
in oblique cases, kind abbreviations before quotes. Real pipeline, sentences of our own."""
from __future__ import annotations

import pytest

import rufacts


def _names(text: str) -> set[str]:
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name, unit", [
    ("Попечительский совет Томского политехнического университета собрался в среду.",
     "Томский политехнический университет", "совет"),
    ("Кафедра Иркутского медицинского университета объявила набор.",
     "Иркутский медицинский университет", "Кафедра"),
    ("Пресс-служба Курганского областного театра кукол сообщила о премьере.",
     "Курганский областной театр кукол", "Пресс-служба"),
])
def test_unit_before_institution_stays_out(text, name, unit):
    names = _names(text)
    assert name in names
    assert not any(unit.lower() in n.lower() for n in names)


def test_acronym_owner_keeps_its_unit():
    # a unit of a body named by an acronym stays one body ("пресс-служба МЧС")
    names = _names("По данным пресс-службы МЧС по Самарской области, пожар потушен.")
    assert any(n.lower().startswith("пресс-служба") for n in names)


def test_sentence_start_commission_in_instrumental():
    names = _names("Нижнекамской районной избирательной комиссией отклонены две заявки.")
    assert "Нижнекамская районная избирательная комиссия" in names


def test_capitalized_head_with_genitive_complement():
    names = _names("Благодаря Фонду сохранения народных промыслов мастерская получила станки.")
    assert "Фонд сохранения народных промыслов" in names


@pytest.mark.parametrize("text, name", [
    ("Главным редактором ТРК «Алтай-Медиа» стал Пётр Сомов.", "Алтай-Медиа"),
    ("Инженеры НИИ «Электроприбор» представили новый датчик.", "Электроприбор"),
])
def test_kind_abbreviation_is_no_part_of_the_name(text, name):
    assert name in _names(text)


def test_quoted_plural_club_after_city_adjective():
    names = _names("Нападающего тюменских «Белых медведей» вызвали в сборную.")
    assert "Белые медведи" in names
    assert not any(n.lower().startswith("тюменск") for n in names)


def test_quoted_club_the_tagger_took_for_a_place():
    names = _names("Игра между «Северным причалом» и «Метеором» закончилась вничью.")
    assert "Северный причал" in names


def test_hyphenated_quoted_name_after_compound_descriptor():
    names = _names("Сделку заключили с интернет-провайдером «Ока-Телеком» в марте.")
    assert "Ока-Телеком" in names


def test_latin_name_of_several_words_after_a_descriptor():
    from spacy.tokens import Span

    from rufacts.entities.org_latin_tail import latin_tails

    doc = rufacts.load()("Заказ получил концерн Škoda transportation, а не его соперники.")
    first = next(t.i for t in doc if t.text.startswith("Škoda"))
    grown = latin_tails(doc, [Span(doc, first, first + 1, label="ORG")])  # the tagger's cut name
    assert [s.text for s in grown] == ["Škoda transportation"]


def test_genitive_noun_before_a_subject_body_stays_out():
    names = _names("Закупку мебели для больницы Липецкое УФАС признало незаконной.")
    assert "Липецкое УФАС" in names
