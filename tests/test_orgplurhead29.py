"""Two coordinated adjectives before one plural head in the nominative are a body each, where the
tagger reads the head as a genitive singular ("Калужская и Тульская епархии": the nominative plural;
rufacts.entities.org_shared_head), its genitive complement kept ("академии наук"); one body's
singular head ("Омская и Тарская епархия", "Калужской и Тульской епархии") stays one name."""
import pytest

import rufacts


def _names(text):
    return {o["name"] for o in rufacts.extract(text).as_json()["organizations"]}


@pytest.mark.parametrize("text, names", [
    ("Рязанская и Касимовская епархии открыли приют для бездомных.",
     {"Рязанская епархия", "Касимовская епархия"}),
    ("Вчера Липецкая и Елецкая епархии объявили сбор средств.",
     {"Липецкая епархия", "Елецкая епархия"}),
    ("Украинская и Казахстанская академии наук обменялись делегациями.",
     {"Украинская академия наук", "Казахстанская академия наук"}),
])
def test_nominative_plural_head_two_bodies(text, names):
    assert names <= _names(text)


@pytest.mark.parametrize("text, name", [
    ("Брянская и Севская епархия приняла паломников из Беларуси.", "Брянская и Севская епархия"),
    ("Настоятель Брянской и Севской епархии выступил на конференции.", "Брянская и Севская епархия"),
])
def test_singular_head_one_body(text, name):
    names = _names(text)
    assert name in names and "Брянская епархия" not in names
