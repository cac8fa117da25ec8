"""Quoted organization names of words the dictionary lacks: a foreign name of unknown words opened by
a vowel foreign words end in stands as written (rufacts.entities.org_quoted_forms.foreign_opening), a
brand closed by a city's name in the locative, dative or instrumental takes the city's nominative
(place_closing), a guess that cuts an unknown word to a stump is none (rufacts.entities.normal), a
plural's accusative is no declined form of a one-word name (rufacts.entities.org_case.stands_unchanged),
and a name as written after its descriptor names the body over a guess from a declined mention
(rufacts.components.entities.group_named)."""
import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


def _name(text, word):
    return next(name for mention, name in _orgs(text).items() if word in mention)


def test_foreign_name_opened_by_a_vowel_stands():
    assert _name("Акции «Мицуи Фудосан» подешевели на 3%.", "Фудосан") == "Мицуи Фудосан"


def test_foreign_name_in_the_locative_stands():
    assert _name("Он сорок лет прослужил в «Комеди Франсез», а потом преподавал.", "Франсез") == "Комеди Франсез"


def test_city_closing_a_brand_goes_to_the_nominative():
    assert _name("На «Сибур Тобольске» запустили новую печь пиролиза.", "Тобольск") == "Сибур Тобольск"


def test_genitive_place_of_a_name_stays():
    assert _name("Отделение «Сбербанк России» на Ленина закрылось.", "России") == "Сбербанк России"


def test_no_stump_from_an_unknown_word():
    assert _name("Пенсионеры из года в год выписывают «Кыым» и районную газету.", "Кыым") == "Кыым"


def test_plural_accusative_is_no_declined_form():
    assert _name("Заметка о юбилее школы вышла в «Ильчи» на прошлой неделе.", "Ильчи") == "Ильчи"


def test_name_after_descriptor_names_the_body():
    text = "Перестановки в «Самрук-Казыне» продолжились. Фонд «Самрук-Казына» назначил нового директора."
    assert {name for name in _orgs(text).values()} == {"Самрук-Казына"}
