"""Roles that are someone else's (rufacts.entities.role_others), one class each: roles chained
after a kinship word or behind an opening quote, a staff word whose complement follows the
name, a nominative apposition after a name in an oblique case, a nameless role that runs on
into a name of its own clause, and a post given to the object of an appointing verb."""
from __future__ import annotations

import pytest


def _titles(article, last):
    person = next((p for p in article.persons if last in p.name), None)
    assert person is not None, [p.name for p in article.persons]
    return [r.title for r in person.roles]


def test_roles_chained_after_a_kinship_word_are_the_relatives(pipeline):
    article = pipeline.extract(
        "На премьеру пришла внучка известного поэта, переводчика и драматурга Ольга Ветрова.")
    assert _titles(article, "Ветрова") == []


def test_a_role_in_quotes_after_a_kinship_word_is_the_relatives(pipeline):
    article = pipeline.extract(
        "Вчера сестра «короля эстрады» Марина Белова дала интервью журналистам.")
    assert _titles(article, "Белова") == []


def test_the_role_after_a_kinship_word_stays_when_no_kinship_word_is_there(pipeline):
    article = pipeline.extract(
        "На премьеру пришёл известный поэт, переводчик и драматург Олег Ветров.")
    assert {"переводчик", "драматург"} <= {t.split()[-1] for t in _titles(article, "Ветров")}


def test_a_staff_word_whose_complement_follows_the_name_is_not_the_names(pipeline):
    article = pipeline.extract(
        "Советник Ангелы Меркель по экономическим и финансовым вопросам приехал в Москву.")
    assert _titles(article, "Меркель") == []


def test_a_staff_word_before_a_name_without_a_complement_is_the_names(pipeline):
    article = pipeline.extract("Советник Павел Жуков приехал в Москву.")
    assert _titles(article, "Жуков") == ["советник"]


def test_a_nominative_apposition_after_a_governed_genitive_is_not_the_genitives(pipeline):
    article = pipeline.extract(
        "В Пекине скончался Ван Лин, соратник Дэн Сяопина, министр финансов Китая в 1990-х годах.")
    assert not any("министр" in t for t in _titles(article, "Сяопин"))


def test_an_apposition_in_the_same_case_as_the_name_is_still_the_names(pipeline):
    article = pipeline.extract("Мы поговорили с Сергеем Лаптевым, мэром Самары.")
    assert _titles(article, "Лаптев") == ["мэр"]


def test_a_nameless_role_that_runs_on_into_a_name_is_not_the_previous_persons(pipeline):
    article = pipeline.extract(
        "Обозреватель Иван Орлов сообщил: «Итоги будут завтра». Директор фонда ЮНИСЕФ в регионе "
        "советник посла Андрей Крылов добавил, что итоги будут позже.")
    assert not any(t.startswith("директор") for t in _titles(article, "Орлов"))


@pytest.mark.parametrize("text", [
    "Губернатор Игорь Белов назначил его на должность министра финансов области.",
    "В 2001 году президент Игорь Белов перевёл её на пост директора ФСБ.",
])
def test_a_post_given_to_an_object_pronoun_is_not_the_subjects(pipeline, text):
    article = pipeline.extract(text)
    titles = _titles(article, "Белов")
    assert not any(t.startswith(("министр", "директор")) for t in titles)


@pytest.mark.parametrize("text, last, title", [
    ("13 ноября Пётр Дронов, лидер группы «Маяк», выступит в клубе.", "Дронов", "лидер"),
    ("Чжан Вэй, бывший председатель корпорации Sinopec, ушёл в отставку.", "Вэй", "бывший председатель"),
])
def test_a_nominative_apposition_after_an_ungoverned_name_is_the_names(pipeline, text, last, title):
    assert title in _titles(pipeline.extract(text), last)


def test_a_kinship_word_before_a_participle_and_a_role_makes_it_the_relatives(pipeline):
    article = pipeline.extract("На приёме была внучка действующего губернатора Ольга Кравец.")
    assert _titles(article, "Кравец") == []


def test_a_genitive_role_before_a_genitive_name_is_that_names_not_the_next(pipeline):
    article = pipeline.extract(
        "Вдова известного \"короля шансона\" Михаила Круга Ирина дала интервью.")
    assert not any("король" in t for t in _titles(article, "Ирина"))


def test_a_nominative_role_before_a_genitive_name_is_the_next_names(pipeline):
    article = pipeline.extract(
        "Пресс-секретарь Бориса Немцова Ольга Шорина сообщила об этом журналистам.")
    assert _titles(article, "Шорина") == ["пресс-секретарь"]


def test_a_post_that_runs_on_into_the_appointees_name_is_not_the_previous_persons(pipeline):
    article = pipeline.extract(
        "Президент Андрей Лукин подписал указ. Он назначил на пост главы МВД полковника "
        "Игоря Шевцова.")
    assert not any(t.startswith("глава") for t in _titles(article, "Лукин"))


def test_a_relative_pronoun_is_no_part_of_the_title(pipeline):
    article = pipeline.extract(
        "Банк открыл филиал в Праге, директором которого стал экономист Павел Новак.")
    titles = _titles(article, "Новак")
    assert "директор" in titles and not any("котор" in t for t in titles)


def test_a_nameless_role_goes_to_the_person_who_holds_it_not_the_one_named_last(pipeline):
    article = pipeline.extract(
        "Премьер-министр Японии Ёсиро Мори сказал, что беспокоится о Ли Мин Хо. Позже премьер-министр "
        "Японии добавил, что надеется на лучшее.")
    mori = [t for t in _titles(article, "Мори") if "премьер" in t]
    assert len(mori) == 2
    assert _titles(article, "Ли Мин Хо") == []
