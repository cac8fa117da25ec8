"""Kazakh and Kyrgyz surnames made of the father's name and -улы/-уулу ("son of") or -кызы
("daughter of") written as one word stand unchanged in every case (lexicons/name_endings.tsv,
class kz). Real pipeline, own sentences (no gold file has them)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Турнир по боксу выиграл Бауыржан Серикулы.", "Бауыржан Серикулы", "Бауыржан", None, "Серикулы"),
    ("Делегацию возглавил министр энергетики Канат Ермекулы.", "Канат Ермекулы", "Канат", None, "Ермекулы"),
    ("Премию вручили писательнице Айгерим Болаткызы.", "Айгерим Болаткызы", "Айгерим", None, "Болаткызы"),
    ("Журналисты спросили о планах Асылбека Жумабекулы.", "Асылбек Жумабекулы", "Асылбек", None, "Жумабекулы"),
    ("Решение подписано акимом Нурсултаном Бейбитулы.", "Нурсултан Бейбитулы", "Нурсултан", None, "Бейбитулы"),
    ("Награду получила гимнастка Динара Ахметкызы.", "Динара Ахметкызы", "Динара", None, "Ахметкызы"),
    ("Сборную возглавит тренер Эрлан Токтогулуулу.", "Эрлан Токтогулуулу", "Эрлан", None, "Токтогулуулу"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_fused_patronymic_surnames(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
