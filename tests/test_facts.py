"""The fact records: JSON round trip, key order, schema."""
from __future__ import annotations

import json
from decimal import Decimal

import jsonschema
import pytest

from rufacts.facts import (Amount, Article, DateFact, Location, Mention, Organization, Person,
                           Role, SectorCount)
from rufacts.schema import record_schema

TEXT = "Мэр Москвы Сергей Собянин: 1,14 млн руб."


def full_article() -> Article:
    return Article(
        id="a-1", text=TEXT, meta={"title": "t", "published": "2015-12-11"},
        persons=(Person("Сергей Собянин", "Сергей", None, "Собянин",
                        roles=(Role("мэр", "Москва", "Мэр Москвы", 0, 10),),
                        mentions=(Mention(11, 25, "Сергей Собянин"),)),),
        organizations=(Organization("Роснано", "компания", (Mention(0, 3, "Мэр"),)),),
        locations=(Location("Москва", (Mention(4, 10, "Москвы"),)),),
        dates=(DateFact(0, 3, "Мэр", "2015-12", 2015, 12, None),),
        amounts=(Amount(27, 40, "1,14 млн руб.", "money", Decimal("1140000"), "RUB", "approx"),),
        sector_counts=(SectorCount(0, 3, "Мэр", 3, "компания", "микроэлектроника", 10),),
    )


def test_facts_round_trip_through_json_text():
    article = full_article()
    data = json.loads(json.dumps(article.as_json(), ensure_ascii=False))
    assert Article.from_json(data) == article


def test_facts_record_key_order_is_the_design_order():
    keys = list(full_article().as_json())
    assert keys == ["id", "schema_version", "meta", "text", "persons", "organizations",
                    "locations", "dates", "amounts", "sector_counts", "error"]


def test_facts_decimal_values_are_exact_numbers():
    amount = Amount(0, 1, "x", "money", Decimal("1.14") * Decimal(10**6), "RUB")
    assert amount.as_json()["value"] == 1140000
    assert isinstance(amount.as_json()["value"], int)
    assert Amount.from_json(amount.as_json()).value == Decimal("1140000")
    assert Amount(0, 1, "x", "percent", Decimal("5.5"), "%").as_json()["value"] == 5.5


def test_facts_records_are_frozen():
    with pytest.raises(Exception):
        full_article().persons[0].name = "x"  # type: ignore[misc]


def test_facts_full_record_validates_against_the_schema(validate_record):
    validate_record(full_article().as_json())


def test_facts_error_record_has_empty_lists_and_validates(validate_record):
    record = Article.failed("x-7", "bad_json", "line 7: Expecting value").as_json()
    validate_record(record)
    assert record["error"] == {"kind": "bad_json", "message": "line 7: Expecting value"}
    assert all(record[k] == [] for k in ("persons", "organizations", "locations", "dates",
                                         "amounts", "sector_counts"))


@pytest.mark.parametrize("broken", [
    {"persons": [{"name": "X", "first": None, "middle": None, "last": None, "roles": [],
                  "mentions": []}]},                                    # an entity needs a mention
    {"dates": [{"start": 0, "stop": 3, "text": "Мэр", "value": "12/2015", "year": None,
                "month": None, "day": None}]},                         # value must be ISO
    {"schema_version": "2"},
    {"error": {"kind": "x"}},                                           # message missing
])
def test_facts_schema_rejects_broken_records(broken):
    record = {**full_article().as_json(), **broken}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, record_schema())
