"""A bare body name ("МВД") merged into the one body named so, where that body's own group was
merged before (components/entities.group_named): no KeyError, one organization."""
from __future__ import annotations

import pytest

import rufacts


@pytest.mark.parametrize("text", [
    "Временно исполняющим обязанности начальника новосибирского управления МВД назначен полковник Игорь Седов.",
    "По данным ТАСС, руководителем казанского управления МВД стал бывший заместитель Петрова генерал-майор Игорь Седов.",
])
def test_regional_directorate_of_a_ministry_does_not_crash(text):
    article = rufacts.extract(text)
    assert [o.name for o in article.organizations if o.name == "МВД"] == ["МВД"]
    assert "Игорь Седов" in [p.name for p in article.persons]
