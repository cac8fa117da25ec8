"""A full Russian name (first name, patronymic, surname) the tagger missed, real pipeline, own
sentences (no gold file has them): three capitalized words no span covers, a first name, a
patronymic the dictionary tags so and a surname agreeing in case, make a person mention."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("На Вениамине Аркадьевиче Солодове лежит вся ответственность.", "Вениамин Аркадьевич Солодов", "Вениамин",
     "Аркадьевич", "Солодов"),
    ("На Елизавете Петровне Кругловой лежит ответственность за школу.", "Елизавета Петровна Круглова",
     "Елизавета", "Петровна", "Круглова"),
    ("На Всеволоде Андреевиче Мальцеве лежит ответственность за программу.", "Всеволод Андреевич Мальцев",
     "Всеволод", "Андреевич", "Мальцев"),
    # (the tagger finds these; they must stay one mention)
    ("Решение о Геннадии Викторовиче Лобове приняли вчера.", "Геннадий Викторович Лобов", "Геннадий",
     "Викторович", "Лобов"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_missed_full_names(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
