"""Descriptive organization names in oblique cases, round 26 (real pipeline, own sentences, not in
the gold files): the tagger's place reading of an institution phrase with a genitive tail typed as
an organization, a "для" + field tail taken into the name, a name of capitalized adjectives, a head
noun and such a tail the tagger missed (entities/org_field_tails.py, lexicons/institution_fields.txt);
a quoted genitive-only name after a piece-of-writing noun read as the medium that owns the piece
(entities/media.py); an analyzer's genitive in an institution's field complement, a namesake only in
the genitive (entities/institutions.py); no campus place after a state's university
(entities/org_place_tail.py); a second adjective in brackets (entities/org_bracketed_adjectives.py); a field noun after "и" with a
genitive of its own (entities/org_genitive_and.py); a quoted name of two nouns both declined
(entities/org_frozen_names.py); a date no genitive complement (entities/org_name_extent.py); a unit's
owner a mention of its own (entities/orgs.after_branch); an institution's name before its owner's abbreviation (entities/orgs.py)."""
import pytest

from spacy.tokens import Span

import rufacts
from names_cases import org_name
from rufacts.entities.institutions import institution_orgs
from rufacts.entities.org_field_tails import institution_places_as_orgs
from rufacts.grammars.morph import get_morph


def _doc(text: str):
    nlp = rufacts.load()
    with nlp.select_pipes(disable=["rufacts_entities"]):
        return nlp(text)


def _span(doc, words: str, label: str) -> Span:
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), label=label)


def test_an_institute_the_tagger_read_as_a_place_is_an_organization():
    doc = _doc("Учёные Алтайского института комплексного освоения природных ресурсов нашли кедр.")
    place = _span(doc, "Алтайского института комплексного освоения природных ресурсов", "LOC")
    assert [(s.text, s.label_) for s in institution_places_as_orgs(doc, [place])] == [(place.text, "ORG")]
    river = _span(doc, "Алтайского", "LOC")  # a place of adjectives alone stays a place
    assert institution_places_as_orgs(doc, [river])[0].label_ == "LOC"


def test_a_nominative_person_after_a_theatre_is_no_namesake():
    doc = _doc("На сцене Большого драматического театра Вадим Скворцов не играл с весны.")
    spans = [_span(doc, "Большого драматического", "ORG"), _span(doc, "Вадим Скворцов", "PER")]
    got = [(s.text, s.label_) for s in institution_orgs(doc, spans, get_morph())]
    assert ("Большого драматического театра", "ORG") in got

NAMED = [
    # a field tail after "для": the name goes on over it
    ("Совет директоров Корейского банка для реконструкции и развития собрался в Сеуле.",
     "Корейского банка для реконструкции и развития", "Корейский банк для реконструкции и развития"),
    ("Заём выдан Немецким банком для международного сотрудничества под три процента.",
     "Немецким банком для международного сотрудничества", "Немецкий банк для международного сотрудничества"),
    # a field noun in the genitive right after the tagger's "adjective + head noun"
    ("Кредит Азиатского банка развития для малого бизнеса одобрен.", "Азиатского банка развития",
     "Азиатский банк развития"),
    # the analyzer's genitive where the tagger carried the locative over "степной экологии"
    ("Грант получила лаборатория в Хакасском институте степной экологии.",
     "Хакасском институте степной экологии", "Хакасский институт степной экологии"),
    # a state university's place after "в" says where it stands; an institute's owner's abbreviation
    ("Лекцию прочли студентам Дальневосточного федерального университета во Владивостоке.",
     "Дальневосточного федерального университета", "Дальневосточный федеральный университет"),
    ("Статью написали сотрудники Иркутского научного центра СО РАН.", "Иркутского научного центра СО РАН",
     "Иркутский научный центр СО РАН"),
    # a field noun after "и" with its own genitive, of another number than the first
    ("По данным Института статистических исследований и экономики труда, спрос вырос.",
     "Института статистических исследований и экономики труда",
     "Институт статистических исследований и экономики труда"),
    # a second adjective in brackets, the tagger's places
    ("Диссертацию защитили в Южном (Приморском) федеральном университете весной.",
     "Южном (Приморском) федеральном университете", "Южный (Приморский) федеральный университет"),
    # a quoted name of two nouns in apposition, both declined in the slot's case
    ("Ипотечный договор с «Почтой Банком» расторгли через суд.", "Почтой Банком", "Почта Банк"),
    ("Вклады пенсионеров в «Почте Банке» выросли за год.", "Почте Банке", "Почта Банк"),
    # a medium in the genitive after a piece-of-writing noun
    ("В материале «Вечерней Москвы» приводятся слова мэра.", "Вечерней Москвы", "Вечерняя Москва"),
    ("В статье «Ведомостей» приводятся данные аналитиков.", "Ведомостей", "Ведомости"),
]


@pytest.mark.parametrize("text, mention, name", NAMED)
def test_descriptive_name_in_an_oblique_case(text, mention, name):
    assert org_name(text, mention) == name


def test_a_purpose_after_dlya_stays_out_of_the_name():
    # "бизнес" names no field, "Украины" is a name: the bank's name stops before "для"
    assert org_name("Кредит Азиатского банка развития для малого бизнеса одобрен.",
                    "Азиатского банка развития") == "Азиатский банк развития"
    assert org_name("Транш Всемирного банка для Украины задержали.", "Всемирного банка") == "Всемирный банк"


def test_a_date_stops_the_name():
    assert org_name("Решения Японского центрального банка двадцатого марта ждут биржи.",
                    "Японского центрального банка") == "Японский центральный банк"


def test_a_units_owner_is_a_mention_of_its_own():
    assert org_name("Заявки рассмотрел наблюдательный совет Фонда культурных инициатив.",
                    "Фонда культурных инициатив") == "Фонд культурных инициатив"


def test_a_piece_title_in_the_nominative_is_no_organization():
    article = rufacts.extract("В статье «Зима близко» автор спорит с министром.")
    assert not article.organizations
