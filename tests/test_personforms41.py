"""People's names in a wrong nominative or a wrong extent (session 41, family personforms41): a title
whose lemma the tagger made up (rufacts.entities.name_office_surname._lemma_misread), Turkish surnames'
finals (lexicons/name_origin_declension.tsv), a participle after a comma past a span of time and a
woman's nominative one (rufacts.entities.name_participle_cues), a man's accounting post serving a woman
(lexicons/role_words.txt), a word glued before the given name that agrees with it in nothing
(rufacts.entities.name_disagreeing_leads), "де" after a given name the tagger typed a place
(rufacts.entities.name_particle_surnames), a given name opening its sentence that is also a title's
form (rufacts.entities.name_opening_given)."""
import pytest

import rufacts


def _names(text):
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # a title whose lemma the tagger made up: the monastic name and the surname in brackets, one person
    ("Свечи к празднику передали игумении Евпраксии (Соломиной).", "Евпраксия Соломина"),
    # Turkish surnames in -у after a cluster no Turkish word ends in stand
    ("Проект моста поручили турецкому архитектору Селиму Айдогду.", "Селим Айдогду"),
    ("Контракт отдали турецкому застройщику Мевлюту Куюмджу.", "Мевлют Куюмджу"),
    # a participle after a span of time; a woman's nominative participle
    ("Коллектив школы поздравил с юбилеем Е. М. Фомичёву, тридцать лет проработавшую учителем физики.",
     "Е. М. Фомичёва"),
    ("На встрече присутствовал помощник прокурора района Сидоркина В. Л., курирующая дела о долгах по зарплате.",
     "В. Л. Сидоркина"),
    # a man's accounting post in apposition serves a woman
    ("Следователи рассказали о Марине Сковороде, бывшем главбухе молокозавода.", "Марина Сковорода"),
    # "де" after a given name the tagger may read as a place
    ("В деловой прессе появились сообщения о Питере де Грооте, бывшем директоре порта.", "Питер де Гроот"),
    # a given name opening its sentence that is also a title's form
    ("Эмиру Селимбеговичу, директору фабрики, вручили грамоту.", "Эмир Селимбегович"),
])
def test_fixed(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Жена Петрова, возглавлявшая фонд, дала показания.", "Петров"),  # her husband's genitive
    ("Заявление подписала Петрова Мария Ивановна.", "Мария Ивановна Петрова"),  # a surname before its given name
    ("На сцену вышел Жан Клод Ван Дамм.", "Жан Клод Ван Дамм"),  # two given names agree
    ("Турецкий суд вынес приговор Ахмету Йылмазу.", "Ахмет Йылмаз"),  # a consonant stem still declines
    ("Контракт достался турецкому бизнесмену Мехмету Озтюрку.", "Мехмет Озтюрк"),
    ("Генерал Шарль де Голль выступил по радио.", "Шарль де Голль"),
])
def test_unchanged(text, name):
    assert name in _names(text)


def test_no_person_in_place():
    assert _names("Делегация прибыла в Сантьяго де Чили в понедельник.") == []
    assert "Вучич" in _names("Президенту Вучичу вручили ноту.")


@pytest.mark.parametrize("text, glued, given", [
    ("Главный технолог КБ Яковлева Андрей Сутулов выступил на выставке.", "Яковлева", "Андрей"),
    ("Интервью с шерифом округа Кук Брендоном Уолшем вышло в субботу.", "Кук", "Брендоном"),
    ("Интервью с шерифом округа Кук Брендоном О'Мэлли вышло в субботу.", "Кук", "Брендоном"),
])
def test_disagreeing_lead(text, glued, given):
    """A person span the tagger opened at the word before the given name (as it does at times) opens
    at the given name."""
    from spacy.tokens import Span
    from rufacts.entities.name_disagreeing_leads import disagreeing_leads
    from rufacts.grammars.morph import get_morph
    doc = rufacts.load()(text)
    i = next(t.i for t in doc if t.text == glued)
    out = disagreeing_leads(doc, [Span(doc, i, i + 3, label="PER")], get_morph())
    assert out[0][0].text == given


@pytest.mark.parametrize("text, lead", [
    ("Заявление подписала Петрова Мария Ивановна.", "Петрова"),
    ("На сцену вышел Жан Клод Ван Дамм.", "Жан"),
    ("В Москву прибыла Дао Тхи Лан.", "Дао"),  # Vietnamese; the Tao to the dictionary
])
def test_agreeing_lead_kept(text, lead):
    from spacy.tokens import Span
    from rufacts.entities.name_disagreeing_leads import disagreeing_leads
    from rufacts.grammars.morph import get_morph
    doc = rufacts.load()(text)
    i = next(t.i for t in doc if t.text == lead)
    out = disagreeing_leads(doc, [Span(doc, i, i + 3, label="PER")], get_morph())
    assert out[0][0].text == lead
