"""Person normal forms of session 28: a Korean name whose family name is declined too
(names_asian.declined_family), a name a dash links to a nominative noun (name_dash_predicate), a word
alone after an office (name_office_surname)."""
import pytest

import rufacts


def _parts(text):
    return {m["text"]: (p["first"], p["middle"], p["last"])
            for p in rufacts.extract(text).as_json()["persons"] for m in p["mentions"]}


@pytest.mark.parametrize("text, mention, parts", [
    ("Мир ждал перемен после смерти Кима Чен Ира в декабре.", "Кима Чен Ира", ("Чен Ир", None, "Ким")),
    ("Журналисты долго беседовали с Кимом Чен Иром о поэзии.", "Кимом Чен Иром", ("Чен Ир", None, "Ким")),
    ("Книгу воспоминаний Хвана Чжан Епа издали в Сеуле.", "Хвана Чжан Епа", ("Чжан Еп", None, "Хван")),
    ("Ким Чен Ир посетил завод.", "Ким Чен Ир", ("Чен Ир", None, "Ким")),
])
def test_declined_korean_family_name(text, mention, parts):
    assert _parts(text).get(mention) == parts


@pytest.mark.parametrize("text, mention, parts", [
    ("В жюри вошли Ннека Угбома — куратор из Лагоса, и Пётр Орлов — художник.",
     "Ннека Угбома", ("Ннека", None, "Угбома")),
    ("Докладчики: Тору Камикава - профессор из Киото, Анна Белова - историк.",
     "Тору Камикава", ("Тору", None, "Камикава")),
])
def test_dash_nominative(text, mention, parts):
    assert _parts(text).get(mention) == parts


def test_dash_after_a_governing_word_is_no_cue():
    parts = _parts("Встреча с Иваном Петровым — директором завода — прошла в Москве.")
    assert parts.get("Иваном Петровым") == ("Иван", None, "Петров")


@pytest.mark.parametrize("text, mention, parts", [
    ("Бывший вице-президент Гор выступил на климатическом форуме.", "Гор", (None, None, "Гор")),
    ("Делегация встретилась с вице-президентом Гором в Белом доме.", "Гором", (None, None, "Гор")),
])
def test_office_takes_a_surname(text, mention, parts):
    assert _parts(text).get(mention) == parts


@pytest.mark.parametrize("text, mention, parts", [
    ("Папа Франциск отслужил мессу на площади.", "Франциск", ("Франциск", None, None)),
    ("Депутат Алексей выступил против закона.", "Алексей", ("Алексей", None, None)),
])
def test_given_name_titles_and_common_names_stay(text, mention, parts):
    assert _parts(text).get(mention) == parts


@pytest.mark.parametrize("text, mention, parts", [
    ("Бразильский арбитр Карлос Симон показал две жёлтые карточки.", "Карлос Симон", ("Карлос", None, "Симон")),
    ("Защитник Аарон Хики пропустит остаток сезона.", "Аарон Хики", ("Аарон", None, "Хики")),
    ("Повестку получил Иванов Иван.", "Иванов Иван", ("Иван", None, "Иванов")),
])
def test_common_first_name_opens_a_foreign_pair(text, mention, parts):
    assert _parts(text).get(mention) == parts


@pytest.mark.parametrize("text, mention, parts", [
    ("Нетаньяху не договорился с Бенни Ганцем о ротации.", "Бенни Ганцем", ("Бенни", None, "Ганц")),
    ("Сторонники Гора требовали пересчёта голосов.", "Гора", (None, None, "Гор")),
    ("Писатель Гор Видал дал интервью.", "Гор Видал", ("Гор", None, "Видал")),
])
def test_foreign_surnames_of_the_lexicon(text, mention, parts):
    assert _parts(text).get(mention) == parts


@pytest.mark.parametrize("text, mention, parts", [
    ("Суд в Париже рассмотрел иск, связанный с Аркади Гайдамаком.", "Аркади Гайдамаком", ("Аркади", None, "Гайдамак")),
    ("Интервью Хадиджи Бенсалем вышло в субботу.", "Хадиджи Бенсалем", ("Хадиджа", None, "Бенсалем")),
])
def test_woman_surname_as_written_is_no_dictionary_case(text, mention, parts):
    assert _parts(text).get(mention) == parts
