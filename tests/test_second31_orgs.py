"""Organizations (second look at names-blind-31, w273): a sentence's first words naming a body by two
adjectives or more before an institution noun (rufacts.entities.institutions._named, chain);
classification societies and a railway's regional branch (lexicons/institution_nouns.txt "регистр",
"дорога <железный"); a one-word compound ending in a dictionary nominative (rufacts.entities.normal:
"Облизбирком", not "Облизбирк"); a remit the tagger cut (rufacts.entities.org_remit_tails); a body
named after a press service with its territory (rufacts.entities.bodies._unit_owner); a capitalized
adjective before a descriptor's lower-case ones (rufacts.entities.org_capital_leads)."""
import pytest

from names_cases import org_name


@pytest.mark.parametrize("text, mention, want", [
    ("Областная клиническая больница скорой медицинской помощи приняла пострадавших.",
     "Областная клиническая больница скорой медицинской помощи",
     "Областная клиническая больница скорой медицинской помощи"),
    ("Итальянский национальный симфонический оркестр выступит в Казани.",
     "Итальянский национальный симфонический оркестр", "Итальянский национальный симфонический оркестр"),
    ("Российский речной регистр судоходства выдал теплоходу новое свидетельство.",
     "Российский речной регистр судоходства", "Российский речной регистр судоходства"),
    ("Ремонт моста заставил Горьковскую железную дорогу отменить две электрички.",
     "Горьковскую железную дорогу", "Горьковская железная дорога"),
    ("Горизбирком отказал кандидату в регистрации.", "Горизбирком", "Горизбирком"),
    ("Об аресте рассказала пресс-служба Следственного управления СК России по Калужской области.",
     "Следственного управления СК России по Калужской области",
     "Следственное управление СК России по Калужской области"),
    ("Об аресте рассказала пресс-служба Главного управления МВД России по Пермскому краю.",
     "Главного управления МВД России по Пермскому краю", "Главное управление МВД России по Пермскому краю"),
    ("Руководство Центрального межрегионального территориального управления Росстандарта сообщило о проверках.",
     "Центрального межрегионального территориального управления Росстандарта",
     "Центральное межрегиональное территориальное управление Росстандарта"),
])
def test_org_name(text, mention, want):
    assert org_name(text, mention) == want


@pytest.mark.parametrize("text, mention", [
    ("Городская больница приняла троих пострадавших.", "Городская больница"),  # one adjective: a kind
    ("Туристы проехали по Военно-Грузинской дороге до перевала.", "Военно-Грузинской дороге"),  # a road
    ("Новая городская больница откроется в 2027 году.", "Новая городская больница"),  # a quality: no name
])
def test_no_org(text, mention):
    assert org_name(text, mention) is None


def test_remit_cut_by_tagger():
    """The tagger stops inside the remit ("... по выборам и проведению"); the remit's end is the name's."""
    from rufacts.entities.org_remit_tails import remit_tails
    from rufacts.pipeline import shared
    from spacy.tokens import Span

    doc = shared().nlp("Делегация встретилась с Центральной комиссией по выборам и проведению референдумов Таджикистана.")
    cut = Span(doc, 3, 9, label="ORG")  # "Центральной комиссией по выборам и проведению"
    place = Span(doc, 10, 11, label="LOC")
    grown = remit_tails(doc, [cut, place])
    assert [s.text for s in grown if s.label_ == "ORG"] == [
        "Центральной комиссией по выборам и проведению референдумов Таджикистана"]
    closed = Span(doc, 3, 11, label="ORG")  # a place closes the remit: nothing after it is taken
    assert remit_tails(doc, [closed]) == [closed]
