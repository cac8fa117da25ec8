"""Bare company names in Latin letters, no descriptor before them, read from the Russian words
around them (entities/org_latin_agreement.py, a cue of entities/org_latin_slots.py): the subject of a
feminine verb ("компания" understood), the antecedent of "которая"/"который" with a firm's verb, the
dative after a verb of ascribing or giving; a game, a car model, a thing owned or a singer in the
same slots stays no organization."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Drevanta стала третьей по объёму поставок на рынке Индии.", "Drevanta"),
    ("Halvessa стала первой европейской фирмой, получившей лицензию.", "Halvessa"),
])
def test_a_feminine_subject_opening_the_sentence_is_a_company(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Запчасти поставляла Mirelle Auto, а сборкой занималась «Соллерс».", "Mirelle Auto"),
    ("Поставщиком оборудования для терминала выбрана Kelvora Marine.", "Kelvora Marine"),
])
def test_a_feminine_subject_closing_the_clause_is_a_company(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Речь идёт о Dornbach, который производит тормозные системы.", "Dornbach"),
    ("С Ardonica, которая закупает зерно в Казахстане, подписан договор.", "Ardonica"),
])
def test_a_relative_clause_with_a_firms_verb_says_a_company(text, name):
    assert name in _orgs(text)


def test_the_dative_of_a_verb_of_ascribing_is_a_company():
    assert "Quorvik" in _orgs("Успех приписывают Quorvik и её инженерам.")


@pytest.mark.parametrize("text", [
    "Minecraft стала самой продаваемой игрой в истории.",
    "Model Y стала самым продаваемым автомобилем.",
    "О Roblox, которая стала популярной у детей, спорят родители.",
    "Ему принадлежит Bugatti Chiron.",
    "Эту песню исполнила Adele.",
])
def test_a_work_a_model_or_a_thing_in_those_slots_is_no_company(text):
    assert not _orgs(text)


def test_the_object_of_a_relative_clause_is_no_company():
    assert "iPhone" not in _orgs("Для iPhone, который выпускает Apple, нужен новый кабель.")
