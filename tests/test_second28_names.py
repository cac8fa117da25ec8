"""Second look at names-blind-28: person names (sentences of their own, not the gold's)."""
import pytest

import rufacts


def _person(text, mention):
    article = rufacts.extract(text)
    start = text.index(mention)
    for person in article.persons:
        for m in person.mentions:
            if m.start < start + len(mention) and start < m.stop:
                return person
    return None


@pytest.mark.parametrize("text, mention, first, last", [
    # a man's -ове after a participle in the noun chain: no woman's -ова (hers is -овой)
    ("Сотрудники рассказали о начальнике обслуживающей организации Добронравове.", "Добронравове", None, "Добронравов"),
    # an Indeclinable Russian surname in -ых after a declined first name
    ("Концерт Ивана Долгих прошёл при полном зале.", "Ивана Долгих", "Иван", "Долгих"),
    # Persian -ии, Romanian -асе, Bantu -у stand unchanged
    ("Президент направил Алирезе Рафии письмо с поздравлением.", "Алирезе Рафии", "Алиреза", "Рафии"),
    ("Газеты много писали о Мирче Нэстасе и его семье.", "Мирче Нэстасе", "Мирча", "Нэстасе"),
    ("Награду вручили Сибусисо Ндлову на церемонии в Претории.", "Сибусисо Ндлову", "Сибусисо", "Ндлову"),
    # a Swedish surname of Finland declines as a consonant stem
    ("Статья о Микко Сундквисте вышла в субботу.", "Микко Сундквисте", "Микко", "Сундквист"),
    # a surname alone the tagger took for a place or a body
    ("Губернатор поручил Орлову разобраться с ситуацией на заводе.", "Орлову", None, "Орлов"),
    ("Спор между банком и Тарасовой дошёл до Верховного суда.", "Тарасовой", None, "Тарасова"),
    # a preposition opening the sentence, and an award's eponym, are no part of the name
    ("Благодаря Ивану Петрову команда вышла в финал.", "Ивану Петрову", "Иван", "Петров"),
    ("Обладатель премии Пулитцера Джон Смит приедет в Москву.", "Джон Смит", "Джон", "Смит"),
])
def test_person_normal_form(text, mention, first, last):
    person = _person(text, mention)
    assert person is not None
    assert (person.first, person.last) == (first, last)
