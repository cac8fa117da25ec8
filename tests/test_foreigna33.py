"""Foreign names in -а beside initials, regnal names and lone Western given names
(entities/name_initials_last.py, entities/name_regnal.py, entities/name_solutions.py,
lexicons/first_names.tsv, lexicons/foreign_names.tsv): a surname in -а beside initials in a
subject's slot stands as written, in an oblique case it goes to its -а nominative, and a surname
the dictionary knows declined keeps its declension; a given name before its regnal number is
kept where the tagger cut it or missed it; a lone Western given name is a given name."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name, last", [
    ("Лидер оппозиции Х. Сантана заявил о бойкоте выборов.", "Х. Сантана", "Сантана"),
    ("Е. Кабалья признал, что переговоры зашли в тупик.", "Е. Кабалья", "Кабалья"),
    ("Отставки Х. Сантаны требуют профсоюзы.", "Х. Сантана", "Сантана"),
    ("Профсоюзы провели переговоры с Х. Сантаной.", "Х. Сантана", "Сантана"),
    ("Представитель Э. Моралеса сообщил о смене адвоката.", "Э. Моралес", "Моралес"),
    ("Приговор опротестовал помощник Г. Кастильона.", "Г. Кастильон", "Кастильон"),
    ("Следователь допросил Р. Л. Гумерова, заместителя директора завода.", "Р. Л. Гумеров", "Гумеров"),
])
def test_a_surname_in_a_beside_initials(text, name, last):
    assert any(p[0] == name and p[2] == last for p in _persons(text))


@pytest.mark.parametrize("text, name", [
    ("В Москву с визитом прибыл король Свазиленда Мсвати III.", "Мсвати III"),
    ("Вчера король Лесото Летсие III распустил парламент.", "Летсие III"),
    # the title's nominative is the name's case (entities/name_title_edges.py, session 34): no -ия's dative
    ("Нового премьера утвердил король Лесото Летсие III.", "Летсие III"),
])
def test_a_regnal_name_keeps_its_given_name(text, name):
    names = {p[0] for p in _persons(text)}
    assert name in names
    assert not {n for n in names if n.split()[0] in ("III", "II", "IV")}


@pytest.mark.parametrize("text, first", [
    ("Рассказ Винсента подтвердили соседи.", "Винсент"),
    ("Кевину удалось выбраться из машины до взрыва.", "Кевин"),
    ("С Натаном мы познакомились ещё в университете.", "Натан"),
    ("Жюльен отказался комментировать решение суда.", "Жюльен"),
])
def test_a_lone_western_given_name(text, first):
    assert (first, first, None) in _persons(text)


@pytest.mark.parametrize("text, first", [
    ("Шейх Тамим прибыл в Москву с официальным визитом.", "Тамим"),
    ("Службу возглавил архиепископ Пахомий.", "Пахомий"),
])
def test_a_given_name_after_its_title(text, first):
    assert (first, first, None) in _persons(text)
