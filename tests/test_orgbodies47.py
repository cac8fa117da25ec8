"""orgbodies47 (w403): named bodies the tagger missed or cut, through the real pipeline."""
import pytest

import rufacts


def _orgs(text):
    return [o.name for o in rufacts.extract(text).organizations]


@pytest.mark.parametrize("text, name", [
    # a kind's adjective before the head names the body, even opening a sentence
    ("Терскому казачьему войску вернули здание штаба.", "Терское казачье войско"),
    ("Российская книжная палата выпустила новый каталог.", "Российская книжная палата"),
    ("В библиотеке хранится архив Высших театральных курсов.", "Высшие театральные курсы"),
    ("Она преподавала на Высших курсах переводчиков.", "Высшие курсы переводчиков"),
    # a head named by the capitalized adjective after it
    ("Атаман обратился ко Всевеликому войску Донскому с посланием.", "Всевеликое войско Донское"),
    # an international body's forces and command with the land they serve
    ("Представитель Временных сил ООН в Ливане ответил на вопросы журналистов.", "Временные силы ООН в Ливане"),
    ("Командование ООН в Корее провело расследование.", "Командование ООН в Корее"),
    # a house of culture with its city
    ("В Российском доме в Бишкеке прошёл концерт.", "Российский дом в Бишкеке"),
    # a country's acronym owning the body
    ("Делегацию принял председатель Верховного народного собрания КНДР.", "Верховное народное собрание КНДР"),
    # a remit over "за" and its instrumental
    ("Доклад подготовила Группа по наблюдению за выборами.", "Группа по наблюдению за выборами"),
])
def test_named_bodies(text, name):
    assert name in _orgs(text)


def test_second_remit_place_is_the_reports():
    orgs = _orgs("Заявление Комиссии ООН по правам человека по Сирии опубликовано в среду.")
    assert "Комиссия ООН по правам человека" in orgs
    assert not any("Сирии" in o for o in orgs)


def test_faction_names_its_party():
    orgs = _orgs("Лидер фракции Консервативной партии Канады выступил в парламенте.")
    assert "Консервативная партия Канады" in orgs
    assert not any(o.startswith("фракция") for o in orgs)


def test_neighbours_unchanged():
    # a state's forces keep no place; an international office keeps no place either
    assert "Вооружённые силы Украины в Донбассе" not in _orgs("Вооружённые силы Украины в Донбассе отступили.")
    assert not any("Йемене" in o for o in _orgs("Детский фонд ООН в Йемене сообщил о гибели детей."))
    # a Russian body's branch keeps its territory after its remit
    assert "Департамент по недропользованию по Сибирскому федеральному округу" in _orgs(
        "Заявку рассмотрел Департамент по недропользованию по Сибирскому федеральному округу.")
    # a faction's own quoted name stays; a country acronym that is the clause's subject is no owner
    assert "Справедливая Россия" in _orgs("Депутаты фракции «Справедливая Россия» проголосовали против.") or \
        "фракция «Справедливая Россия»" in _orgs("Депутаты фракции «Справедливая Россия» проголосовали против.")
    assert not any(o.endswith("КНДР") for o in _orgs("После резолюции Совета Безопасности КНДР провела новый пуск."))
    # "Высший курс" in the singular is no body
    assert not any("курс" in o.lower() for o in _orgs("Российский курс на сближение с Индией сохранится."))
