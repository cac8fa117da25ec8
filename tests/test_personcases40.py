"""Session 40, family personcases40 (w359, people's names whose case or gender reading is wrong):

- an adjectival surname the dictionary knows only as a noun of adjectival declension (портной,
  лесничий, часовой) has the woman's forms (-ая: "Ирины Портной" -> Портная), and one it only guesses
  as a noun beside an adverb keeps the man's oblique forms (entities/name_substantive.py);
- in a list of surnames with initials a man's surname of a nominative ending (-ов, -ин, -ский) makes
  its neighbours nominative, over a woman's one between too: a man's surname in -а stands
  (entities/name_list_nominative.py);
- a short passive participle's subject in the tagger's accusative ends the participle's reach
  ("принято решение о ... X": the genitive), and a name after "и" joined to a common noun in an
  oblique case is no subject of a singular verb after it (name_case_cues, name_coordinated);
- a verb of saying with a predicative instrumental after it takes the name as its object ("признало
  лучшим оператором X": the woman's accusative) (name_ru_objects);
- the instrumental agent of a sentence-opening short passive, missed by the tagger, is found
  (entities/name_passive_agent.py)."""
import pytest

import rufacts


def _fold(value):
    return value.replace("ё", "е") if value else value


def _people(text):
    return {tuple(map(_fold, (p.first, p.middle, p.last))) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, person", [
    # name_substantive: the woman's forms of a noun of adjectival declension
    ("Диплом лауреата вручили Ольге Портной из Томска.", ("Ольга", None, "Портная")),
    ("Суд допросил Татьяну Часовую в качестве свидетеля.", ("Татьяна", None, "Часовая")),
    ("Без Галины Лесничей проект бы не состоялся.", ("Галина", None, "Лесничая")),
    ("Контракт подписан с Андреем Портным на год.", ("Андрей", None, "Портной")),
    # name_list_nominative: surnames with initials in a list
    ("В комиссию вошли Петров А. А. и Ворона В. В.", ("В.", "В.", "Ворона")),
    ("Грамоты получили Кузнецов И. И., Смирнова О. О. и Кочерга Л. Л.", ("Л.", "Л.", "Кочерга")),
    ("Грамоты получили Кузнецов И. И., Смирнова О. О. и Кочерга Л. Л.", ("О.", "О.", "Смирнова")),
    # name_case_cues: the participle's subject between
    ("принято решение о продлении полномочий Гизатуллина Р. М. на посту проректора", ("Р.", "М.", "Гизатуллин")),
    # name_coordinated: joined to a common noun before a singular verb
    ("Конфликт между клубом и Китом Сандерсом закончился миром.", ("Кит", None, "Сандерс")),
    # name_ru_objects: a verb of saying with a predicative instrumental
    ("Тренер назвал лучшим игроком Эрвику Айдуллину.", ("Эрвика", None, "Айдуллина")),
    # name_passive_agent
    ("Сурьей Пиллаи разработан новый метод диагностики.", ("Сурья", None, "Пиллаи")),
    ("Приянкой Чопрой была подписана петиция.", ("Приянка", None, "Чопра")),
])
def test_person_forms(text, person):
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    "Москвой и Петербургом подписано соглашение о сотрудничестве.",
    "Правительством России подписан указ.",
])
def test_no_agent_person(text):
    assert not rufacts.extract(text).persons
