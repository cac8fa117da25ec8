"""A tab is a table's cell border: no mention and no name runs across it (a dump's TSV-like
lines, "ПАО «Газпром" + tab + "Мэр Москвы" once gave "ПАО «ГазпромМэр Москвы»")."""
from __future__ import annotations

import re

import pytest

GLUED = re.compile("[а-яё][А-ЯЁ]")

CELLS = [
    "Иван Петров назначен директором",
    "Мэр Казани открыл сквер.",
    "ООО «Ромашка»",
    "В Нижнем Новгороде открыт завод",
]


def _mentions(record):
    for group in ("persons", "organizations", "locations"):
        for entity in record[group]:
            for m in entity["mentions"]:
                yield group, m["text"], entity["name"]


@pytest.mark.parametrize("sep", ["\t", "\t\t", " \t ", "\t "])
@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("first", ["ПАО «Сибирская нефть", "АО «Уральские заводы»", "Сотрудники АО «Уральские"])
def test_no_mention_runs_across_a_tab(pipeline, first, sep, cell):
    record = pipeline.extract(first + sep + cell).as_json()
    for group, text, name in _mentions(record):
        assert "\t" not in text, (group, text, name)
        # the name never glues the two cells' words together ("нефтьМэр")
        assert not GLUED.search(name), name


def test_a_name_within_one_cell_still_stands(pipeline):
    record = pipeline.extract("ПАО «Сибирская нефть»\tИван Петров\tдиректор").as_json()
    names = {name for _, _, name in _mentions(record)}
    assert "Иван Петров" in names
    assert any("Сибирская нефть" in n for n in names), names
