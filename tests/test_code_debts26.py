"""Tables the project reads in one place (session 26's code debts): the adjective case endings
(grammars/adjective_endings.py), the Latvian -иня rows of the declension table read only where asked
for (lexicons/name_endings.tsv, class lv-inya?), Russian letter classes (grammars/letters.py) and the
quotation marks (entities/quotes.py). Own sentences, real pipeline."""
import pytest
from names_cases import expected_parts, person_parts

from rufacts.entities import geo, name_foreign_clubs, names_missed, normal, org_lead_nouns, org_plant_spans, role_others
from rufacts.entities.name_table_readings import _rule_readings
from rufacts.grammars import letters
from rufacts.grammars.adjective_endings import adjective_endings

PERSONS = [
    # after a Baltic woman's first name the table's lv-inya rows are asked for: Озолиня, Калниня
    ("Цветы вручили певице Гунте Озолине.", "Гунта Озолиня", "Гунта", None, "Озолиня"),
    ("Интервью с Даце Калниней вышло в субботу.", "Даце Калниня", "Даце", None, "Калниня"),
    # ... and not after a Russian one: the dative of Озолина
    ("Цветы вручили певице Ольге Озолине.", "Ольга Озолина", "Ольга", None, "Озолина"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_latvian_inya_after_a_baltic_first_name(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


def test_a_class_read_only_when_asked_for():
    # (the table's generic -я rows read it too, below: 0.4)
    assert not any(r.nominative == "озолиня" and r.weight == 0.6 for r in _rule_readings("Озолине"))
    asked = _rule_readings("Озолине", ("lv-inya",))
    assert {(r.case, r.nominative, r.weight) for r in asked} == {("datv", "озолиня", 0.6), ("loct", "озолиня", 0.6)}


def test_adjective_endings_each_caller_its_forms():
    assert set(org_lead_nouns.ADJ_ENDINGS) == {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю",
                                               "ого", "его", "ому", "ему"}
    assert set(org_plant_spans.ADJECTIVE_ENDINGS) == {"ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ий",
                                                      "ый", "ой", "ая", "яя", "ую", "юю", "ое", "ее"}
    assert set(adjective_endings("gent")) == {"ого", "его", "ой", "ей", "ых", "их"}
    assert adjective_endings("plur ablt") == ("ыми", "ими")


def test_letter_classes():
    assert letters.CONSONANTS == frozenset("бвгджзклмнпрстфхцчшщ")
    assert letters.VOWELS_ALL_AND_YOT == frozenset("аеёиоуыэюяй")
    assert "ё" in letters.VOWELS_WITH_YO and "ё" not in letters.VOWELS
    assert letters.VELARS_AND_HUSHING == frozenset("гкхжшчщ")


def test_one_set_of_quotes():
    assert geo.OPENING_QUOTES is role_others.OPENING_QUOTES is names_missed.OPENING_QUOTES
    assert geo.OPENING_QUOTES == frozenset(normal.OPEN_QUOTES) and name_foreign_clubs.QUOTES is normal.QUOTES
