"""Name families of round 24 (real pipeline, own sentences, not in the gold files): the clause's shape
leaves a name the nominative (entities/name_subject_clause.py): a nominative apposition after a name
that opens its sentence or follows a verb; a transitive present verb with its object before it; an
intransitive verb (lexicons/name_verbs.tsv, "nomn"); a focus particle between the verb and the name
(lexicons/name_focus_particles.txt). Persons whose surname opens with "ван"/"фон" the tagger typed as
a place (entities/name_particle_surnames.py, lexicons/name_surname_particles.tsv)."""
import pytest

from names_cases import person_at

NOMINATIVE = [
    # a nominative apposition after a name opening its sentence
    ("Севара Назарова, управляющая сетью пекарен в Ташкенте, представила новый бренд.",
     "Севара Назарова", ("Севара", "Назарова")),
    ("Гюльнара Рзаева, генеральный директор бакинской текстильной фирмы, прилетела в Иваново.",
     "Гюльнара Рзаева", ("Гюльнара", "Рзаева")),
    ("Ильнара Шарипова, глава районной больницы, пожаловалась на нехватку врачей.",
     "Ильнара Шарипова", ("Ильнара", "Шарипова")),
    # ... after a verb, closed by the sentence's end
    ("Ресторанный холдинг возглавляет Назире Кая, выпускница кулинарной школы.",
     "Назире Кая", ("Назире", "Кая")),
    # a transitive present verb whose object stands before it
    ("Эту позицию сейчас занимает Сомайе Ахмади.", "Сомайе Ахмади", ("Сомайе", "Ахмади")),
    ("Пост председателя правления занимает Марзие Хоссейни.", "Марзие Хоссейни", ("Марзие", "Хоссейни")),
    ("Кресло мэра сейчас занимает Фатиме Юсефи.", "Фатиме Юсефи", ("Фатиме", "Юсефи")),
    ("Должность главного инженера теперь занимает Амине Демир.", "Амине Демир", ("Амине", "Демир")),
    # an intransitive verb, over a focus particle
    ("В круглом столе участвовала и Фатиму Сиссе из Дакара.", "Фатиму Сиссе", ("Фатиму", "Сиссе")),
    ("На открытии ярмарки присутствовала также Хадиже Сойлу.", "Хадиже Сойлу", ("Хадиже", "Сойлу")),
]


@pytest.mark.parametrize("text, mention, parts", NOMINATIVE)
def test_the_clause_leaves_the_name_the_nominative(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


OBLIQUE = [
    # an intransitive present verb of the dative with a noun before it: no fronted object
    ("Контрольный пакет принадлежит Ивану Сидорову.", "Ивану Сидорову", ("Иван", "Сидоров")),
    # a nominative apposition after a name that depends on a noun agrees with the noun
    ("Сын Петра Романова, директор школы, победил на олимпиаде.", "Петра Романова", ("Петр", "Романов")),
    # a transitive present verb with its subject before it: the name is its object
    ("Компания поддерживает Анну Смирнову.", "Анну Смирнову", ("Анна", "Смирнова")),
    # a new clause after the comma: not an apposition
    ("Суд оправдал Олега Фомина, прокурор обжаловал приговор.", "Олега Фомина", ("Олег", "Фомин")),
]


@pytest.mark.parametrize("text, mention, parts", OBLIQUE)
def test_other_clauses_keep_the_oblique_case(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


PARTICLES = [
    ("Мэрия сдала в аренду Дирку ван ден Хейвелу старую котельную.", "Дирку ван ден Хейвелу",
     ("Дирк", "ван ден Хейвел")),
    ("Область продала Барту ван Остену пакет акций элеватора.", "Барту ван Остену", ("Барт", "ван Остен")),
    ("Награду вручили Фридриху фон Шёнбергу.", "Фридриху фон Шёнбергу", ("Фридрих", "фон Шёнберг")),
]


@pytest.mark.parametrize("text, mention, parts", PARTICLES)
def test_a_name_with_a_dutch_or_german_particle_is_one_person(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def _doc_with_places(text: str, places: list[str]):
    """The pipeline's own tokens of ``text``, with ``places`` typed LOC as the tagger sometimes does
    ("Хенку ван ден" + "Босу")."""
    from spacy.tokens import Span

    from rufacts.pipeline import load

    doc = load().make_doc(text)
    spans = []
    for place in places:
        start = text.index(place)
        spans.append(doc.char_span(start, start + len(place), label="LOC"))
    doc.ents = spans
    return doc, [Span(doc, s.start, s.end, label="LOC") for s in spans]


def test_pieces_of_a_particle_name_typed_as_places_make_one_person():
    from rufacts.entities.name_particle_surnames import particle_surname_spans
    from rufacts.grammars.morph import get_morph

    doc, spans = _doc_with_places("Власти выделили Стейну ван ден Хогу участок.", ["Стейну ван ден", "Хогу"])
    got = particle_surname_spans(doc, spans, get_morph())
    assert [(s.text, s.label_) for s in got] == [("Стейну ван ден Хогу", "PER")]


def test_a_longer_name_holding_the_particle_name_stays():
    from rufacts.entities.name_particle_surnames import particle_surname_spans
    from rufacts.grammars.morph import get_morph

    doc, spans = _doc_with_places("Туристы посетили Музей Винсента ван Гога.", ["Музей Винсента ван Гога"])
    got = particle_surname_spans(doc, spans, get_morph())
    assert [(s.text, s.label_) for s in got] == [("Музей Винсента ван Гога", "LOC")]


def test_an_organization_named_after_such_a_person_keeps_its_name():
    import rufacts

    article = rufacts.extract("Музей Винсента ван Гога в Амстердаме закрылся на ремонт.")
    assert not any(p.name.startswith("Винсент") and "Музей" in m.text
                   for p in article.persons for m in p.mentions)
