"""Wave 51, persons: Iberian double surnames and given names cut apart, initials before two surnames,
a body's or place's word glued before a name, a common first name over its rare twin. The real
pipeline on sentences other than the gold rows (tests/gold/names-family-persons51*.jsonl)."""
from __future__ import annotations

import pytest

import rufacts


def _person(text: str, mention: str):
    """The person whose mention covers ``mention`` in ``text``."""
    start = text.index(mention)
    for person in rufacts.extract(text).persons:
        if any(m.start == start and m.stop == start + len(mention) for m in person.mentions):
            return person
    raise AssertionError(f"no person mention {mention!r}: {[p.mentions for p in rufacts.extract(text).persons]}")


@pytest.mark.parametrize("text, mention, first, middle, last", [
    # initials before two surnames: one double surname (name_initials_double.py)
    ("Сенатор Р. Т. Кинтеро Мехия внёс законопроект о пенсиях.", "Р. Т. Кинтеро Мехия", "Р.", "Т.", "Кинтеро Мехия"),
    ("Письмо подписали депутаты А. Х. Эчеверри Гомес и другие.", "А. Х. Эчеверри Гомес", "А.", "Х.", "Эчеверри Гомес"),
    # a place's or a body's word glued before the name (name_glued_lead.py)
    ("Об этом сообщил министр здравоохранения Коми Игорь Семёнович Лаптин.", "Игорь Семёнович Лаптин",
     "Игорь", "Семёнович", "Лаптин"),
    ("По словам председателя организации Росуглепрофа Светланы Мухаметовой, шахтёрам задерживают зарплату.",
     "Светланы Мухаметовой", "Светлана", None, "Мухаметова"),
    # Iberian given names and double surnames the tagger cut apart (name_iberian_joins.py)
    ("О Валентине Ортис Сальгадо в Кито говорят с уважением.", "Валентине Ортис Сальгадо",
     "Валентина", None, "Ортис Сальгадо"),
    ("Клуб расстался с Клебером Насименту Рочей.", "Клебером Насименту Рочей", "Клебер", None, "Насименту Роча"),
    ("Совет поблагодарил Анну Паулу Мартинс Кошту за работу.", "Анну Паулу Мартинс Кошту",
     "Анна Паула", None, "Мартинс Кошта"),
    ("Вместо Жоана Перейры Сантуса клуб возглавил другой менеджер.", "Жоана Перейры Сантуса",
     "Жоан", None, "Перейра Сантус"),
    # a common first name over its rare twin of the other gender (name_rare_twins.py)
    ("При прежнем директоре Анатолии Смолине завод выпускал тракторы.", "Анатолии Смолине",
     "Анатолий", None, "Смолин"),
])
def test_names_persons51(text, mention, first, middle, last):
    person = _person(text, mention)
    assert (person.first, person.middle, person.last) == (first, middle, last)


@pytest.mark.parametrize("text, mention, first, middle, last", [
    # no glued word stripped: a given name the dictionary lacks after a person noun, a surname first,
    # a Vietnamese family name
    ("Кубинский тяжеловес Йоандри Эрнандес Кастильо подписал контракт.", "Йоандри Эрнандес Кастильо",
     "Йоандри", None, "Эрнандес Кастильо"),
    ("Указом Главы государства Жусупбеков Бахытжан Серикулы назначен председателем Агентства.",
     "Жусупбеков Бахытжан Серикулы", "Бахытжан", "Серикулы", "Жусупбеков"),
    # an unknown given name ending as the given name after it does, after a noun for a thing
    ("Недавно министр по делам торговли Хайрул Азман Хашим посетил Пекин.", "Хайрул Азман Хашим",
     "Хайрул Азман", None, "Хашим"),
    # a place after a name in another case stays a place
    ("Благодаря Хосе Мартинесу Испания выиграла.", "Хосе Мартинесу", "Хосе", None, "Мартинес"),
    # a rare twin only a class or two rarer keeps the slot's reading
    ("После хет-трика Эльмира Абдуллаева «Сабах» поднялся на третье место.", "Эльмира Абдуллаева",
     "Эльмир", None, "Абдуллаев"),
])
def test_names_persons51_unchanged(text, mention, first, middle, last):
    person = _person(text, mention)
    assert (person.first, person.middle, person.last) == (first, middle, last)
