"""The bundled sample dump and the acceptance example (lefortovo-technopolis)."""
from __future__ import annotations

import pytest

from rufacts.io import read_text_file

from conftest import EXAMPLE, SAMPLE_DIR


@pytest.fixture(scope="module")
def lefortovo(pipeline):
    record = read_text_file(EXAMPLE)
    return pipeline.extract(record.text, id=record.id, **record.meta)


def _by_name(entities):
    return {e.name: [m.text for m in e.mentions] for e in entities}


def test_sample_lefortovo_one_sobyanin_with_all_four_mentions(lefortovo):
    people = [p for p in lefortovo.persons if p.last == "Собянин"]
    assert len(people) == 1
    person = people[0]
    assert (person.name, person.first, person.last) == ("Сергей Собянин", "Сергей", "Собянин")
    assert [m.text for m in person.mentions] == ["Собянин", "Сергей Собянин", "С.Собянина",
                                                 "Собянин"]
    assert person.mentions[0].start < 10  # the title mention


def test_sample_lefortovo_organizations(lefortovo):
    orgs = _by_name(lefortovo.organizations)
    assert orgs["NeoPhotonics"] == ["NeoPhotonics"] * 3
    for name in ("Роснано", "Ростелеком"):
        assert orgs[name] == [name]
    assert any(name.startswith("ФТС") for name in orgs)


def test_sample_lefortovo_locations(lefortovo):
    locs = _by_name(lefortovo.locations)
    assert locs["Москва"] == ["Москвы", "Москвы"]
    assert locs["Россия"] == ["России", "России"]


def test_sample_lefortovo_dates_and_meta(lefortovo, validate_record):
    values = [d.value for d in lefortovo.dates]
    assert "2015-12-11" in values and "2012-12" in values
    assert lefortovo.meta["url"] == "http://lefortovo.mos.ru/presscenter/news/detail/2369221.html"
    assert lefortovo.meta["published"] == "2015-12-11"
    assert lefortovo.meta["title"].startswith("Собянин: Технополис")
    validate_record(lefortovo.as_json())


def test_sample_dump_has_varied_articles(pipeline, validate_record):
    """Each sample article gives valid records with people, organizations, places and
    dates; across the dump there are patronymics and quoted organization names."""
    files = sorted(SAMPLE_DIR.glob("*.txt"))
    assert len(files) >= 6
    middles, quoted = 0, 0
    for path in files:
        record = read_text_file(path)
        article = pipeline.extract(record.text, id=record.id, **record.meta)
        validate_record(article.as_json())
        assert article.persons and article.organizations and article.locations, path.name
        assert article.dates, path.name
        middles += sum(p.middle is not None and not p.middle.endswith(".") for p in article.persons)
        quoted += sum("«" in o.name for o in article.organizations)
    assert middles >= 2
    assert quoted >= 3
