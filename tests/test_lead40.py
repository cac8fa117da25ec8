"""Session 40, lead: lone-word person tests at the edges of names."""
from rufacts.entities.name_false_persons import no_person
from rufacts.grammars.morph import get_morph
from rufacts.pipeline import load
from spacy.tokens import Span


def _word_span(text: str, word: str) -> Span:
    doc = load()(text)
    i = [t.text for t in doc].index(word)
    return Span(doc, i, i + 1, label="PER")


def test_a_given_name_with_a_surname_after_an_illness_noun_is_a_person():
    """"болезни Паркинсона" names an illness, no one; "болезни Тагира Сафиуллина" is the man's illness,
    where the tagger reads the given name alone as a person."""
    morph = get_morph()
    eponym = _word_span("Врачи нашли у него болезнь Паркинсона.", "Паркинсона")
    given = _word_span("Из-за болезни Тагира Сафиуллина концерт отменили.", "Тагира")
    assert no_person(eponym.doc, eponym, morph)
    assert not no_person(given.doc, given, morph)
