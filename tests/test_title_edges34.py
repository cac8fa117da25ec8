"""The edges of a name read against the title before it (entities/name_title_edges.py), where they
must not reach: a title shared by two people gives neither its case or gender; after a church rank a
word in -ский may be a surname; a house's hyphenated name is no realm."""
from __future__ import annotations

from names_cases import person_at


def test_shared_title_gives_no_gender():
    text = ("Девочка родилась в семье принца и принцессы Уэльских Уильяма и Кэтрин. "
            "Принц Уильям приехал в больницу.")
    assert person_at(text, "Уильяма")[0] == "Уильям"


def test_surname_after_church_rank_kept():
    assert person_at("Епископ Сергей Ряховский подверг критике закон.", "Сергей")[:4] == \
        ("Сергей Ряховский", "Сергей", None, "Ряховский")


def test_house_name_kept():
    assert person_at("На церемонию прибыл эрцгерцог Карл Габсбург-Лотарингский.", "Карл")[3] == "Габсбург-Лотарингский"


def test_realm_adjective_still_dropped():
    assert person_at("Принц Гарри Сассекский прибыл в Канаду.", "Гарри")[0] == "Гарри"
