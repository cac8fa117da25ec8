"""Own sentences (no gold file has them), real pipeline: first names the tagger or the dictionary
takes for places; a name after a verb whose subject is an organization's noun is its object; a
rare patronymic read as a surname still joins the surname the tagger split off."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # a first name the dictionary knows only as a place (София), or the tagger reads a place
    ("Иск Софии Кравцовой суд рассмотрит в мае.", "София Кравцова", "София", None, "Кравцова"),
    ("На Аркадии Шушкевиче лежит ответственность за проект.", "Аркадий Шушкевич", "Аркадий", None, "Шушкевич"),
    ("На Аркадии Добровиче держится проект.", "Аркадий Добрович", "Аркадий", None, "Добрович"),
    # a first name and a double surname the tagger read as two places
    ("Выступление Виктории Лопес-Гарсия собрало зал.", "Виктория Лопес-Гарсия", "Виктория", None, "Лопес-Гарсия"),
    # an animal noun as a surname after a first name, read as a place
    ("Встречу с Фомой Соловьём перенесли на осень.", "Фома Соловей", "Фома", None, "Соловей"),
    # a place span running over a person noun into the name
    ("Хорватской пловчихе Миле Маркович вручили медаль.", "Мила Маркович", "Мила", None, "Маркович"),
    # the verb's subject is an organization's noun: the name after it is the object
    ("Банк выдал Смирнову кредит.", "Смирнов", None, None, "Смирнов"),
    ("Районный суд назначил Белякову Д. С. штраф.", "Д. С. Беляков", "Д.", "С.", "Беляков"),
    ("Учёный совет рекомендовал О. П. Крылова на должность ректора.", "О. П. Крылов", "О.", "П.", "Крылов"),
    ("Суд взял под стражу бизнесмена Грача.", "Грач", None, None, "Грач"),
    ("Суд отправил под арест чиновника Скворца.", "Скворец", None, None, "Скворец"),
    # a rare patronymic (Абисалович) between a first name and the surname tagged apart
    ("Оркестр пригласил Тимура Абисаловича Гагиева выступить.", "Тимур Абисалович Гагиев", "Тимур",
     "Абисалович", "Гагиев"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_names_places_objects(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
