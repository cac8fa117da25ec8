"""Name families of round 22 (real pipeline, own sentences, not in the gold files):
Azerbaijani and Turkish surnames in -лы and -джи that stand unchanged (lexicons/name_endings.tsv,
class tr-li); the Igbo first name Оби before a surname the dictionary lacks
(lexicons/foreign_names.tsv); the Tuvan man's name Саян beside the woman's Саяна
(lexicons/name_peoples_first.tsv); the legal forms of state institutions by trade (ФГБНУ, ГАУЗ,
МБДОУ: lexicons/legal_forms.txt); a quoted name after a place adjective and its descriptor, in
apposition as written (entities/geo.py); a team's veterans and newcomers before its quoted name
(lexicons/org_slot_nouns.txt); the nominative plural the press writes where the dictionary files it
as informal ("ястребы": lexicons/plural_nominatives.tsv, grammars/morph.py)."""
import pytest

from names_cases import org_name, person_at

TURKIC = [
    ("На турнире в Шуше победил Эльчин Гусейнлы.", "Эльчин Гусейнлы", ("Эльчин", "Гусейнлы")),
    ("Интервью у Рашада Шахбазлы взяли после финала.", "Рашада Шахбазлы", ("Рашад", "Шахбазлы")),
    ("Контракт с Эмре Демирджи продлили на два года.", "Эмре Демирджи", ("Эмре", "Демирджи")),
    ("Проект поручили Орхану Кахведжи, архитектору из Измира.", "Орхану Кахведжи", ("Орхан", "Кахведжи")),
    ("Выставка работ Севиль Асадлы открылась в Баку.", "Севиль Асадлы", ("Севиль", "Асадлы")),
]


@pytest.mark.parametrize("text, mention, parts", TURKIC)
def test_turkic_surnames_in_ly_and_dzhi_stand_unchanged(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def test_a_russian_surname_in_consonant_and_la_still_declines():
    got = person_at("Опыты Николы Теслы описали в новой книге.", "Николы Теслы")
    assert got is not None and got[3] == "Тесла"


IGBO = [
    ("Защитник Оби Нвокедике забил гол.", "Оби Нвокедике", ("Оби", "Нвокедике")),
    ("Новый гол забил Оби Анеке.", "Оби Анеке", ("Оби", "Анеке")),
]


@pytest.mark.parametrize("text, mention, parts", IGBO)
def test_obi_before_an_unknown_surname_is_the_first_name(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def test_obi_after_a_first_name_is_the_surname():
    got = person_at("Передачу отдал Джон Оби.", "Джон Оби")
    assert got is not None and (got[1], got[3]) == ("Джон", "Оби")


def test_tuvan_man_sayan_in_the_genitive():
    got = person_at("Сольный концерт Саяна Чооду собрал полный зал.", "Саяна Чооду")
    assert got is not None and (got[1], got[3]) == ("Саян", "Чооду")


def test_tuvan_woman_sayana_stays_hers():
    got = person_at("Саяна Монгуш выступила на открытии сезона.", "Саяна Монгуш")
    assert got is not None and (got[1], got[3]) == ("Саяна", "Монгуш")


LEGAL = [
    ("Учёные ФГБНУ «Алтайский центр агробиотехнологий» испытали новый сорт.",
     "ФГБНУ «Алтайский центр агробиотехнологий»", "Алтайский центр агробиотехнологий"),
    ("Главврач ГАУЗ «Детская больница № 7» ответил на вопросы.", "ГАУЗ «Детская больница № 7»",
     "Детская больница № 7"),
    ("Воспитатели МБДОУ «Детский сад № 12» провели утренник.", "МБДОУ «Детский сад № 12»",
     "Детский сад № 12"),
    ("Сотрудники ФГБУН «Институт физики полупроводников» запатентовали датчик.",
     "ФГБУН «Институт физики полупроводников»", "Институт физики полупроводников"),
    ("Тарифы МП «Горэлектросеть» вырастут с июля.", "МП «Горэлектросеть»", "Горэлектросеть"),
]


def test_a_legal_form_joins_the_bare_name_later():
    """A name with its legal form and the bare name after it are one organization (МП, ФГБУН)."""
    import rufacts
    record = rufacts.extract("Директором МП «Горсвет» назначен Иван Петров. В «Горсвете» пообещали "
                             "заменить фонари до зимы.").as_json()
    assert [len(o["mentions"]) for o in record["organizations"]] == [2], record["organizations"]


@pytest.mark.parametrize("text, mention, name", LEGAL)
def test_state_institution_legal_forms(text, mention, name):
    assert org_name(text, mention) == name


PLACE_DESCRIBED = [
    ("Права продали индонезийской корпорации «Калимантана Ресорсез».", "Калимантана Ресорсез",
     "Калимантана Ресорсез"),
]


@pytest.mark.parametrize("text, mention, name", PLACE_DESCRIBED)
def test_quoted_name_after_place_adjective_and_descriptor_as_written(text, mention, name):
    assert org_name(text, mention) == name


def test_quoted_name_after_place_adjective_alone_declines():
    assert org_name("Болельщики встретили воронежский «Факел» на вокзале.", "Факел") == "Факел"


TEAMS = [
    ("Ветеран «Северных медведей» открыл хоккейную школу в родном городе.", "Северных медведей",
     "Северные медведи"),
    ("Новичок «Речных котов» забил в первом же матче.", "Речных котов", "Речные коты"),
    ("Защитник «Полярных ястребов» пропустит три игры.", "Полярных ястребов", "Полярные ястребы"),
    ("Сезон в «Таёжных ястребах» начался с поражения.", "Таёжных ястребах", "Таёжные ястребы"),
]


@pytest.mark.parametrize("text, mention, name", TEAMS)
def test_team_names(text, mention, name):
    assert org_name(text, mention) == name
