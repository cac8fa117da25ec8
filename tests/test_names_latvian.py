"""Latvian and Lithuanian women's first names in -е stand unchanged in every case
(lexicons/foreign_names.tsv), and so does a surname in -е after one, which is no case of a
name in -а ("певице Зане Вайкуле", not Вайкула; Лайма, Дайна are names in -а). Real pipeline, own sentences (no gold file has them)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Награду вручили певице Зане Вайкуле.", "Зане Вайкуле", "Зане", None, "Вайкуле"),
    ("Сейм утвердил министром финансов Лиене Озоле.", "Лиене Озоле", "Лиене", None, "Озоле"),
    ("Журналисты обратились к Илзе Берзини.", "Илзе Берзини", "Илзе", None, "Берзини"),
    ("Концерт Зане Калниньше прошёл в Риге.", "Зане Калниньше", "Зане", None, "Калниньше"),
    ("Письмо передали депутату Гинтаре Шкестере.", "Гинтаре Шкестере", "Гинтаре", None, "Шкестере"),
    ("Гол забил нападающий Диогу Рибейру.", "Диогу Рибейру", "Диогу", None, "Рибейру"),
    # a Lithuanian name in -а keeps its case before an unchanged surname (not "Руте")
    ("Премию вручили актрисе Руте Мешкайте.", "Рута Мешкайте", "Рута", None, "Мешкайте"),
    ("О Юрге Петраускене рассказали газеты.", "Юрга Петраускене", "Юрга", None, "Петраускене"),
    # a name in -я after a hard consonant (lexicons/name_endings.tsv, class ya3): Далей is of Даля
    ("Премьер встретился с Далей Гринкявичене.", "Даля Гринкявичене", "Даля", None, "Гринкявичене"),
    ("Награду вручили Эгле Вайтекунайте.", "Эгле Вайтекунайте", "Эгле", None, "Вайтекунайте"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_latvian_names(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
