"""Monastic ranks below the bishops (иеромонах, иеродиакон, монахиня, инок, схимонах ...) go with the
monastic name, as архимандрит and игуменья do (``lexicons/name_given_titles.txt``): a monastic name
after one, with the secular surname in brackets, is one person, first the monastic name, last the
surname in the nominative. The real pipeline on sentences of this file's own, not the gold's."""
import pytest

import rufacts


@pytest.mark.parametrize("text, name, first, last", [
    ("Иеромонах Тихон (Голубев) назначен благочинным округа.", "Тихон Голубев", "Тихон", "Голубев"),
    ("Благодарность вручили иеродиакону Варфоломею (Крылову) и хору.", "Варфоломей Крылов", "Варфоломей", "Крылов"),
    ("С монахиней Серафимой (Кудрявцевой) мы поговорили о приюте.", "Серафима Кудрявцева", "Серафима", "Кудрявцева"),
    ("Инок Арсений (Белоусов) прибыл в обитель весной.", "Арсений Белоусов", "Арсений", "Белоусов"),
])
def test_monastic_name_with_secular_surname(text, name, first, last):
    persons = [(p.name, p.first, p.last) for p in rufacts.extract(text).persons]
    assert (name, first, last) in persons, persons
