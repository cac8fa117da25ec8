"""Second look of session 34 (w296): titles and regnal names (entities/name_regnal.py,
entities/name_title_edges.py), listed men's foreign given names over a rare dictionary woman's name
(entities/name_foreign_first.py), Finnish -ле stems (entities/name_finnish.py), a dative before an
impersonal verb (entities/name_dative_cues.py), lexicon entries (foreign_names.tsv,
hispanic_first_names.txt, name_endings.tsv)."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first", [
    ("Манифест подписал Александр Третий в 1881 году.", "Александр Третий"),
    ("Реформы при Екатерине Второй изменили губернии.", "Екатерина Вторая"),
    ("Реформы Петра Первого изменили страну.", "Петр Первый"),
])
def test_a_regnal_number_written_out_is_part_of_the_given_name(text, first):
    assert (first, first, None, None) in _persons(text)


def test_an_ordinal_word_after_a_surname_is_no_regnal_number():
    assert ("Иван Петров", "Иван", None, "Петров") in _persons("Иван Петров второй раз стал чемпионом.")


@pytest.mark.parametrize("text, first", [
    ("Король Бутана Джигме Кхесар IV прибыл в Дели.", None),
    ("Король Тонги Тупоу V умер в Гонконге.", "Тупоу V"),
    ("Переговоры с королём Тонги Тупоу V прошли в Нукуалофе.", "Тупоу V"),
])
def test_a_realm_before_a_regnal_name_is_no_part_of_it(text, first):
    names = {p[0] for p in _persons(text)}
    assert not any(n.startswith(("Тонги", "Бутана")) for n in names)
    if first:
        assert first in names


@pytest.mark.parametrize("text, first", [
    ("Королева Летиция посетила госпиталь в Мадриде.", "Летиция"),
    ("Король Филипп вручил награды спасателям.", "Филипп"),
])
def test_a_title_opening_its_sentence_is_no_surname(text, first):
    assert (first, first, None, None) in _persons(text)


def test_a_title_opening_its_sentence_before_a_patronymic_stays_a_surname():
    assert not any(p[1] == "Наталья" and p[3] is None and p[2] is None
                   for p in _persons("Королева Наталья Ивановна выступила на собрании."))


@pytest.mark.parametrize("text, first", [
    ("Принцу Уильяму Уэльскому вручили почётную степень.", "Уильям"),
    ("Принц Эдвард Эдинбургский открыл мемориал.", "Эдвард"),
])
def test_a_realm_adjective_after_the_given_name_is_no_surname(text, first):
    assert (first, first, None, None) in _persons(text)


@pytest.mark.parametrize("text, first", [
    ("Королева Испании Летиция посетила Канары.", "Летиция"),
    ("Письмо адресовали Папе Римскому Франциску.", "Франциск"),
    ("Обращение к Папе Римскому Франциску опубликовали в субботу.", "Франциск"),
])
def test_a_title_gives_its_case_and_gender(text, first):
    assert (first, first, None, None) in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Совет директоров выразил поддержку Кирану Салливану.", "Киран Салливан"),
    ("О Шафикуле Исламе писала вся пресса Дакки.", "Шафикул Ислам"),
])
def test_a_listed_mans_name_over_a_rare_womans(text, name):
    assert name in {p[0] for p in _persons(text)}


def test_a_spanish_given_name_makes_a_surname_in_nye_of_nya():
    assert "Хуниор Ибанья" in {p[0] for p in _persons("Тренер пожал руку Хуниору Ибанье после матча.")}


@pytest.mark.parametrize("text, last", [
    ("В Тампере вспоминали о Кууселе.", "Куусела"),
    ("Репортёры расспрашивали о Хаккеле.", "Хаккела"),
])
def test_finnish_marks_of_a_la_stem(text, last):
    assert last in {p[3] for p in _persons(text)}


@pytest.mark.parametrize("text, last", [
    ("Карлсону не удалось переубедить совет директоров.", "Карлсон"),
    ("Озолсу предстоит возглавить делегацию.", "Озолс"),
])
def test_a_name_before_an_impersonal_verb_is_dative(text, last):
    assert last in {p[3] for p in _persons(text)}


@pytest.mark.parametrize("text, last", [
    ("Цветы вручили Лайме Вайкуле после концерта.", "Вайкуле"),
    ("Стихи Шеймуса Хини перевели на русский.", "Хини"),
    ("Иск предъявили В. А. Сапеге.", "Сапега"),
])
def test_listed_and_table_surnames(text, last):
    assert last in {p[3] for p in _persons(text)}


def test_a_spanish_surname_in_yi_is_of_ya():
    assert "Рикардо Мирайя" in {p[0] for p in _persons("Сторонники Рикардо Мирайи вышли на площадь.")}
