"""An enterprise named by adjectives and its noun is an organization, also where the tagger reads
it as a place (entities/org_plant_spans.py). Real pipeline, own sentences."""
import pytest

import rufacts
from test_org_quoted import org_name

PLANTS = [
    ("На Чебоксарском агрегатном заводе открыли аллею в честь работников.", "Чебоксарском агрегатном заводе", "Чебоксарский агрегатный завод"),
    ("На Канашском вагоноремонтном заводе открыли музей.", "Канашском вагоноремонтном заводе", "Канашский вагоноремонтный завод"),
    ("На Ступинском металлургическом комбинате сменился директор.", "Ступинском металлургическом комбинате", "Ступинский металлургический комбинат"),
    ("На Выборгском судостроительном заводе спустили на воду паром.", "Выборгском судостроительном заводе", "Выборгский судостроительный завод"),
]


@pytest.mark.parametrize("text,mention,name", PLANTS)
def test_plant_is_org(text, mention, name):
    assert org_name(text, mention) == name


def test_plant_no_place():
    article = rufacts.extract(PLANTS[0][0])
    assert not any("заводе" in m.text for loc in article.locations for m in loc.mentions)


def test_place_stays():
    # a place's own name with no enterprise noun is no organization
    article = rufacts.extract("На Южном Урале открыли новую дорогу.")
    assert not article.organizations
