"""Portuguese and Brazilian names: surnames in -ейру, -иньу/-инью, -алью stand unchanged in every
case (lexicons/name_endings.tsv, class pt); men's first names in -у the lexicon lists stand too; the
table's guess of a first name the dictionary knows keeps its gender ("Ренату" before a man's surname
is no man "Рената"); a place's name between a position and a name keeps the position's case.
Real pipeline, own sentences (no gold file has them)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Гол забил нападающий Диогу Рибейру.", "Диогу Рибейру", "Диогу", None, "Рибейру"),
    ("Тренер похвалил Жоау Карвалью.", "Жоау Карвалью", "Жоау", None, "Карвалью"),
    ("Министр встретился с Луишем Монтейру.", "Луиш Монтейру", "Луиш", None, "Монтейру"),
    ("Контракт с Тиагу Пиньейру продлён на год.", "Тиагу Пиньейру", "Тиагу", None, "Пиньейру"),
    ("Встреча губернатора штата Сан-Паулу Ренату Фрейтаса с инвесторами прошла в пятницу.",
     "Ренату Фрейтас", "Ренату", None, "Фрейтас"),
    ("Рейтинг губернатора штата Минас-Жерайс Ренату Кошты снизился.", "Ренату Кошта", "Ренату", None, "Кошта"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_portuguese_names(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
