"""Foreign person names in oblique cases brought to the nominative by the declension table
(lexicons/name_endings.tsv) and agreement, real pipeline, own sentences: a foreign surname in -ин in
the instrumental -ом (a Russian one's is -ым), names in -йя declined as -я nouns, the prepositional -е
of a consonant stem (not of a soft one), an indeclinable first part in -иа of a Spanish double
surname, a Polish surname in -ски standing unchanged, a hyphenated "-младший"/"-старший"
(entities/name_seniority.py), and an age adjective written with digits before the name
(entities/name_age_cue.py)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # -ином: the instrumental of a foreign surname in -ин, with the first name in the same case
    ("Интервью с Эдвином Колдуином записали в Лондоне.", "Эдвин Колдуин", "Эдвин", None, "Колдуин"),
    ("Соглашение подписано с Рамоном Агиларином.", "Рамон Агиларин", "Рамон", None, "Агиларин"),
    # a surname in -йя declines as a noun in -я
    ("Жюри отметило Исабель Гуайю за дебют.", "Исабель Гуайя", "Исабель", None, "Гуайя"),
    ("Роман Паулы Мирайи переведён на русский.", "Паула Мирайя", "Паула", None, "Мирайя"),
    # the prepositional -ине of a man's foreign name: -ин, not -инь
    ("В газете написали о пианисте Оддвине Хольмгрене.", "Оддвин Хольмгрен", "Оддвин", None, "Хольмгрен"),
    # a Spanish double surname whose first part in -иа stands unchanged, the second declines
    ("Орден вручили Мануэлю Эчеварриа Сорносе.", "Мануэль Эчеварриа Сорноса", "Мануэль", None,
     "Эчеварриа Сорноса"),
    # a Polish surname in -ски stands unchanged
    ("Визит Томаша Зелински перенесли на осень.", "Томаш Зелински", "Томаш", None, "Зелински"),
    # a surname with -младший/-старший: both parts decline
    ("Речь Андреа Грина-младшего длилась час.", "Андреа Грин-младший", "Андреа", None, "Грин-младший"),
    # ... and a surname in -и before it stands as written (no noun клуня)
    ("Книгу Джорджа Клуни-старшего издали.", "Джордж Клуни-старший", "Джордж", None, "Клуни-старший"),
    # an age written with digits before the name agrees with it (entities/name_age_cue.py): a woman's
    # nominative, not the dative of Кая
    ("Скончалась 81-летняя Мэри Кае Джонс.", "Мэри Кае Джонс", "Мэри Кае", None, "Джонс"),
    ("Погибла 52-летняя Дженни Кае.", "Дженни Кае", "Дженни", None, "Кае"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_foreign_oblique(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
