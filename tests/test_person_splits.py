"""Person spans cut before grouping (rufacts.entities.person_splits): people glued across a
comma, an organization name glued before a person's, one-word spans that are no person."""
from __future__ import annotations

from spacy.tokens import Span

from rufacts.entities.person_splits import split_persons
from rufacts.grammars.morph import get_morph


def _cut(nlp, text, words):
    """split_persons on the doc of ``text`` with one PER span over ``words``."""
    doc = nlp(text)
    start = next(t.i for t in doc if text.find(words) == t.idx)
    end = next(t.i for t in doc if t.idx + len(t.text) == text.find(words) + len(words)) + 1
    return [(s.text, s.label_) for s in split_persons(doc, [Span(doc, start, end, "PER")],
                                                      get_morph())]


def test_two_people_glued_by_a_comma_are_two_mentions(nlp):
    text = "Шайбы забросили Овечкин, Фёдоров и Малкин."
    assert _cut(nlp, text, "Овечкин, Фёдоров") == [("Овечкин", "PER"), ("Фёдоров", "PER")]


def test_an_organization_name_glued_before_a_person_is_cut_off(nlp):
    text = "Спецназ ликвидировал лидера Аль-Кайды Усаму бин Ладена."
    assert _cut(nlp, text, "Аль-Кайды Усаму бин Ладена") == [
        ("Аль-Кайды", "ORG"), ("Усаму бин Ладена", "PER")]


def test_one_word_that_is_no_name_is_no_person(nlp):
    assert _cut(nlp, "Это случилось со всеми из братьев Ямадаевых.", "Ямадаевых") == []
    assert _cut(nlp, "Подана вторая жалоба в городской суд.", "Подана") == []


def test_a_one_word_surname_that_a_longer_name_has_stays(nlp):
    doc = nlp("Губернатором стал Никита Белых. Белых заявил о планах.")
    spans = [Span(doc, 2, 4, "PER"), Span(doc, 5, 6, "PER")]
    assert [s.text for s in split_persons(doc, spans, get_morph())] == ["Никита Белых", "Белых"]


def test_two_east_asian_names_glued_are_two_mentions(nlp):
    text = "Встречу открыл помощник Си Цзиньпина Ван Хунин."
    assert _cut(nlp, text, "Си Цзиньпина Ван Хунин") == [("Си Цзиньпина", "PER"),
                                                       ("Ван Хунин", "PER")]
