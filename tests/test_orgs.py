"""Organizations built around a place: descriptor + place, organization + place."""
from __future__ import annotations

import pytest

from rufacts.lexicons import load_list


def _orgs(pipeline, text):
    article = pipeline.extract(text)
    return {m.text for o in article.organizations for m in o.mentions}, article


@pytest.mark.parametrize("text, org", [
    ("Представители правительства Китая прибыли в Пекин.", "правительства Китая"),
    ("В мэрии Москвы обсудили проект.", "мэрии Москвы"),
    ("Заявление посольства США появилось утром.", "посольства США"),
    ("Решение министерства сельского хозяйства Германии вступит в силу в мае.",
     "министерства сельского хозяйства Германии"),
    ("Федеральной таможенной службы России это не касается.",
     "Федеральной таможенной службы России"),
])
def test_orgs_descriptor_before_a_place_is_an_organization(pipeline, text, org):
    mentions, article = _orgs(pipeline, text)
    assert org in mentions
    place = org.split()[-1]
    # the place stays a location mention, nested in the organization
    assert place in {m.text for loc in article.locations for m in loc.mentions}


@pytest.mark.parametrize("text, org, dropped", [
    ("Сотрудники ФТС России задержали груз.", "ФТС России", "ФТС"),
    ("Официальный представитель МИД Грузии выступила с заявлением.", "МИД Грузии", "МИД"),
])
def test_orgs_organization_with_its_place_takes_the_place_in(pipeline, text, org, dropped):
    mentions, _ = _orgs(pipeline, text)
    assert org in mentions
    assert dropped not in mentions  # not a second organization


@pytest.mark.parametrize("text", [
    "Жители Москвы вышли на улицы.",          # not a descriptor
    "Туристы из Китая посетили Казань.",
])
def test_orgs_no_organization_without_a_descriptor(pipeline, text):
    mentions, _ = _orgs(pipeline, text)
    assert mentions == set()


def test_orgs_descriptor_lexicon_is_data():
    descriptors = load_list("org_descriptors.txt")
    assert {"правительство", "министерство", "мэрия", "компания"} <= descriptors
    assert not any(d.startswith("#") or " " in d for d in descriptors)
