"""Units of institutions at their edges, family unitedges51: a unit opening the sentence in the
nominative is lower case (org_opening_units.py, the "+" nouns of lexicons/org_lower_units.txt), a unit
cut from the owner with a name of its own glued to it (org_unit_owner_splits.py,
lexicons/org_unit_split_owners.tsv), a post, a topic's noun or a working group cut off the name they
open (org_unit_edges.py), a possessive pronoun and a person after a unit kept out of a body's name
(bodies.py, lexicons/possessive_determiners.txt), a field of two coordinated adjectives or an
indeclinable noun (bodies.py). Neighbours that must not change. Sentences of this file's own, not the
gold's."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, names", [
    # a unit opening the sentence in the nominative: lower case
    ("Кафедра аналитической химии провела летнюю школу.", {"кафедра аналитической химии"}),
    ("Отдел маркетинга театра подготовил новую афишу.", {"отдел маркетинга"}),
    ("Лаборатория почвенной микробиологии получила новый секвенатор.", {"лаборатория почвенной микробиологии"}),
    ("Отделение гнойной хирургии получило новый аппарат.", {"отделение гнойной хирургии"}),
    # a body's own name, a title and an acronym after the unit's noun keep their capital
    ("Министерство культуры Тульской области объявило конкурс.", {"Министерство культуры Тульской области"}),
    ("Дирекция скоростного сообщения назначила новые поезда.", {"Дирекция скоростного сообщения"}),
    # the owner with a name of its own is an organization of its own
    ("Отдел кадров Министерства финансов Тверской области объявил набор.",
     {"отдел кадров", "Министерство финансов Тверской области"}),
    ("Кафедре общей хирургии Курского государственного медицинского университета вручили грант.",
     {"кафедра общей хирургии", "Курский государственный медицинский университет"}),
    ("В терапевтическом отделении городской больницы № 12 сделали ремонт.",
     {"терапевтическое отделение", "городская больница № 12"}),
    ("Кафедра уголовного права КубГУ провела олимпиаду.", {"кафедра уголовного права", "КубГУ"}),
    # a town's executive, a district, a see stay in the unit's name
    ("Отдел образования администрации Шуйского района провёл совещание.",
     {"отдел образования администрации Шуйского района"}),
    # the words before the name: a post, a topic's noun, a possessive, a working group
    ("Начальнику финансово-экономического управления объявили выговор.", {"финансово-экономическое управление"}),
    ("Слухи о Калужском турбинном заводе не подтвердились.", {"Калужский турбинный завод"}),
    ("Она рассказала, как её отдел продаж выполнил план.", {"отдел продаж"}),
    ("Рабочая группа Горьковской железной дороги обсудила расписание.", {"Горьковская железная дорога"}),
    # a person after a unit is its head
    ("По словам декана химического факультета Олега Рябинина, конкурс вырос.", {"химический факультет"}),
    # a field of two coordinated adjectives; an indeclinable field
    ("Кафедра гражданского и семейного права провела конференцию.", {"кафедра гражданского и семейного права"}),
    ("Кафедру кино много лет возглавлял режиссёр.", {"кафедра кино"}),
])
def test_unit_edges(text, names):
    assert _orgs(text) >= names


@pytest.mark.parametrize("text, name", [
    ("Рабочая группа ООН по насильственным исчезновениям потребовала ответа.",
     "Рабочая группа ООН по насильственным исчезновениям"),
    ("Этический комитет ФИФА отстранил чиновника.", "Этический комитет ФИФА"),
    ("Уральское отделение РАН выбрало нового председателя.", "Уральское отделение РАН"),
])
def test_names_of_their_own(text, name):
    assert name in _orgs(text)
