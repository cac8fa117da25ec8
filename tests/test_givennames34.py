"""Foreign given names the dictionary lacks or reads as a case of another word (lexicons/
name_foreign_first_names.tsv, round 34): Greek women's names in -и and Scandinavian men's names in -е
stand unchanged in every case; Romanian men's names in -у stand too, and make the mention Romanian, so
that its surname in -у stands; a Romanian woman's name in -ика/-ина the dictionary reads as the case of a
rare man's name is hers where a cue of her gender says so (entities/name_foreign_first.woman_beside_man),
while the case of a common man's name stands."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # Greek women's names in -и: no genitive of a -а name, no verb
    ("Мэр Пирея наградил Параскеви Димитриаду почётной грамотой.", "Параскеви Димитриаду"),
    ("Журналисты долго беседовали с Калиопи Ставропулу о выборах.", "Калиопи Ставропулу"),
    # Scandinavian men's names in -е: no case of a Стура, an Арна
    ("Награду вручили Стуре Нильссону на церемонии в Стокгольме.", "Стуре Нильссон"),
    ("Лидер партии Арне Юханссон заявил о поддержке законопроекта.", "Арне Юханссон"),
    ("Мэр Осло встретился с Терье Хансеном.", "Терье Хансен"),
    # Romanian men's names in -у
    ("Суд оправдал Овидиу Брату по делу о взятке.", "Овидиу Брату"),
])
def test_listed_names_stand(text, name):
    assert name in _persons(text)


def test_romanian_given_name_keeps_surname_u():
    # the listed Romanian woman's name makes the mention Romanian: Бэлану stands, no accusative of a Бэлана
    assert "Корина Бэлану" in _persons("В Яссах полиция задержала Корину Бэлану за подделку документов.")


def test_romanian_woman_beside_a_rare_mans_name():
    # "Родика" is the genitive of a man's Родик to the dictionary; "певица" and "выступила" say a woman
    assert "Родика Андронаке" in _persons("Молдавская певица Родика Андронаке выступила в Кишинёве.")


def test_common_mans_case_stands():
    # the Croatian Ивана is listed, but Иван is a common man's name: his genitive stands
    assert "Иван Фёдоров" in _persons("Надежда Ивана Фёдорова на медаль рухнула в финале.")


@pytest.mark.parametrize("text, name", [
    # a Greek woman's name as written before a Greek surname in -у: not the genitive of Зоя
    ("С Зои Маргаритопулу встретились студенты университета.", "Зои Маргаритопулу"),
    # a declined name before it keeps its case
    ("Грамоту вручили Анастасии Ксанфопулу.", "Анастасия Ксанфопулу"),
    # not before a Russian surname
    ("Дочь Зои Ивановой пошла в первый класс.", "Зоя Иванова"),
])
def test_greek_woman_before_greek_surname(text, name):
    assert name in _persons(text)
