"""Session 42, family persons42 (w371): people's normal forms.

- A German stem's oblique surname ("Линдбергу", "Ауэрбахом"... of -берг, -ман, -штейн) is no Portuguese
  -у nor ruled by a first name Portuguese shares with other peoples (entities/name_germanic_oblique.py).
- A Spanish name's case before a surname in -о; a person after "и" is no conjunct of a place governed by
  a preposition (entities/name_lusophone.py, entities/name_coordinated.py).
- An Ossetian given name's instrumental is no Japanese name as written (entities/names_asian.py).
- A Slavic man's surname in -е the predictor reads as a noun in -а is in -а (entities/name_slavic_a.py).
- A name between a plural verb and "и" + a nominative-only noun for a person is nominative
  (entities/name_and_nominative.py).
- Iberian names: a second given name in a case, a soft -ль given name, a surname in -нте as written, a
  woman's double surname left as written (entities/name_iberian_e.py, lexicons).
- An Indonesian given name in -и before a surname in -вати stands as written (entities/name_indonesian.py).
- A Tatar given name the tagger read as a place joins a declined surname (entities/name_peoples_first.py).
"""
import pytest

import rufacts


def _people(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, parts", [
    # German stems in a case after a first name Portuguese shares
    ("Премию вручили Эрику Линдбергу за вклад в науку.", ("Эрик", None, "Линдберг")),
    ("Компания, основанная Лукасом Ауэрштейном, вышла на биржу.", ("Лукас", None, "Ауэрштейн")),
    # a Spanish given name before a surname in -о; a place's conjunct
    ("Гранты получили Ирине Мельник из Гомеля и Фабиану Кинтеро из Лимы.", ("Фабиан", None, "Кинтеро")),
    # an Ossetian given name in the instrumental
    ("Разговор с Дзерассой Калоевой длился час.", ("Дзерасса", None, "Калоева")),
    # a Slavic man's surname in -а
    ("Земляки рассказали о Николае Степановиче Дзюбе.", ("Николай", "Степанович", "Дзюба")),
    ("Медаль вручили Сергею Ивановичу Кулибабе.", ("Сергей", "Иванович", "Кулибаба")),
    # a woman's initials and surname as the subject with a noun after "и"
    ("Соглашение подписали Т. Г. Воронина и директор завода.", ("Т.", "Г.", "Воронина")),
    # Iberian compound given names, -нте surnames, a woman's double surname as written
    ("Выставка работ Жоау Батисты Феррейры открылась в Сан-Паулу.", ("Жоау Батиста", None, "Феррейра")),
    ("Писатель Карла Соуза Матуш представила новую книгу.", ("Карла", None, "Соуза Матуш")),
    ("Фильм рассказывает о Мигеле Анхеле Эскаланте, враче из Севильи.", ("Мигель Анхель", None, "Эскаланте")),
    ("Жюри отметило Паулину Гарсия Кастро за лучший сценарий.", ("Паулина", None, "Гарсия Кастро")),
    # an Indonesian given name in -и
    ("Слово дали Ани Кусумавати из Джакарты.", ("Ани", None, "Кусумавати")),
    # a Tatar given name read as a place
    ("Корреспондент побеседовал с Марсом Хабибуллиным о сенокосе.", ("Марс", None, "Хабибуллин")),
])
def test_person_parts(text, parts):
    assert parts in _people(text)


@pytest.mark.parametrize("text, parts", [
    # neighbours that must not change
    ("Суд оправдал А. В. Сорокина и его водителя.", ("А.", "В.", "Сорокин")),
    ("Жизнь на Марсе Иванов не исключает.", (None, None, "Иванов")),
    ("О полёте на Марс Маск говорил давно.", (None, None, "Маск")),
    ("Режим Фульхенсио Батисты пал в 1959 году.", ("Фульхенсио", None, "Батиста")),
    ("Приз вручили Елене Вяльбе.", ("Елена", None, "Вяльбе")),
    ("Интервью с Юлианом Лукашевичем вышло вчера.", ("Юлиан", None, "Лукашевич")),
    ("О Павле Буре снят фильм.", ("Павел", None, "Буре")),
    ("Книга о Жуане Ребелу вышла в Лиссабоне.", ("Жуан", None, "Ребелу")),
])
def test_neighbours_unchanged(text, parts):
    assert parts in _people(text)
