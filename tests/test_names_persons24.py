"""Person names of round 24 (real pipeline, own sentences, not in the gold files): a person the
tagger took for an organization with the subject after it and its adjectives ("При Ринате ... речной
порт": entities/org_person_lead.py); a first name and a patronymic the dictionary reads as a surname
too, the surname after it tagged apart ("[Юрию Абрамовичу] [Фрумкину]"), and a first name and
patronymic left out before the surname ("Станиславу Игоревичу" + "[Малышко]": entities/name_given_before.py);
a noun for a person opening the sentence before initials (entities/names_spans.py); a woman with
initials, the subject of the feminine verb after her with nothing before her that could be
(entities/name_verb_agreement.py)."""
import pytest

from names_cases import org_name, person_at

PERSON_BEFORE_SUBJECT = [
    ("При Айрате Зарипове молочный комбинат сменил владельца.", "Айрате Зарипове", ("Айрат", None, "Зарипов")),
    ("При Тагире Нуриеве стекольный завод закрылся.", "Тагире Нуриеве", ("Тагир", None, "Нуриев")),
    ("При Фариде Сафиной районная больница получила томограф.", "Фариде Сафиной", ("Фарида", None, "Сафина")),
]


@pytest.mark.parametrize("text, mention, parts", PERSON_BEFORE_SUBJECT)
def test_a_person_before_the_subject_and_its_adjectives_is_no_organization(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and got[1:] == parts
    assert org_name(text, mention) is None


THREE_PARTS = [
    ("Главврачу поликлиники Юрию Абрамовичу Лифшицу объявили благодарность.", "Юрию Абрамовичу Лифшицу",
     ("Юрий", "Абрамович", "Лифшиц")),
    ("Главному инженеру Станиславу Игоревичу Малышко поручили подготовить отчёт.", "Станиславу Игоревичу Малышко",
     ("Станислав", "Игоревич", "Малышко")),
    ("Главному бухгалтеру Ольге Петровне Сидоренко объявили выговор.", "Ольге Петровне Сидоренко",
     ("Ольга", "Петровна", "Сидоренко")),
]


@pytest.mark.parametrize("text, mention, parts", THREE_PARTS)
def test_first_name_patronymic_and_surname_are_three_parts(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and got[1:] == parts


OPENING_NOUN = [
    ("Зоотехник Н. П. Лузгин создал племенную ферму.", "Н. П. Лузгин", ("Н.", "П.", "Лузгин")),
    ("Механизатор В. С. Кудрин отработал в совхозе сорок лет.", "В. С. Кудрин", ("В.", "С.", "Кудрин")),
    ("Доярка А. И. Пестова получила орден Ленина.", "А. И. Пестова", ("А.", "И.", "Пестова")),
]


@pytest.mark.parametrize("text, mention, parts", OPENING_NOUN)
def test_a_person_noun_opening_the_sentence_before_initials_is_no_first_name(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and got[1:] == parts


WOMEN = [
    ("В 1985 году Р. Г. Шагиахметова возглавила кафедру.", "Р. Г. Шагиахметова", "Шагиахметова"),
    ("Награду Е. П. Соломатина получила в Кремле.", "Е. П. Соломатина", "Соломатина"),
    ("Интервью З. К. Фатхутдинова дала районной газете.", "З. К. Фатхутдинова", "Фатхутдинова"),
]


@pytest.mark.parametrize("text, mention, last", WOMEN)
def test_a_woman_with_initials_is_the_subject_of_the_feminine_verb_after_her(text, mention, last):
    got = person_at(text, mention)
    assert got is not None and got[3] == last


def test_a_man_in_the_genitive_stays_where_the_verb_has_its_own_subject():
    got = person_at("Книгу Соломатина написала его вдова.", "Соломатина")
    assert got is not None and got[3] == "Соломатин"


OBLIQUE_HEAD = [
    ("При Ильгаме Шарафиеве Чистопольский часовой завод сменил владельца.", "Ильгаме Шарафиеве",
     ("Ильгам", None, "Шарафиев"), "Чистопольский часовой завод"),
    ("При Ильгаме Шарафиеве судостроительный завод «Прогресс» сменил владельца.", "Ильгаме Шарафиеве",
     ("Ильгам", None, "Шарафиев"), "Прогресс"),
]


@pytest.mark.parametrize("text, mention, parts, org", OBLIQUE_HEAD)
def test_a_name_in_an_oblique_case_before_a_body_is_a_person_apart(text, mention, parts, org):
    got = person_at(text, mention)
    assert got is not None and got[1:] == parts
    assert org_name(text, org) == org


def test_a_surname_after_min_is_no_ministry():
    # "Мин" + a surname the dictionary knows is no agency's word ("Минтрудом" is)
    got = person_at("Контракт с Рафаэлем Мингалиевым продлили на год.", "Рафаэлем Мингалиевым")
    assert got is not None and got[3] == "Мингалиев"


def test_a_particle_after_the_first_name_stays_in_the_surname():
    got = person_at("В Лиме вспоминают о Хосе Мануэле де ла Пуэнте.", "Хосе Мануэле де ла Пуэнте")
    assert got is not None and got[3] == "де ла Пуэнте"


def test_a_woman_reading_of_a_surname_the_dictionary_has_for_men_only():
    # the dictionary has Кротов for men only: "Кротову" is also a woman's accusative
    got = person_at("Лаборантку Н. С. Кротову наградили грамотой.", "Н. С. Кротову")
    assert got is not None and got[3] == "Кротова"


def test_a_surname_after_a_first_name_the_tagger_tagged_alone():
    got = person_at("Благодаря Ринату Хабибрахманову спортзал отремонтировали за месяц.", "Ринату Хабибрахманову")
    assert got is not None and got[1:] == ("Ринат", None, "Хабибрахманов")


def test_an_adjective_noun_opening_the_sentence_before_initials_is_no_first_name():
    got = person_at("Бригадирша О. Н. Лукашова вывела звено в передовики.", "О. Н. Лукашова")
    assert got is not None and got[1:] == ("О.", "Н.", "Лукашова")


@pytest.mark.parametrize("text, mention, last", [
    ("Весь отпуск Л. Н. Сабурова провела на раскопках.", "Л. Н. Сабурова", "Сабурова"),
    ("Памятный знак получила и Н. С. Мамонтова.", "Н. С. Мамонтова", "Мамонтова"),
])
def test_a_woman_with_initials_after_an_accusative_phrase_or_also(text, mention, last):
    got = person_at(text, mention)
    assert got is not None and got[3] == last
