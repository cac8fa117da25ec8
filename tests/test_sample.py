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
    kinds = {o.name: o.kind for o in lefortovo.organizations}
    assert orgs["NeoPhotonics"] == ["компании NeoPhotonics", "NeoPhotonics", "NeoPhotonics"]
    assert orgs["Роснано"] == ["портфельная компания «Роснано»"]
    assert orgs["Ростелеком"] == ["компания «Ростелеком»"]
    assert kinds["NeoPhotonics"] == kinds["Роснано"] == kinds["Ростелеком"] == "компания"
    # the name as written (schema "1"); a known body's alias-lexicon name in `canonical`
    assert orgs["ФТС России"] == ["ФТС России"]
    canonical = {o.name: o.canonical for o in lefortovo.organizations}
    assert canonical["ФТС России"] == "Федеральная таможенная служба"
    assert canonical["Ростелеком"] is None
    categories = {o.name: o.category for o in lefortovo.organizations}
    assert categories["ФТС России"] == "ministry_or_agency"
    assert categories["Ростелеком"] == "company"
    assert orgs["Управа района Лефортово"] == ["Управа района Лефортово"]


def test_sample_lefortovo_technopolis_is_an_organization_not_the_city(lefortovo):
    orgs = _by_name(lefortovo.organizations)
    mentions = orgs["Технополис «Москва»"]
    named = [m for m in mentions if m.endswith(("»", '"'))]
    assert len(named) == 6  # title, and every "технополис(е) «Москва»" of the body
    assert all(m.lower().startswith("технополис") for m in named)
    assert set(mentions) - set(named) == {"технополисе"}  # "в технополисе имеется ..."
    assert {o.kind for o in lefortovo.organizations if o.name == "Технополис «Москва»"} == {
        "технополис"}
    assert "Москва" not in orgs


def test_sample_lefortovo_locations(lefortovo):
    locs = _by_name(lefortovo.locations)
    assert locs["Москва"] == ["Москвы", "Москвы"]
    assert locs["Россия"] == ["России", "России"]
    assert locs["Лефортово"] == ["Лефортово"]
    assert "Управа района" not in locs  # the descriptor of an organization, not a place


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


def test_sample_lefortovo_sobyanin_is_the_mayor_of_moscow(lefortovo):
    person = next(p for p in lefortovo.persons if p.last == "Собянин")
    roles = [(r.title, r.of, r.text) for r in person.roles]
    assert roles[0] == ("мэр", "Москва", "мэр Москвы")
    # later references by role alone, after verbs of saying
    assert {r.text for r in person.roles} >= {"глава города", "столичный градоначальник"}


def test_sample_lefortovo_sector_counts(lefortovo, validate_record):
    found = [(s.count, s.object, s.sector, s.total) for s in lefortovo.sector_counts]
    assert (3, "компания", "микроэлектроника и высокие технологии", 10) in found
    assert (7, "компания", "производство медицинского оборудования и фармацевтика", 10) in found
    assert found.count((10, "компания", "высокие технологии", None)) == 2  # title and body
    ten = [s for s in lefortovo.sector_counts if s.object == "производство"]
    assert len(ten) == 1 and ten[0].count == 10
    assert "биотехнологии" in ten[0].sector and "медицинское оборудование" in ten[0].sector
    assert not any("№" in s.text for s in lefortovo.sector_counts)  # "корпус № 5" is no count
    # ОКВЭД 2 codes: microelectronics is 26; "высокие технологии" fits no division
    codes = {(s.count, s.sector): [o.code for o in s.okved] for s in lefortovo.sector_counts}
    assert codes[(3, "микроэлектроника и высокие технологии")] == ["26"]
    assert codes[(7, "производство медицинского оборудования и фармацевтика")] == [
        "21", "26", "32"]
    assert codes[(10, "высокие технологии")] == []
    assert {"26", "61", "62", "72"} <= set(codes[(10, ten[0].sector)])
    record = lefortovo.as_json()
    assert record["schema_version"] == "1.1"
    assert record["sector_counts"][-1]["okved"][0]["name"].startswith("Производство")
    validate_record(record)


def test_sample_lefortovo_amounts(lefortovo, validate_record):
    found = {a.text: (a.kind, a.value, a.unit, a.qualifier) for a in lefortovo.amounts}
    assert found["более 175 тыс. кв. м"] == ("area", 175000, "m2", "more_than")
    assert found["около 500 млн. долл."] == ("money", 500000000, "USD", "approx")
    assert not any("№" in text for text in found)
    assert found["полгода"] == ("duration", 6, "month", None)  # "за последние полгода"
    assert {a.duration for a in lefortovo.amounts if a.kind == "duration"} == {"P6M"}
    validate_record(lefortovo.as_json())


def test_sample_lefortovo_relative_date_anchored_on_publication(lefortovo):
    values = {d.text: d.value for d in lefortovo.dates}
    assert values["втором полугодии текущего года"] == "2015-07/2015-12"
