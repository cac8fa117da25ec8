"""Extent of organization names after the head noun (session 26's second look): unchanging foreign
words after a lone capitalized institution noun, a tail cut before the next clause, a party's "за"
cause, a capitalized numbered institution with the people it serves, a capitalized adjective
opening a chain before a body noun. Own sentences, real pipeline."""
import pytest

import rufacts


def org_names(text: str) -> set[str]:
    return {o.name for o in rufacts.extract(text).organizations}


CASES = [
    # a lone institution noun takes in the foreign words that do not decline
    ("Выпускники Университета Тохоку открыли стартап в Сендае.", "Университет Тохоку"),
    ("Делегация встретилась с ректором Университета Шахид Бехешти в Тегеране.", "Университет Шахид Бехешти"),
    # a word of no genitive reading is the next clause's, not the name's
    ("Тобольскому историческому музею горожане подарили старинную карту.", "Тобольский исторический музей"),
    # a party's cause
    ("Листовки раздавали активисты Партии пенсионеров за справедливость из соседнего района.",
     "Партия пенсионеров за справедливость"),
    # a capitalized numbered institution with the people it serves
    ("Спонсоры подарили Школе-интернату № 4 для слабовидящих детей новый автобус.",
     "Школа-интернат № 4 для слабовидящих детей"),
    # a capitalized adjective opening a chain of agreeing ones before a body noun
    ("Контракт достался Национальной китайской морской нефтяной компании.",
     "Национальная китайская морская нефтяная компания"),
]


@pytest.mark.parametrize(("text", "name"), [c for c in CASES if c[1]], ids=[c[1] for c in CASES if c[1]])
def test_org_name_extent(text, name):
    assert name in org_names(text)


def test_declining_word_after_institution_stays_out():
    # "Иван" declines: a person after the body, not its name
    assert not any(n.startswith("Университет Иван") for n in org_names("Доклад ректора Университета Иван Сидоров прочитал вслух."))


def test_party_head_last_takes_no_cause():
    # a name ending in its head noun: "за поправки" is what the party voted for
    assert not any("поправки" in n for n in org_names("Вчера Либерально-демократическая партия за поправки не голосовала."))


def test_purpose_after_numbered_school_stays_out():
    assert not any("ремонта" in n for n in org_names("Шефы передали Гимназии № 7 для ремонта крупную сумму."))
