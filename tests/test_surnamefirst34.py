"""Russian names written surname first, as official and court documents write them
(entities/name_apposition.py, entities/name_post_governed.py, entities/names_spans_joins.py,
entities/name_thing_before_initials.py, lexicons/name_endings.tsv, lexicons/name_fused_posts.txt):
a man's surname in -ову/-ину with initials after it takes the dative from the post noun it stands
in apposition to (over a genitive post it owns, over an indeclinable post, after a participle for a
post); a surname before a first name and patronymic in the accusative stays in the name; a thing's or
a place's name before initials and a surname is no first name; a Tajik surname in -зода is no
genitive of a name in -зод."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # the dative of the outer post over a genitive post it owns
    ("Мэр выразил благодарность помощнику руководителя аппарата Пеструхину Е. Г.", "Е. Г. Пеструхин"),
    ("Награда вручена заместителю начальника цеха Сапожникову Л. Д.", "Л. Д. Сапожников"),
    # an indeclinable post takes the case of the verb or preposition before it
    ("Поручить замминистра Ворожейкину О. П. подготовить ответ.", "О. П. Ворожейкин"),
    ("Направить замглавы района Кислицыну Б. В. копию протокола.", "Б. В. Кислицын"),
    ("Поручить врио главы поселения Тюфякину С. Р. навести порядок.", "С. Р. Тюфякин"),
    # a participle for a post, which the tagger reads as a verb
    ("Передать документы заведующему Шелепину А. Т.", "А. Т. Шелепин"),
    ("Суд направил определение исполняющему обязанности ректора Заварзину М. Л.", "М. Л. Заварзин"),
])
def test_a_mans_dative_after_a_post(text, name):
    assert name in {p[0] for p in _persons(text)}


@pytest.mark.parametrize("text, name", [
    # a woman's accusative stays hers where no dative post stands before
    ("Полиция задержала Пеструхину Е. Г. на вокзале.", "Е. Г. Пеструхина"),
    ("Поздравили заместителя начальника цеха Сапожникову Л. Д.", "Л. Д. Сапожникова"),
])
def test_a_womans_accusative_stays(text, name):
    assert name in {p[0] for p in _persons(text)}


@pytest.mark.parametrize("text, name", [
    ("Суд оправдал Скорнякову Дарью Олеговну по всем пунктам.", "Дарья Олеговна Скорнякова"),
    ("Комиссия наградила Кудимову Веру Степановну грамотой.", "Вера Степановна Кудимова"),
])
def test_a_surname_before_first_name_and_patronymic(text, name):
    assert name in {p[0] for p in _persons(text)}


@pytest.mark.parametrize("text, name", [
    ("Капитан теплохода Байкал С. Неверов встретил туристов.", "С. Неверов"),
    ("Директор шахты Распадская К. Пушкарёв ответил на вопросы.", "К. Пушкарёв"),
])
def test_a_things_name_before_initials_is_no_first_name(text, name):
    names = {p[0].replace("ё", "е") for p in _persons(text)}
    assert name.replace("ё", "е") in names


def test_a_foreign_given_name_before_an_initial_stays():
    assert "Джон К. Райли" in {p[0] for p in _persons("В фильме снялся актёр Джон К. Райли.")}


@pytest.mark.parametrize("text, last", [
    ("Доклад председателя комитета Тагоизода Р. С. одобрили депутаты.", "Тагоизода"),
    ("Заявление Бахром Саидзода сделал в Душанбе.", "Саидзода"),
    ("По словам Наврузи Шамсизода, переговоры продолжатся.", "Шамсизода"),
])
def test_a_tajik_surname_in_zoda_stays(text, last):
    assert last in {p[3] for p in _persons(text)}


def test_an_initial_with_its_dot_is_no_chinese_family_name():
    # "Е" is a Chinese family name too, but written with its dot it is an initial
    assert "Е. Кочергина" in {p[0] for p in _persons("Заведующая отделением Е. Кочергина ушла на пенсию.")}
