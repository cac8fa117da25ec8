"""Session 43, family orgextent43 (w379): organization names cut short or in the wrong form.

- A body's "по" remit walks over hyphenated lower-case words ("по торгово-экономическому
  сотрудничеству"; entities/bodies.py, _complement).
- A foundation named by its founder takes in the founder's person span (entities/org_founder_persons.py).
- A body's lower-case adjective the tagger read as a noun ("главного" + "управления";
  entities/org_substantive_leads.py).
- "наук" + "о" + their subject (entities/org_about_tails.py, lexicons/org_about_heads.txt).
- A verbal noun's genitive object closing a body's name (entities/org_object_tails.py,
  lexicons/org_object_heads.txt, lexicons/org_object_refused.txt).
- A quoted name in -е after a verb that takes no dative stands as written (entities/org_verb_objects.py).
"""
import pytest

import rufacts


def _names(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    # hyphenated words inside a "по" remit
    ("Итоги года обсудила белорусско-казахстанская комиссия по культурно-гуманитарному сотрудничеству на встрече в Минске.",
     "белорусско-казахстанская комиссия по культурно-гуманитарному сотрудничеству"),
    ("Доклад представил Комитет по агропромышленно-продовольственной политике на пленарном заседании.",
     "Комитет по агропромышленно-продовольственной политике"),
    # a founder's name after "Фонд"
    ("Выставку в Риме организовал Фонд Карло Маццолини.", "Фонд Карло Маццолини"),
    ("Библиотеку передали Фонду Бориса Ладыгина.", "Фонд Бориса Ладыгина"),
    # a substantivized adjective before a body's head
    ("Проверку провели сотрудники главного управления собственной безопасности.",
     "главное управление собственной безопасности"),
    # "наук о ..."
    ("Грант получил Эстонский университет наук о природе.", "Эстонский университет наук о природе"),
    ("Образцы изучили в Институте наук о Земле и вернули в музей.", "Институт наук о Земле"),
    # a verbal noun's object
    ("Данные передали Армянскому фонду страхования вкладов реестр клиентов.",
     "Армянский фонд страхования вкладов"),
    # a quoted name in -е after "покинуть"
    ("Вратарь покинул «Бельхатове» летом.", "Бельхатове"),
])
def test_names(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Он встретился с главой администрации США в Вашингтоне.", "главая администрация США"),
    ("Фонду Иван Петров передал картину.", "Фонд Иван Петров"),
    ("Академия наук о том не сообщала.", "Академия наук о том"),
])
def test_neighbours_not_grown(text, name):
    assert name not in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Он играл в «Короне» три сезона.", "Корона"),  # a declined -е after "в"
    ("Холдинг купил «Подмосковье» в прошлом году.", "Подмосковье"),
    ("Председатель Фонда поддержки региона подал в отставку.", "Фонд поддержки региона"),
])
def test_neighbours_as_before(text, name):
    assert name in _names(text)
