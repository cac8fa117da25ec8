"""An indeclinable surname in -ых/-их after a post (real pipeline), round 17 (w169): the tagger reads
"Белых", "Кучерявых" as plural adjectives and leaves them out or takes them for a place; after a post
in the singular, over up to two of its genitive words, with nothing after it to agree with, a plural
adjective belongs to no noun and is the surname (entities/names_missed.py, _plural_surname_after_post)."""
import pytest

from names_cases import person_at as person, person_parts


@pytest.mark.parametrize("text, mention", [
    ('Председатель комитета Кучерявых заявила, что законопроект доработают к осени.', 'Кучерявых'),
    ('Губернатор Белых подписал указ о выплатах.', 'Белых'),
    ('Министр Черных заявил о новых мерах поддержки.', 'Черных'),
    ('Депутат Седых предложил поправку к бюджету.', 'Седых'),
    ('Тренер Долгих остался недоволен игрой защиты.', 'Долгих'),
    ('Судья Кучерявых отклонила ходатайство адвоката.', 'Кучерявых'),
    ('Глава района Черных пообещал отремонтировать дорогу.', 'Черных'),
    ('Бывший губернатор Белых получил срок.', 'Белых'),
    ('Иск подал депутат Живых.', 'Живых'),
    ('Бывшему губернатору Белых продлили арест.', 'Белых'),
    ('Со спикером Седых встретились активисты.', 'Седых'),
    ('Вице-губернатор Долгих, курирующий образование, ушёл в отставку.', 'Долгих'),
    ('Заместитель министра Крученых подал в отставку.', 'Крученых'),
    ('Об этом рассказал директор школы Полевых.', 'Полевых'),
    ('Мэр города Черных назвал сроки ремонта.', 'Черных'),
])
def test_plural_surname(text, mention):
    assert person(text, mention) == (mention, None, None, mention)


@pytest.mark.parametrize("text", [
    'Мэр Белых ночей не бывает.',  # the word after it agrees with it
    'Президент Московских железных дорог уволен.',
    'Губернатор всех регионов пообещал помощь.',  # lower case
    'Новых заявок не поступало.',  # no post
])
def test_no_person(text):
    assert person_parts(text) == []
