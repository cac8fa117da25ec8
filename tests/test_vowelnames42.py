"""Family vowelnames42 (session 42): foreign surnames in a vowel read as written or as the case of one
in -а by the endings their people's surnames have: Yoruba and Igbo surnames end in a vowel (origin
``nigerian``, lexicons/name_origin_declension.tsv), a Bantu opening binds the surname to a vowel whatever
the first name's people (name_origins._word, ``own``), Finnish has no surname in a hard -л, Portuguese
-озу (of -oso) stands, Slavic -ица declines after a woman's name (lexicons/name_surname_e.tsv), and a
surname in -аи, -еи, -ьи is no case of one in -ая (name_vowel_i). Sentences of this file's own, not the
gold's; the neighbours that must not change are beside them."""
import pytest

import rufacts


def _names(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # Igbo: no Оджукв in a consonant, the -у stands
    ("Контракт на поставку оборудования предложили Ннамди Оджукву из Энугу.", "Ннамди Оджукву"),
    # an Igbo surname in the market day's -фор declines as before
    ("Письмо с претензиями направили Ннамди Окафору.", "Ннамди Окафор"),
    # a Bantu opening: no Мбогот, whatever the first name's people allow
    ("Совет директоров поручил Хамиси Мбоготу провести аудит.", "Хамиси Мбоготу"),
])
def test_african_vowel_surnames(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Грамоту вручили библиотекарю Ирине Синице.", "Ирина Синица"),
    ("В отчёте говорится о Марии Гаврилице, бывшем министре.", "Мария Гаврилица"),
    ("Суд вынес приговор Ивану Синице.", "Иван Синица"),
    ("Премию вручили переводчице Жанне Краузе.", "Жанна Краузе"),  # a kept -аузе, as before
])
def test_slavic_itsa(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Финские газеты написали о Микко Коскела как о главном претенденте.", "Микко Коскела"),
    ("Финские газеты написали о Микко Коскеле как о главном претенденте.", "Микко Коскела"),
])
def test_finnish_no_hard_l(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, last", [
    ("Награду вручили бразильскому композитору Каэтану Кардозу.", "Кардозу"),  # no Кардоз
    ("Благодарность объявили Эдсону Рапозу.", "Рапозу"),  # as before
])
def test_portuguese_ozu(text, last):
    assert last in {p.last for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Иранские газеты опубликовали заявление Мохсена Резаи о выборах.", "Мохсен Резаи"),
    ("Решение Хаменеи стало неожиданностью для депутатов.", "Хаменеи"),
    ("Портрет Аглаи Петровны Смирновой висел в гостиной.", "Аглая Петровна Смирнова"),  # a given name declines
])
def test_vowel_i(text, name):
    assert name in _names(text)
