"""Organization families of round 24 (real pipeline, own sentences, not in the gold files):
legal forms of institutions of culture and of children's further education and regional
institutions ("МБУК", "ГАУК", "МБУДО", "КГБУ"), levels of education after a form ("ДПО", "СПО") and foreign legal forms after a name ("Kft.", "Oy",
"AB", "S.p.A.", "B.V."), lexicons/legal_forms.txt; an enterprise named by its place's adjective
that the tagger misses ("Шемуршинским лесхозом"), entities/institutions.py reading
lexicons/org_plant_heads.txt; an adverb the tagger ran an organization into ("в ... больнице" +
"наконец"), entities/org_verb_edges.py."""
import pytest

import rufacts
from names_cases import org_name

LEGAL = [
    ("Концерт подготовили артисты МБУК «Межпоселенческий культурный центр».",
     "МБУК «Межпоселенческий культурный центр»", "Межпоселенческий культурный центр"),
    ("Проверка выявила нарушения в ГБУК «Тульский областной художественный музей».",
     "ГБУК «Тульский областной художественный музей»", "Тульский областной художественный музей"),
    ("Ученики МБУДО «Центр детского творчества» заняли призовые места.",
     "МБУДО «Центр детского творчества»", "Центр детского творчества"),
    ("Оборудование поставит венгерская фирма Dunaferr Gép Kft. из Дьёра.",
     "Dunaferr Gép Kft.", "Dunaferr Gép"),
    ("Соглашение о поставках подписала финская Lapin Mylly Oy.", "Lapin Mylly Oy", "Lapin Mylly"),
    ("Шведская компания Vattenbruk AB откроет рыбное хозяйство в Карелии.", "Vattenbruk AB", "Vattenbruk"),
    ("Слушатели АНО ДПО «Институт современного образования» получили удостоверения.",
     "АНО ДПО «Институт современного образования»", "Институт современного образования"),
]


@pytest.mark.parametrize("text, mention, name", LEGAL)
def test_a_legal_form_is_no_part_of_the_bare_name(text, mention, name):
    assert org_name(text, mention) == name


def test_a_name_with_a_culture_legal_form_and_its_bare_name_are_one_organization():
    article = rufacts.extract("Директор ГАУК «Ивановский театр кукол» ушёл в отставку. "
                              "Ивановский театр кукол возглавит его заместитель.")
    kukol = [o for o in article.organizations if "театр кукол" in o.name]
    assert len(kukol) == 1 and len(kukol[0].mentions) == 2


def _doc(text):
    from rufacts.pipeline import shared

    return shared().nlp(text)


PLACE_ENTERPRISES = [
    ("Руководить Шемуршинским лесхозом поручили Игорю Семёнову.", "Шемуршинским лесхозом"),
    ("Зарплаты работникам Козьмодемьянского хлебозавода подняли на десять процентов.",
     "Козьмодемьянского хлебозавода"),
    ("Налоговая подала иск к Моркинскому леспромхозу.", "Моркинскому леспромхозу"),
]


@pytest.mark.parametrize("text, mention", PLACE_ENTERPRISES)
def test_an_enterprise_named_by_its_place_adjective_is_an_institution(text, mention):
    """Where the tagger gives no span, the institution rule finds the enterprise."""
    from rufacts.entities.institutions import institution_orgs
    from rufacts.grammars.morph import get_morph

    got = institution_orgs(_doc(text), [], get_morph())
    assert [(s.text, s.label_) for s in got] == [(mention, "ORG")]


def test_a_lower_case_adjective_names_no_enterprise():
    from rufacts.entities.institutions import institution_orgs
    from rufacts.grammars.morph import get_morph

    assert institution_orgs(_doc("Руководить районным лесхозом поручили Игорю Семёнову."), [], get_morph()) == []


def _span(doc, text):
    from spacy.tokens import Span

    start = next(t.i for t in doc if text.startswith(t.text) and doc[t.i:].text.startswith(text))
    end = next(t.i + 1 for t in doc[start:] if doc[start:t.i + 1].text == text)
    return Span(doc, start, end, label="ORG")


ADVERBS = [
    ("В Увинской районной больнице наконец открыли травмпункт.", "Увинской районной больнице наконец",
     "Увинской районной больнице"),
    ("В Глазовской центральной районной больнице вчера сменился главный врач.",
     "Глазовской центральной районной больнице вчера", "Глазовской центральной районной больнице"),
    ("На Сарапульском электрогенераторном заводе уже запустили линию.",
     "Сарапульском электрогенераторном заводе уже", "Сарапульском электрогенераторном заводе"),
]


@pytest.mark.parametrize("text, tagged, name", ADVERBS)
def test_an_adverb_the_tagger_ran_the_name_into_is_left_out(text, tagged, name):
    from rufacts.entities.org_verb_edges import without_verb_edges

    assert without_verb_edges(_span(_doc(text), tagged)).text == name


def test_an_adjective_ending_the_name_stays():
    from rufacts.entities.org_verb_edges import without_verb_edges

    doc = _doc("Сотрудники Удмуртского государственного университета прошли обучение.")
    assert without_verb_edges(_span(doc, "Удмуртского государственного университета")).text \
        == "Удмуртского государственного университета"

