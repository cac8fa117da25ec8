"""Person name forms, round 19 (w183): a woman's double-barrelled surname whose first part is
written in an oblique case declines even before an unchanged -их/-ых part ("Марины Кривцевой-Седых" ->
Кривцева-Седых); a hyphenated word of two -ович parts is a surname, never a patronymic."""
import pytest

from names_cases import person_at


def _norm(got):
    return tuple(x.replace('ё', 'е') if x else x for x in got)


@pytest.mark.parametrize("text, mention, want", [
    ('Интервью Марины Кривцевой-Седых вышло в субботу.', 'Марины Кривцевой-Седых',
     ('Марина Кривцева-Седых', 'Марина', None, 'Кривцева-Седых')),
    ('Цветы вручили Нине Лапшиновой-Долгих, лучшему педагогу года.', 'Нине Лапшиновой-Долгих',
     ('Нина Лапшинова-Долгих', 'Нина', None, 'Лапшинова-Долгих')),
    # a nominative first part keeps the whole as written
    ('Выставку открыла Ирина Петрова-Черных.', 'Ирина Петрова-Черных',
     ('Ирина Петрова-Черных', 'Ирина', None, 'Петрова-Черных')),
])
def test_woman_double_surname_oblique(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and _norm(got) == want


@pytest.mark.parametrize("text, mention, want", [
    ('Защитник Милан Петрович-Николич продлил контракт.', 'Милан Петрович-Николич',
     ('Милан Петрович-Николич', 'Милан', None, 'Петрович-Николич')),
    ('Тренер похвалил Милана Петровича-Николича.', 'Милана Петровича-Николича',
     ('Милан Петрович-Николич', 'Милан', None, 'Петрович-Николич')),
])
def test_double_ovich_is_surname(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and _norm(got) == want
