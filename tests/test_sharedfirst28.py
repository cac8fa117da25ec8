"""A Spanish first name other peoples share (Томас, Оскар, Рубен) lets a German or Nordic surname in
the prepositional keep its consonant stem; a Spanish-only first name still reads -е as of -а."""
import pytest

import rufacts


@pytest.mark.parametrize("text, first, last", [
    ("Спортивная пресса написала о Томасе Штайнхарте, новом капитане команды.", "Томас", "Штайнхарт"),
    ("В Гётеборге много говорят об Оскаре Вестберге.", "Оскар", "Вестберг"),
    ("Болельщики спорят о Рубене Дийкхорсте и его контракте.", "Рубен", "Дийкхорст"),
])
def test_shared_first_keeps_consonant_stem(text, first, last):
    people = {(p.first, p.last) for p in rufacts.extract(text).persons}
    assert (first, last) in people


def test_spanish_only_first_reads_a():
    people = {(p.first, p.last) for p in rufacts.extract("Судья рассказал о Хавьере Бустаманте и Хуане Ортеге.").persons}
    assert ("Хуан", "Ортега") in people
