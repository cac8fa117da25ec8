"""Session 45, family foreign4545 (w392): foreign people's names in oblique cases.

- Both parts of a foreign man's name in the prepositional: after a declined given name no Italian one
  (Грэме, Майкле), a surname in a double consonant and -оне is a consonant stem's case, not the
  declension table's Italian -оне standing as written (entities/name_declined_pair.py); after an
  Italian given name or one standing as written, it stands ("о Джузеппе Маццоне").
- A given name in -е the dictionary lacks, beside a surname that stands as written, is the case of a man's
  given name the peoples' lexicons list (Штефане: Штефан), not a name as written; a listed name in -е
  as written (Василе) stays.
- Hungarian women's names in -етт (lexicons/name_foreign_first_names.tsv, name_origins.tsv).
- A lone foreign surname the tagger missed right after a preposition: a Gaelic opening (Мак-) after a
  preposition of persons, or a word that takes a person with that preposition in the clause
  (lexicons/name_foreign_governors.tsv: "потребовали от", "изъяли у"); not a place or a firm the
  dictionary knows, not a body the tagger read as one ("У Гринписа изъяли").
"""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # both parts in the prepositional
    ("Редакция вспоминает о Майкле Саттоне, который основал в Иркутске языковую школу.", "Майкл Саттон"),
    ("Фильм рассказывает о шотландском враче Питере Маккинноне.", "Питер Маккиннон"),
    ("Соседи часто говорят о Дональде Кэнноне, который держит конюшню.", "Дональд Кэннон"),
    # a listed given name's case beside a surname standing as written
    ("На рынке вспоминали о Штефане Гырлэ, который привозил мёд из Оргеева.", "Штефан Гырлэ"),
    # a Hungarian woman's name in -етт
    ("О Бернадетт Молнар, которая возглавила пекарню, узнали в Казани.", "Бернадетт Молнар"),
    # a lone foreign surname after a preposition
    ("Без Макнилла клуб не выиграл ни одного матча.", "Макнилл"),
    ("От Озтюрека потребовали вернуть залог до конца месяца.", "Озтюрек"),
    ("От Кылыча потребовали вернуть залог.", "Кылыч"),
])
def test_foreign_oblique(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    # an Italian given name, or one standing as written: the surname in -оне stands too
    ("О Джузеппе Маццоне, который держит тратторию в Казани, знают все.", "Джузеппе Маццоне"),
    ("Газеты много писали о Марко Карбоне.", "Марко Карбоне"),
    # a listed given name in -е as written
    ("Говорили о Василе Попеску, который выращивает виноград.", "Василе Попеску"),
    # a surname the dictionary knows stays its own
    ("Книга о Джеймсе Гордоне вышла весной.", "Джеймс Гордон"),
])
def test_neighbours_kept(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, word", [
    ("От Кагула до Кишинёва два часа езды.", "Кагул"),
    ("От Сбербанка потребовали объяснений.", "Сбербанк"),
    ("У Гринписа изъяли документы.", "Гринпис"),
    ("Без Макдоналдса город жил спокойно.", "Макдоналдс"),
    ("От Стамбула потребовали ответа.", "Стамбул"),
])
def test_no_person(text, word):
    assert not any(word in name for name in _persons(text))
