"""Turkic patronymics with a particle (оглы, кызы, улы, уулу, кизи: lexicons/name_particles.tsv):
the father's name stands unchanged with the particle, the middle name where a surname follows, the
last name where none does; the tagger's span is extended over the particle and the surname, or
made where it found none. Real pipeline, own sentences (no gold file has them)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("С докладом выступил вице-премьер Эльчин Гусейн оглы Алиев.", "Эльчин Гусейн оглы Алиев", "Эльчин",
     "Гусейн оглы", "Алиев"),
    ("Награду вручили Нигяр Аваз кызы Керимовой.", "Нигяр Аваз кызы Керимова", "Нигяр", "Аваз кызы", "Керимова"),
    ("Встреча с Рашидом Айдын оглы Гасановым прошла в Гяндже.", "Рашид Айдын оглы Гасанов", "Рашид",
     "Айдын оглы", "Гасанов"),
    ("Соревнования выиграл борец Айбек Нурлан уулу.", "Айбек Нурлан уулу", "Айбек", None, "Нурлан уулу"),
    ("Интервью дал депутат Талант Мамыт уулу.", "Талант Мамыт уулу", "Талант", None, "Мамыт уулу"),
    ("Свидетелем выступила Гульнара Исмаил кызы.", "Гульнара Исмаил кызы", "Гульнара", None, "Исмаил кызы"),
    ("Письмо подписал аким Ерлан Кайрат улы.", "Ерлан Кайрат улы", "Ерлан", None, "Кайрат улы"),
    ("Тренер похвалил Саиду Фарход кизи.", "Саида Фарход кизи", "Саида", None, "Фарход кизи"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_patronymic_particles(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
