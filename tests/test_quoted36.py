"""Quoted, Latin-script and transliterated company names (family quoted36): a genitive after a noun
of a company's shares ("котировки", lexicons/org_slot_nouns.txt), also where the word reads as a
plural nominative too ("акции «Белки»", entities/quoted.py); a locative in a sibilant or soft sign + к
+ -е is a feminine diminutive's in -ка (lexicons/org_name_endings.tsv); a transliterated name opened by
a foreign vowel and closed by a word that is no noun in an oblique case stands as written
(entities/org_quoted_forms.py); a Latin acronym after a place's feminine adjective is a company
(entities/org_place_acronyms.py)."""
from __future__ import annotations

import rufacts


def _orgs(text):
    return {text[m.start:m.stop]: o.name for o in rufacts.extract(text).organizations for m in o.mentions}


def test_genitive_after_quotes_noun():
    assert _orgs("Котировки «Сурка» за неделю выросли на пятую часть.").get("Сурка") == "Сурок"


def test_genitive_that_also_reads_as_a_plural():
    assert _orgs("Акции «Кефали» резко подешевели в пятницу.").get("Кефали") in ("Кефаль",)


def test_locative_of_a_diminutive_in_ka():
    assert _orgs("В «Горлинке» заявили, что контракт продлён.").get("Горлинке") == "Горлинка"


def test_locative_of_a_consonant_stem_stays_masculine():
    assert _orgs("В «Промтехбанке» заявили, что контракт продлён.").get("Промтехбанке") == "Промтехбанк"


def test_transliterated_name_stands_as_written():
    names = {o.name for o in rufacts.extract("Сделку с «Тэгде Ровем» одобрили акционеры.").organizations}
    assert "Тэгде Ровем" in names


def test_latin_acronym_after_a_feminine_demonym():
    orgs = {o.name for o in rufacts.extract("Шведская QRT первой отказалась от поставок.").organizations}
    assert "QRT" in orgs


def test_locative_of_an_unknown_feminine_in_nka():
    assert _orgs("В «Черничанке» пояснили, что поставки возобновятся.").get("Черничанке") == "Черничанка"


def test_locative_of_an_unknown_masculine_in_ik_stays():
    assert _orgs("В «Агрохимике» пояснили, что поставки возобновятся.").get("Агрохимике") == "Агрохимик"


def test_trade_tail_declines_after_a_frozen_word():
    names = {o.name for o in rufacts.extract("Соглашение с «Лейквуд Майнингом» подписано в Лондоне.").organizations}
    assert "Лейквуд Майнинг" in names


def test_trade_tail_genitive_after_a_shares_noun():
    assert _orgs("Бумаги «Ривербенд Шиппинга» выросли на 4%.").get("Ривербенд Шиппинга") == "Ривербенд Шиппинг"
