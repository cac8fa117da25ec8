"""Hyphenated organization names of two nouns the dictionary knows, both in the slot's case
(sports clubs and companies named by two places), real pipeline, own sentences: both parts go to
the nominative; a first part that is a nominative noun stays as written."""
import pytest
import rufacts

CASES = [
    ("Самолёт «Волги-Днепра» сел в Ульяновске.", "Волга-Днепр"),
    ("Болельщики «Енисея-Красноярска» недовольны судейством.", "Енисей-Красноярск"),
    ("Контракт с «Уралом-Екатеринбургом» продлён на год.", "Урал-Екатеринбург"),
    # a nominative first part stands
    ("Акции «Русь-Банка» выросли.", "Русь-Банк"),
    ("Акции «Альфа-Капитала» выросли.", "Альфа-Капитал"),
]


@pytest.mark.parametrize(("text", "name"), CASES, ids=[c[1] for c in CASES])
def test_hyphenated_both_parts(text, name):
    assert [o.name.replace("ё", "е") for o in rufacts.extract(text).organizations] == [name.replace("ё", "е")]
