"""A name in apposition to a person noun in the nominative is the subject of the verb after it even
with an adverb between ("астронавт Такуя Мориока впервые выйдет": nominative, not of Такуй Мориок).
Real pipeline, own sentences (no gold file has them)."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Японский пианист Кэнта Мацумура впервые выступит в Москве.", "Кэнта Мацумура", "Кэнта", None, "Мацумура"),
    ("Министр финансов Ганы Кофи Менса вчера заявил о кризисе.", "Кофи Менса", "Кофи", None, "Менса"),
    ("Японский астронавт Сёта Ямасита скоро полетит на станцию.", "Сёта Ямасита", "Сёта", None, "Ямасита"),
    ("Помощник Путина Юрий Ушаков ранее сообщил о встрече.", "Юрий Ушаков", "Юрий", None, "Ушаков"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_adverb_before_verb(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
