"""People named after a title (entities/name_regnal.py, entities/name_office_surname.py,
entities/names_missed.py, entities/names_spans.py): a regnal number stays with the given name and is
no surname nor an initial; a title opening the sentence is no part of the name; a given name alone
after its title ("игуменья", "архиепископ", "шейх") is a person and a given name."""
import pytest

import rufacts


def _person(text, mention):
    article = rufacts.extract(text)
    start = text.index(mention)
    for person in article.persons:
        if any(m.start < start + len(mention) and start < m.stop for m in person.mentions):
            return tuple(p.replace("ё", "е") if p else p
                         for p in (person.name, person.first, person.middle, person.last))
    return None


@pytest.mark.parametrize("text, mention, name", [
    ("Картину из коллекции короля Людовика XIV продали на аукционе.", "Людовика XIV", "Людовик XIV"),
    ("Король Бельгии Филипп I наградил спасателей.", "Филипп I", "Филипп I"),
    ("Посол вручил письмо королю Дании Фредерику X в четверг.", "Фредерику X", "Фредерик X"),
    ("Экспедиция царя Петра I дошла до Азова.", "Петра I", "Пётр I"),
])
def test_regnal_number_stays_with_the_given_name(text, mention, name):
    name = name.replace("ё", "е")
    assert _person(text, mention) == (name, name, None, None)


@pytest.mark.parametrize("text, mention, parts", [
    ("Аятолла Сейед Али Хаменеи выступил в Тегеране.", "Али Хаменеи", ("Сейед Али", None, "Хаменеи")),
    ("Новый приход освятил архиепископу Феофану подчинённый епископ.", "Феофану", ("Феофан", None, None)),
    ("В Дохе шейх Тамим принял министра.", "Тамим", ("Тамим", None, None)),
    ("Обитель, которой руководит игуменья Ксения, восстанавливает колокольню.", "Ксения", ("Ксения", None, None)),
])
def test_title_stays_out_and_the_given_name_is_first(text, mention, parts):
    got = _person(text, mention)
    assert got is not None and got[1:] == parts


def test_office_surname_unchanged():
    assert _person("Вице-президент Гор признал поражение.", "Гор")[1:] == (None, None, "Гор")


def test_capitalized_title_mid_sentence():
    assert _person("Премьер Италии и Папа Лев обсудили помощь беженцам.", "Лев") == ("Лев", "Лев", None, None)


def test_title_in_quotes_makes_no_person():
    assert _person("Спектакль «Король Лир» покажут в Омске.", "Лир") is None


@pytest.mark.parametrize("text, mention, first", [
    ("Указ епископу Бийскому Серафиму передали через канцелярию.", "Серафиму", "Серафим"),
    ("Молебен возглавил митрополит Екатеринбургский и Верхотурский Евгений.", "Евгений", "Евгений"),
])
def test_see_adjectives_stay_out_of_the_name(text, mention, first):
    assert _person(text, mention) == (first, first, None, None)


def test_see_adjective_is_no_person():
    text = "Слово Патриарха Московского и всея Руси Кирилла прозвучало в эфире."
    assert _person(text, "Московского") is None and _person(text, "Кирилла")[1] == "Кирилл"
