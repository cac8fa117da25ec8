"""Session 40, family orgforms40 (w355): organizations whose nominative was misread.

- a quoted name of several words whose last word stands in the nominative as written does not decline,
  its first word as written too (entities/org_frozen_tails.py; lexicons/org_indeclinable_heads.txt): no
  Russian oblique case read in a coined or foreign first word, and a plural brand stays plural;
- a one-word quoted name the dictionary lacks in a consonant + -е right after a verb governing the dative
  is a noun in -а (entities/org_quoted_letters.dative_e_name, lexicons/org_dative_verbs.txt); a locative
  in a vowel + "нк", "вк", "йг" is a feminine's (lexicons/org_name_endings.tsv);
- a place's word the dictionary knows only as a noun, before an institution noun in an oblique case,
  agrees with it (entities/org_place_adjectives.py);
- a party or movement named in the plural inside a sentence is found (entities/org_plural_parties.py).
"""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Инженеры «Росатом Сервис Энерджи» завершили монтаж турбины.", "Росатом Сервис Энерджи"),
    ("Трудовая инспекция проверила «Бизком Групп» после жалоб водителей.", "Бизком Групп"),
    ("Работники «Мосгорсети Север» устранили аварию за ночь.", "Мосгорсети Север"),
    ("Тариф для «Водосети Приморье» повысят с июля.", "Водосети Приморье"),
    ("Директор «Оксиом Консалтинг» дал интервью газете.", "Оксиом Консалтинг"),
])
def test_quoted_name_with_nominative_tail_stands(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Акции «Газпром нефти» подорожали на бирже.", "Газпром нефть"),
    ("Клиенты «Почты Банка» пожаловались на сбой.", "Почта Банк"),
    ("Контракт с «Адмиралтейскими верфями» продлён.", "Адмиралтейские верфи"),
    ("Боевики входили в структуру «Вилайята Урал», запрещённого в России.", "Вилайят Урал"),  # a place is nominative in any slot
])
def test_declined_names_still_decline(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Вчера «Торпедо» уступило «Тукуме» на выезде.", "Тукума"),
    ("Сотрудники сети давно работают в «Горонке» на окраине.", "Горонка"),
    ("Новый тренер начнёт работу в «Липовке» с понедельника.", "Липовка"),
    ("В «Аяксе» подтвердили трансфер защитника.", "Аякс"),
])
def test_feminine_in_a_from_oblique_e(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Инспекторы Полистовского заповедника сосчитали журавлей.", "Полистовский заповедник"),
    ("Учёные Полистовского музея-заповедника открыли выставку.", "Полистовский музей-заповедник"),
])
def test_place_noun_agrees_with_institution(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Депутаты от Истинных финнов покинули зал заседаний.", "Истинные финны"),
    ("Съезд Защитников за чистую воду прошёл в Таллине.", "Защитники за чистую воду"),
])
def test_plural_parties(text, name):
    assert name in _orgs(text)


def test_surname_before_za_is_no_party():
    assert not _orgs("Сергей Борцов за свою карьеру сыграл сто матчей.")
