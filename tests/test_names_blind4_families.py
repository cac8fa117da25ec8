"""Name families the names-blind4 gold showed weak (real pipeline): a surname the declension
table only guesses put before a known first name, an infinitive after a name, a woman noun
before a name in the genitive, a feminine common noun as a surname, an indeclinable first name
as a woman's second surname, Spanish surnames in -ас, an indeclinable lexicon first name, a
Russian adjective before a Latin organization name. The sentences are not in the gold files."""
import pytest
import rufacts
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # an unknown first word, a second the dictionary knows as a first name: no inverted order
    ("Переговоры с Рамешем Кумаром продлились до вечера.", "Рамеш Кумар", "Рамеш", None, "Кумар"),
    # an inverted Russian name the dictionary knows keeps its order
    ("Протокол подписал Иванов Сергей.", "Сергей Иванов", "Сергей", None, "Иванов"),
    # an infinitive after the name has no subject: "Гольдштейна" is the accusative
    ("Суд обязал Гольдштейна М. Р. вернуть долг.", "М. Р. Гольдштейн", "М.", "Р.", "Гольдштейн"),
    # a woman noun before a name in the genitive it governs
    ("Соперницей Анастасии Павлюченковой в полуфинале будет чешка.",
     "Анастасия Павлюченкова", "Анастасия", None, "Павлюченкова"),
    # ... and in apposition, its own case
    ("Журналистку Анну Петрову вызвали в суд.", "Анна Петрова", "Анна", None, "Петрова"),
    # a feminine common noun as a surname, a man's or a woman's
    ("Вопрос задали Сергею Синице.", "Сергей Синица", "Сергей", None, "Синица"),
    ("Главный приз вручили Ольге Сороке из Твери.", "Ольга Сорока", "Ольга", None, "Сорока"),
    # Spanish surnames: a middle word in -ас
    ("Об Ане Салас Ортеге писали все газеты.", "Ана Салас Ортега", "Ана", None, "Салас Ортега"),
    # a lexicon first name in a vowel stands unchanged
    ("Накануне с Гурбангулы Бердымухамедовым встретился премьер.",
     "Гурбангулы Бердымухамедов", "Гурбангулы", None, "Бердымухамедов"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_names_blind4_person_families(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


@pytest.mark.parametrize(("text", "name"), [
    ("Японская Toyota Motor отозвала автомобили.", "Toyota Motor"),
    ("Корейская LG Electronics открыла завод.", "LG Electronics"),
])
def test_names_blind4_adjective_before_latin_org(text, name):
    assert name in {o.name for o in rufacts.extract(text).organizations}


def test_names_blind4_hyphenated_org_first_part_declines():
    # a hyphenated name the dictionary lacks, whose rest it cannot parse: the first part declines
    assert "Радуга-Ра" in {o.name for o in rufacts.extract("Владельцы «Радуги-Ра» продали бизнес.").organizations}
