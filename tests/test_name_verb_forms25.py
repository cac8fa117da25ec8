"""The one test of a verb's past tense the person-name rules share (rufacts.entities.name_verb_forms):
a past-tense singular verb by its ending of the verb's gender, a singular verb of the present or
future, and the four rules that read a name as a verb's subject through it. Real pipeline, own
sentences (no gold file has them)."""
import pytest
from names_cases import expected_parts, person_parts

from rufacts.entities.name_verb_forms import non_past_singular, past_ending, past_singular


def _token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


# (text, verb, past singular of any gender, feminine past singular, present or future singular)
VERBS = [
    ("Договор аренды подписала Дарина Кошелева.", "подписала", True, True, False),
    ("Договор аренды подписал Тимофей Рагозин.", "подписал", True, False, False),
    ("Вчера правительство области подписало соглашение.", "подписало", True, False, False),
    ("После выборов Анна Горелова вернулась в Казань.", "вернулась", True, True, False),
    ("Договор аренды подписывает Тимофей Рагозин.", "подписывает", False, False, True),
    ("Этот проект завтра возглавит Тимофей Рагозин.", "возглавит", False, False, True),
    ("Договор аренды подписали директора двух заводов.", "подписали", False, False, False),
    ("Выступивший на форуме Тимофей Рагозин ответил на вопросы.", "Выступивший", False, False, False),
]


@pytest.mark.parametrize(("text", "word", "past", "feminine", "non_past"), VERBS, ids=[v[1] for v in VERBS])
def test_verb_forms(nlp, text, word, past, feminine, non_past):
    verb = _token(nlp, text, word)
    assert past_singular(verb) is past
    assert past_singular(verb, ("femn",)) is feminine
    assert non_past_singular(verb) is non_past


def test_past_endings_by_gender():
    assert past_ending("провела", ("femn",)) and past_ending("провелась", ("femn",))
    assert not past_ending("провёл", ("femn",)) and past_ending("провёл", ("masc",))
    assert past_ending("провело") and not past_ending("проводит")


# (text, name, first, middle, last): a woman's name that reads as a man's genitive or accusative
# too ("Евгения" of Евгений, "-ову" of -ов), read as the subject of the past-tense or present verb
PERSONS = [
    # a feminine past verb right before the name, no subject before it (name_verb_agreement)
    ("Интервью телеканалу дала Евгения Сорокина.", "Евгения Сорокина", "Евгения", None, "Сорокина"),
    # a feminine past verb right after it, nothing before it may be its subject (name_verb_agreement)
    ("В 2011 году Евгения Гайнуллина возглавила кафедру органической химии.", "Евгения Гайнуллина",
     "Евгения", None, "Гайнуллина"),
    # a feminine past verb after a post and its genitive words (name_subject_cues._woman_in_post)
    ("Заместитель главы города Александра Кочеткова провела совещание.", "Александра Кочеткова",
     "Александра", None, "Кочеткова"),
    # a present verb after a fronted object (name_subject_clause.subject_after_fronted_object)
    ("Этот пост сейчас занимает Валерия Гусева.", "Валерия Гусева", "Валерия", None, "Гусева"),
    # a present verb whose object is a body (name_subject_clause.body_verb_subject)
    ("Институт, который возглавляет Евгения Сорокина, открыл филиал.", "Евгения Сорокина", "Евгения",
     None, "Сорокина"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_subject_by_verb_form(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
