"""Two or three plain spaces between words (a typo, a scrape's trace: "бывший Президент США" +
two spaces + "Билл Клинтон") read as one: the facts are those of the text with single spaces,
while the record keeps the input, and every fact's ``start``/``stop`` and ``text`` are of it."""
from __future__ import annotations

import pytest

from test_no_break_spaces import _facts, _texts

TEXTS = [
    "Мэр Казани Ильсур Метшин открыл новый сквер на улице Баумана.",
    "Генеральный директор ПАО «Северсталь» Александр Шевелев заявил о росте выпуска на 5 %.",
    "ООО «Северные сети» получило кредит в 1 500 млн рублей 5 марта 2024 г.",
    "Губернатор Тульской области Дмитрий Миляев встретился с главой ОАО «РЖД».",
    "По словам председателя совета директоров «Фонда развития» Анны Петровой, сделка закрыта.",
]


@pytest.mark.parametrize("run", ["  ", "   "], ids=["two", "three"])
@pytest.mark.parametrize("text", TEXTS)
def test_double_spaces_give_the_facts_of_single_ones(pipeline, validate_record, text, run):
    written = text.replace(" ", run)
    record = validate_record(pipeline.extract(written).as_json())
    assert record["text"] == written
    assert _facts(record) == _facts(pipeline.extract(text).as_json())
    for fact in _texts(record):
        assert fact["text"] == written[fact["start"]:fact["stop"]], fact


def test_one_doubled_gap_moves_later_offsets(pipeline):
    written = "Мэр Москвы  Сергей Собянин открыл станцию. Мэр Казани Ильсур Метшин ответил."
    record = pipeline.extract(written).as_json()
    people = {p["name"]: p for p in record["persons"]}
    assert [r["title"] for r in people["Сергей Собянин"]["roles"]] == ["мэр"]
    mention = people["Ильсур Метшин"]["mentions"][0]
    assert (mention["start"], mention["text"]) == (written.index("Ильсур"), "Ильсур Метшин")


def test_a_long_run_of_spaces_is_layout(pipeline):
    # four spaces or more stay a gap: columns of a table are not one name
    record = pipeline.extract("Иванов    Петров    Сидоров").as_json()
    assert all(len(m["text"].split()) == 1 for p in record["persons"] for m in p["mentions"])


def test_a_quoted_name_stops_at_a_long_run_of_spaces(pipeline):
    record = pipeline.extract("ПАО «Газпром    Мэр Москвы Сергей Собянин").as_json()
    assert "ПАО «Газпром»" in {o["name"] for o in record["organizations"]}
