"""A quoted organization name with no descriptor after a preposition of a topic, a cause or a
reference is an organization in the nominative (entities/org_quoted_preps.py): "спорили о
«Бруснике»" is Брусника; a quoted title of a thing, a case or a work is none
(lexicons/quoted_thing_heads.txt, work_title_heads.txt); a plural-only name after "с" keeps its
plural ("с «Россетями»": Россети)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name.strip("«»") for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Депутаты гордумы почти час спорили о «Бруснике».", "Брусника"),
    ("Аналитики пишут о «Пятёрочке» как о лидере рынка.", "Пятёрочка"),
    ("По «Магниту» сильнее всех ударил рост зарплат.", "Магнит"),
    ("Регулятор пристально следит за «Магнитом» с весны.", "Магнит"),
    ("Скандал вокруг «Брусники» не утихает вторую неделю.", "Брусника"),  # a genitive that reads as a plural
    ("Из-за «Ленты» поставщики пересмотрели цены.", "Лента"),
    ("В Москве снова заговорили о «Красном Октябре».", "Красный Октябрь"),
])
def test_topic_preposition_opens_an_organization(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, title", [
    ("Журналисты много писали о «Крымском мосте» в тот год.", "Крымский мост"),
    ("Приговор по «Делу Кировлеса» отменили в Верховном суде.", "Дело Кировлеса"),
    ("Режиссёр рассказал о «Войне и мире» в интервью.", "Война и мир"),
    ("Фильм о «Титанике» снова вышел в прокат.", "Титаник"),
    ("Живое музыкальное сопровождение к «Золотой лихорадке» исполнит квартет.", "Золотая лихорадка"),
])
def test_titles_of_things_stay_out(text, title):
    assert title not in _orgs(text)


def test_plural_name_after_with_keeps_its_plural():
    orgs = _orgs("Мэрия наконец договорилась с «Россетями» о переносе опор.")
    assert "Россети" in orgs and "Россетямь" not in orgs


@pytest.mark.parametrize("text, name", [
    ("Проект квартала сделали для «Брусники» архитекторы из Голландии.", "Брусника"),
    ("Иск против «Ромашки» суд вернул заявителю.", "Ромашка"),
])
def test_party_preposition_takes_a_genitive_that_spells_a_plural(text, name):
    assert name in _orgs(text)
