"""Titles, sees and honorifics around names (entities/name_honorifics.py, entities/name_regnal.py,
entities/name_office_surname.py, entities/names_missed.py): a see's or a realm's adjective after its
title is no person and no part of the holder's name; a place's genitive after a rank is the see; a
monastic name with the secular surname in brackets is one person; a surname the dictionary lacks after
"аятолла" is a person, as written; a regnal given name declines; folk figures are no persons."""
import pytest

import rufacts


def _people(text):
    return {tuple(p.replace("ё", "е") if p else p for p in (person.name, person.first, person.middle, person.last)):
            [m.text for m in person.mentions] for person in rufacts.extract(text).persons}


def _person(text, mention):
    article = rufacts.extract(text)
    start = text.index(mention)
    for person in article.persons:
        if any(m.start < start + len(mention) and start < m.stop for m in person.mentions):
            return tuple(p.replace("ё", "е") if p else p
                         for p in (person.name, person.first, person.middle, person.last))
    return None


@pytest.mark.parametrize("text, word", [
    ("Свадьбу герцогини Корнуольской показали по телевидению.", "Корнуольской"),
    ("Новый глава церкви стал патриархом Антиохийским в сентябре.", "Антиохийским"),
    ("Лауреатов премии принцессы Астурийской объявили в июне.", "Астурийской"),
    ("Делегация передала папе Римскому приглашение посетить Казань.", "Римскому"),
    ("Он стал пятым Сербским Патриархом за полвека.", "Сербским"),
])
def test_see_adjective_after_its_title_is_no_person(text, word):
    assert not any(word in m for mentions in _people(text).values() for m in mentions)


@pytest.mark.parametrize("text, mention, parts", [
    ("Фото супруги принца герцогини Сассекской Меган появилось в сети.", "Меган", ("Меган", None, None)),
    ("Литургию возглавил митрополит Пловдивский Николай.", "Николай", ("Николай", None, None)),
])
def test_name_after_the_see_is_the_given_name(text, mention, parts):
    got = _person(text, mention)
    assert got is not None and got[1:] == parts


@pytest.mark.parametrize("text", [
    "Кардинала в 2001 году перевели из Ньюарка, где он был архиепископом Ньюарка почти пятнадцать лет.",
    "Ватикан утвердил назначение архиепископа Ньюарка.",
])
def test_see_genitive_after_a_rank_is_no_person(text):
    assert not any("Ньюарк" in m for mentions in _people(text).values() for m in mentions)


@pytest.mark.parametrize("text, mention, parts", [
    ("Митрополит Волоколамский Иларион (Алфеев) прочитал лекцию студентам.", "Иларион (Алфеев)",
     ("Иларион Алфеев", "Иларион", None, "Алфеев")),
    ("Письмо подписал епископ Пантелеимон (Шатов).", "Пантелеимон (Шатов)",
     ("Пантелеимон Шатов", "Пантелеимон", None, "Шатов")),
    ("Грамоту вручили игумену Петру (Мещеринову).", "Петру (Мещеринову)",
     ("Петр Мещеринов", "Петр", None, "Мещеринов")),
])
def test_monastic_name_with_secular_surname_is_one_person(text, mention, parts):
    assert _person(text, mention) == parts


def test_surname_after_ayatollah_stands_as_written():
    assert _person("Портрет аятоллы Хомейни висит в каждом кабинете.", "Хомейни") == \
        ("Хомейни", None, None, "Хомейни")


@pytest.mark.parametrize("text, mention, name", [
    ("Письмо папе Римскому Льву XIV вручил посол Италии.", "Льву XIV", "Лев XIV"),
    ("При патриархе Алексии I храмы не открывались.", "Алексии I", "Алексий I"),
])
def test_regnal_given_name_declines(text, mention, name):
    assert _person(text, mention) == (name, name, None, None)


@pytest.mark.parametrize("text", [
    "На главной площади детей встречали Дед Мороз и Снегурочка.",
    "Малыши отправили письма Деду Морозу в Великий Устюг.",
])
def test_folk_figures_are_no_persons(text):
    assert _people(text) == {}


@pytest.mark.parametrize("text, mention, parts", [
    ("Усадьбу князя Вяземского отреставрировали к юбилею.", "Вяземского", (None, None, "Вяземский")),
    ("Выставку открыла графиня Толстая.", "Толстая", (None, None, "Толстая")),
])
def test_adjectival_surname_after_a_noble_title_is_the_surname(text, mention, parts):
    got = _person(text, mention)
    assert got is not None and got[1:] == parts
