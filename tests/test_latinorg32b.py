"""Organization names written in Latin letters in an organization's slot of a Russian sentence
(entities/org_latin_slots.py): a dotted site's name the tagger cut or missed is whole ("Virtus.pro",
"Aurora.gg"); a Latin name after a noun of a deal and "с" ("Договор с Hyundai Transys") is the
other party; a product, a vehicle or a model's designation after a noun whose complement is as
often a thing ("пассажиры Toyota Camry", "покупок F-35", "пользователи Windows") stays no
organization."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Жребий свёл Virtus.pro с действующими чемпионами.", "Virtus.pro"),
    ("Жребий свёл Aurora.gg с действующими чемпионами.", "Aurora.gg"),
])
def test_a_dotted_site_name_is_one_organization(text, name):
    assert name in _orgs(text)
    assert name.split(".")[0] not in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Договор с Hyundai Transys рассчитан на семь лет.", "Hyundai Transys"),
    ("Контракт с Hyundai Mobis подписан.", "Hyundai Mobis"),
])
def test_a_latin_name_after_a_deal_and_with_is_the_party(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "Пользователи Windows жалуются на очередной сбой.",
    "Общее количество покупок F-35 выросло вдвое.",
    "Пассажиры Toyota Camry не пострадали.",
    "Между Windows и macOS разницы почти нет.",
])
def test_a_product_in_latin_letters_is_no_organization(text):
    assert not _orgs(text)


def test_an_abbreviated_word_with_its_dot_stays_inside_the_name():
    assert "St. Louis Post-Dispatch" in _orgs("Газета St. Louis Post-Dispatch опубликовала расследование.")


def test_a_latin_letter_alone_is_no_organization():
    """A single Latin letter after a descriptor ("группа") names a group of a tournament, not a company."""
    article = rufacts.extract("Таким образом, Мексика вышла на первую строчку в группе E.")
    assert not any(o.name == "E" for o in article.organizations), [o.name for o in article.organizations]
