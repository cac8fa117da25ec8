"""Extent of organization names after the head noun (session 26's second look): unchanging foreign
words after a lone capitalized institution noun, a tail cut before the next clause, a party's "за"
cause, a capitalized numbered institution with the people it serves, a capitalized adjective
opening a chain before a body noun. Own sentences, real pipeline."""
import pytest
from spacy.tokens import Span

import rufacts
from rufacts.entities.org_foreign_tails import without_clause_tails
from rufacts.grammars.morph import get_morph


def org_names(text: str) -> set[str]:
    return {o.name for o in rufacts.extract(text).organizations}


CASES = [
    # a lone institution noun takes in the foreign words that do not decline
    ("Президент Университета Алламе Табатабаи заявил о грантах.", "Университет Алламе Табатабаи"),
    # a party's cause
    ("Депутаты объединились с Партией зелёных за чистый воздух перед голосованием.",
     "Партия зелёных за чистый воздух"),
    # a capitalized numbered institution with the people it serves
    ("Мэрия передала Школе-интернату № 2 для глухих детей новое оборудование.",
     "Школа-интернат № 2 для глухих детей"),
    # a capitalized adjective opening a chain of agreeing ones before a body noun
    ("Акции перешли к Саудовской арабской нефтяной компании.", "Саудовская арабская нефтяная компания"),
]


@pytest.mark.parametrize(("text", "name"), CASES, ids=[c[1] for c in CASES])
def test_org_name_extent(text, name):
    assert name in org_names(text)


def test_clause_word_cut_from_a_name_tail():
    # the tagger's overrun into the next clause's subject is cut; a dative of a verbal noun stays
    nlp = rufacts.load()
    doc = nlp("Ишимскому краеведческому музею потомки купца передали альбом.")
    cut = without_clause_tails(doc, [Span(doc, 0, 5, label="ORG")], get_morph())
    assert [s.text for s in cut] == ["Ишимскому краеведческому музею"]
    doc = nlp("Деньги пришли от Фонда поддержки инновациям молодых учёных.")
    kept = [Span(doc, 3, 6, label="ORG")]
    assert without_clause_tails(doc, kept, get_morph()) == kept


def test_declining_word_after_institution_stays_out():
    # "Иван" declines: a person after the body, not its name
    assert not any(n.startswith("Университет Иван") for n in org_names("Доклад ректора Университета Иван Сидоров прочитал вслух."))


def test_party_head_last_takes_no_cause():
    # a name ending in its head noun: "за поправки" is what the party voted for
    assert not any("поправки" in n for n in org_names("Вчера Либерально-демократическая партия за поправки не голосовала."))


def test_purpose_after_numbered_school_stays_out():
    assert not any("ремонта" in n for n in org_names("Шефы передали Гимназии № 7 для ремонта крупную сумму."))


def test_unknown_word_in_a_case_ending_stays_out():
    # "Боготы" declines (of Богота) though pymorphy3 does not know it: the court's place, no person
    article = rufacts.extract("Суд Боготы отклонил жалобу.")
    assert not article.persons
