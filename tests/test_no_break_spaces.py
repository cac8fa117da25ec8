"""A no-break space (HTML's &nbsp;, typographers' space after short words and in numbers) reads
as a plain space: the facts are those of the same text with plain spaces, while the record keeps
the input and every fact's text is ``text[start:stop]`` of it."""
from __future__ import annotations

import pytest

SPACES = ["\u00a0", "\u202f", "\u2009"]
TEXTS = [
    "Мэр Казани Ильсур Метшин открыл новый сквер на улице Баумана.",
    "Генеральный директор ПАО «Северсталь» Александр Шевелев заявил о росте выпуска на 5 %.",
    "ООО «Северные сети» получило кредит в 1 500 млн рублей 5 марта 2024 г.",
    "Губернатор Тульской области Дмитрий Миляев встретился с главой ОАО «РЖД».",
]


def _facts(record):
    people = {(e["name"], tuple(sorted(r["title"] for r in e["roles"]))) for e in record["persons"]}
    orgs = {e["name"] for e in record["organizations"]}
    places = {e["name"] for e in record["locations"]}
    amounts = {(a["value"], a["unit"]) for a in record["amounts"]}
    dates = {(d["year"], d["month"], d["day"]) for d in record["dates"]}
    return people, orgs, places, amounts, dates


def _texts(record):
    for group in ("persons", "organizations", "locations"):
        for entity in record[group]:
            yield from entity["mentions"]
            yield from entity.get("roles", ())
    yield from record["amounts"]
    yield from record["dates"]


@pytest.mark.parametrize("space", SPACES, ids=[hex(ord(s)) for s in SPACES])
@pytest.mark.parametrize("text", TEXTS)
def test_a_no_break_space_gives_the_facts_of_a_plain_one(pipeline, validate_record, text, space):
    written = text.replace(" ", space)
    record = validate_record(pipeline.extract(written).as_json())
    assert record["text"] == written
    assert _facts(record) == _facts(pipeline.extract(text).as_json())
    for fact in _texts(record):
        assert fact["text"] == written[fact["start"]:fact["stop"]], fact
