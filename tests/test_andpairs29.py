"""A name whose head noun takes two capitalized genitive pairs joined by "и" is one name
("Общество Красного Креста и Красного Полумесяца"); two pairs each headed by a body's noun are two
bodies."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Палаточный лагерь развернуло Общество Красного Креста и Красного Полумесяца Туркменистана.",
     "Общество Красного Креста и Красного Полумесяца Туркменистана"),
    ("Волонтёрам Комитета Красного Креста и Красного Полумесяца вручили награды.",
     "Комитет Красного Креста и Красного Полумесяца"),
])
def test_two_pairs_after_one_head_are_one_name(text, name):
    orgs = _orgs(text)
    assert name in orgs
    assert "Красный Полумесяц" not in orgs and not any(n.startswith("Красный Полумесяц ") for n in orgs)


def test_two_bodies_stay_two():
    orgs = _orgs("Соглашение подписали руководители Государственного Эрмитажа и Русского музея.")
    assert {"Государственный Эрмитаж", "Русский музей"} <= orgs
