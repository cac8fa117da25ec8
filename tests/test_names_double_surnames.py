"""Spanish and Portuguese names of three words, real pipeline, own sentences (no gold file has
them): a middle word that is a common Spanish or Portuguese surname (lexicons/foreign_names.tsv,
whatever first-name tag the dictionary gives it), or a word the dictionary lacks in -о/-оа, makes
two surnames with the last (docs/gold-conventions.md: "Spanish double surnames are one `last`");
a known second first name stays with the first; particles go before the last surname."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # a lexicon surname in the middle, which the dictionary tags a first name
    ("Премию вручили Педро Санчесу Кастехону.", "Педро Санчес Кастехон", "Педро", None, "Санчес Кастехон"),
    ("Роман Марио Гонсалеса Вильяра вышел в Мадриде.", "Марио Гонсалес Вильяр", "Марио", None, "Гонсалес Вильяр"),
    ("Тренер поговорил с Мигелем Эрнандесом Соларом.", "Мигель Эрнандес Солар", "Мигель", None, "Эрнандес Солар"),
    ("Интервью Карлоса Мартинеса Ибарры опубликовали вчера.", "Карлос Мартинес Ибарра", "Карлос", None,
     "Мартинес Ибарра"),
    # a word the dictionary lacks in -о/-оа
    ("Сенат поддержал Альберто Кинтеро Суареса.", "Альберто Кинтеро Суарес", "Альберто", None, "Кинтеро Суарес"),
    ("Журналисты расспросили Фернандо Гамбоа Рейеса.", "Фернандо Гамбоа Рейес", "Фернандо", None, "Гамбоа Рейес"),
    # a particle before the last of two surnames
    ("Выступление Карлоса Гомеса де Оливейры затянулось.", "Карлос Гомес де Оливейра", "Карлос", None,
     "Гомес де Оливейра"),
    # a known second first name stays a first name
    ("Контракт с Хуаном Карлосом Ортегой продлили.", "Хуан Карлос Ортега", "Хуан Карлос", None, "Ортега"),
    ("Гол забил Жоао Педро Мартинс.", "Жоао Педро Мартинс", "Жоао Педро", None, "Мартинс"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_spanish_double_surnames(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


# Korean names whose family name was missing from lexicons/east_asian_surnames.txt: the order as
# written, last = the family name, first = the given syllables (docs/gold-conventions.md)
KOREAN = [
    ("Гол забил Хван Хи Чан.", "Хван Хи Чан", "Хи Чан", None, "Хван"),
    ("Контракт подписан с Рю Хён Джином.", "Рю Хён Джин", "Хён Джин", None, "Рю"),
    ("Сборную возглавил Хон Мён Бо.", "Хон Мён Бо", "Мён Бо", None, "Хон"),
    ("Министр встретился с Бэк Сон Уком.", "Бэк Сон Ук", "Сон Ук", None, "Бэк"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), KOREAN, ids=[p[1] for p in KOREAN])
def test_korean_family_names(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


# a man's foreign first name in -ел of lexicons/foreign_names.tsv in the prepositional (the table
# alone reads -еле as of -ель: Дювале -> Дюваль)
FIRST_EL = [
    ("Фильм о Найджеле Фарадже показали в Лондоне.", "Найджел Фарадж", "Найджел", None, "Фарадж"),
    ("О Лайонеле Ричи вспомнили на церемонии.", "Лайонел Ричи", "Лайонел", None, "Ричи"),
    ("Книга о Сэмюэле Беккете вышла в Дублине.", "Сэмюэл Беккет", "Сэмюэл", None, "Беккет"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), FIRST_EL, ids=[p[1] for p in FIRST_EL])
def test_first_names_in_el(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
