"""A lone surname after a preposition that stands before places too ("на", "за", "перед", "над",
"под", "по"): a person where the slot is a person's (name_lone_governed.py and
lexicons/name_preposition_governors.tsv), a street where a man's genitive stands there with nothing
that takes a person. Real pipeline, own sentences (in no gold file)."""
import pytest

from names_cases import person_at
from rufacts.entities.name_lone_governed import governors

PERSONS = [  # each failed before these rules
    # a man's accusative after "на", with a verb before it that takes a person with "на"
    ("Вину за сорванные сроки свалили на Мизгирёва.", "Мизгирёва", "Мизгирёв"),
    # a woman's accusative after "на"
    ("Все надежды болельщики возлагают на Скоробогатову.", "Скоробогатову", "Скоробогатова"),
    # the tagger's place of two words: no possessive's dative after "на"
    ("Жильцы нажаловались на Кукушкину прокурору.", "Кукушкину", "Кукушкина"),
    # an instrumental after "перед": a person, a place would end in -овом
    ("Перед Кочумасовым встала задача удержать клуб в лиге.", "Кочумасовым", "Кочумасов"),
    # the dictionary has the word only as a common noun or adjective (лапина, стрелковый) that cannot
    # fill the slot, and a word before takes a person there
    ("Претензии к Лапиной у жильцов накопились давно.", "Лапиной", "Лапина"),
    ("Надзор за Стрелковой суд продлил ещё на полгода.", "Стрелковой", "Стрелкова"),
]


@pytest.mark.parametrize("text, mention, last", PERSONS)
def test_lone_surname_in_a_persons_slot(text, mention, last):
    assert person_at(text, mention) == (last, None, None, last)


STREETS = [  # each was a person before these rules
    ("Магазин на Лермонтова закроют на ремонт.", "Лермонтова"),
    ("Троллейбусы пустят по Белинского и Пирогова.", "Белинского"),
    ("Троллейбусы пустят по Белинского и Пирогова.", "Пирогова"),
    ("Соседи жаловались на шум на Кутузова.", "Кутузова"),
]


@pytest.mark.parametrize("text, mention", STREETS)
def test_street_of_a_mans_name_is_no_person(text, mention):
    assert person_at(text, mention) is None


KEPT = [  # a person the tagger found with a cue; a common noun with none (the homograph needs a cue)
    ("Избиратели проголосовали за Лермонтова.", "Лермонтова", ("Лермонтов", None, None, "Лермонтов")),
    ("Туристы вернулись на Родину в субботу.", "Родину", None),
    ("Ветераны защищали Родину под Москвой.", "Родину", None),  # the noun fits the verb's slot
    ("Все камеры были направлены на Пескова.", "Пескова", ("Песков", None, None, "Песков")),  # no street's man
]


@pytest.mark.parametrize("text, mention, want", KEPT)
def test_kept(text, mention, want):
    assert person_at(text, mention) == want


def test_table_reads_prepositions():
    table = governors()
    assert "на" in table["жалоба"] and "за" in table["проголосовать"]
