"""Person name forms, round 19 (w183): a woman's double-barrelled surname whose first part is
written in an oblique case declines even before an unchanged -их/-ых part ("Марины Кривцевой-Седых" ->
Кривцева-Седых); a hyphenated word of two -ович parts is a surname, never a patronymic; Arab
surname particles (Бен, Абдель) after a given name; an indeclinable surname in a vowel after a
first name declined in a case it has no form of ("с Жаном-Пьером Бада")."""
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


@pytest.mark.parametrize("text, mention, want", [
    # "Бен" written with a capital is a particle of the surname; after an Arab man's name the
    # surname declines as a man's
    ('Журналисты долго ждали интервью с Хеди Бен Аммаром.', 'Хеди Бен Аммаром',
     ('Хеди Бен Аммар', 'Хеди', None, 'Бен Аммар')),
    ('Парламент отказал Хеди Бен Аммару в доверии.', 'Хеди Бен Аммару',
     ('Хеди Бен Аммар', 'Хеди', None, 'Бен Аммар')),
])
def test_arab_son_of_particle(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and _norm(got) == want


@pytest.mark.parametrize("text, mention, want", [
    # "Абдель" after a given name opens the surname
    ('Переговоры с Тареком Абдель Каримом затянулись до утра.', 'Тареком Абдель Каримом',
     ('Тарек Абдель Карим', 'Тарек', None, 'Абдель Карим')),
    # at the head of a name it makes one first name, as before
    ('Абдель Карим Салех прибыл в Каир.', 'Абдель Карим Салех',
     ('Абдель Карим Салех', 'Абдель Карим', None, 'Салех')),
])
def test_arabic_theophoric_surname(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and _norm(got) == want


@pytest.mark.parametrize("text, mention, want", [
    # an indeclinable French surname in -а after a declined (hyphenated) first name
    ('«Работать с Жаном-Пьером Бада было легко», — вспоминает продюсер.', 'Жаном-Пьером Бада',
     ('Жан-Пьер Бада', 'Жан-Пьер', None, 'Бада')),
    ('Награду передали Жану-Полю Мора.', 'Жану-Полю Мора',
     ('Жан-Поль Мора', 'Жан-Поль', None, 'Мора')),
    # a word that is a dative itself declines as before
    ('Награду передали Виктору Раману.', 'Виктору Раману',
     ('Виктор Раман', 'Виктор', None, 'Раман')),
])
def test_unchanged_after_declined_first(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and _norm(got) == want


@pytest.mark.parametrize("text, mention, want", [
    # a Yakut man's name whose woman's form the lexicon lists too (Уйгууна): the apposition decides
    ('Грамоту вручили Уйгууну Слепцову, инженеру района.', 'Уйгууну Слепцову',
     ('Уйгуун Слепцов', 'Уйгуун', None, 'Слепцов')),
    ('На совещании выступил Туйгун Аммосов.', 'Туйгун Аммосов',
     ('Туйгун Аммосов', 'Туйгун', None, 'Аммосов')),
])
def test_yakut_men(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and _norm(got) == want


@pytest.mark.parametrize("text, mention, want", [
    # beside a Japanese given name a surname in -е after a consonant is a case of one in -а
    ('Соболезнования Кэндзи Ёсимуре передали через посольство.', 'Кэндзи Ёсимуре',
     ('Кэндзи Ёсимура', 'Кэндзи', None, 'Ёсимура')),
    # ... not one in -э, as Polivanov writes it
    ('Кэнтаро Мурасэ провёл пресс-конференцию.', 'Кэнтаро Мурасэ',
     ('Кэнтаро Мурасэ', 'Кэнтаро', None, 'Мурасэ')),
])
def test_japanese_surname_e(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and _norm(got) == want


@pytest.mark.parametrize("text, want", [
    ('Вратарь продлил контракт с «Бенфикой» ещё на три года.', 'Бенфика'),
    ('Тренер «Бенфики» назвал состав на матч.', 'Бенфика'),
])
def test_portuguese_club(text, want):
    import rufacts
    names = [o.name for o in rufacts.extract(text).organizations]
    assert want in names


@pytest.mark.parametrize("text, want", [
    # a hyphenated club name ending in a town: the first part carries the case
    ('Форвард подписал контракт с «Сибтеком-Омск» до конца сезона.', 'Сибтек-Омск'),
])
def test_club_with_town(text, want):
    import rufacts
    names = [o.name for o in rufacts.extract(text).organizations]
    assert want in names
