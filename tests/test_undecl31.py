"""A surname in -е after a declined given name or alone: a German, Flemish or Dutch one stands as
written in every case ("о Лукасе Вандервельде", "Марии Шульце", "Юргену Хенке"), while the -е of a
man's consonant surname's prepositional ("об Олафе Шольце": Шольц) or of a Slavic surname in -а
("Ольге Шульге": Шульга) still declines (entities/name_surname_e.py)."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # a kept ending (-вельде, -аузе) after a man's prepositional and alone
    ("Спикер фламандского парламента рассказал о Петере Вандервельде.", "Петер Вандервельде"),
    ("Старый тренер часто вспоминал о Бернхарде Краузе.", "Бернхард Краузе"),
    # a woman does not bear a man's Шульц: "Шульце" after her name stands
    ("Судья отказал Марии Шульце в иске к страховой компании.", "Мария Шульце"),
    # a German man's dative: not the dative of a Хенка
    ("Почётную грамоту города вручили Юргену Хенке.", "Юрген Хенке"),
    ("Мэр выразил благодарность Вольфгангу Ланге за годы работы.", "Вольфганг Ланге"),
    # ... and in his prepositional, where no consonant stem can end so (no Радк): not a man's Радка
    ("Журнал опубликовал большой очерк о Юргене Радке.", "Юрген Радке"),
])
def test_surname_e_stands(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Речь на съезде шла в основном об Олафе Шольце.", "Олаф Шольц"),
    ("Медаль за спасение утопающих вручили Ольге Шульге.", "Ольга Шульга"),
    ("Благодарность губернатора объявили Сергею Кваше.", "Сергей Кваша"),
    ("В Сенате долго говорили о Джоне Брауне.", "Джон Браун"),
    # -тке stands only after a German man's name: Czech and Polish surnames in -тка decline
    ("Болельщики спорили о Новотке и его контракте.", "Новотка"),
])
def test_surname_e_declines(text, name):
    assert name in _persons(text)
