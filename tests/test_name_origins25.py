"""Foreign names declined by their origin class (entities/name_origins.py, lexicons/name_origins.tsv,
lexicons/name_origin_declension.tsv, the peoples of lexicons/name_foreign_first_names.tsv): real
pipeline, own sentences (names in no gold file)."""
import pytest

from names_cases import person_at
from rufacts.entities.name_origins import Declension, _declensions, mention_origins
from rufacts.entities.name_table_readings import Reading

AS_WRITTEN = [
    # Hungarian surnames in -ьи after a declined first name (not the genitive of a Лонья)
    ("Венгерскому дипломату Иштвану Лоньи вручили верительные грамоты.", "Иштвану Лоньи", ("Иштван", "Лоньи")),
    # Romanian surnames in -у, the first name declining as a consonant stem (not a woman's Флорина, Марчела)
    ("Румынскому министру Флорину Бэдэлэу пришлось объясняться в парламенте.", "Флорину Бэдэлэу",
     ("Флорин", "Бэдэлэу")),
    ("Румынскому министру Марчелу Чиоботару пришлось объясняться в парламенте.", "Марчелу Чиоботару",
     ("Марчел", "Чиоботару")),
    # Kenyan names in -ки/-ги stand, by a cue across a verb (not of Кибака Нганга)
    ("Кенийская делегация приехала во главе с Кибаки Нганги.", "Кибаки Нганги", ("Кибаки", "Нганги")),
]


@pytest.mark.parametrize("text, mention, parts", AS_WRITTEN)
def test_a_vowel_final_name_stands_by_its_origin(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


DECLINED = [
    # Portuguese has no surname in -в: "Кабаве" is of Кабава
    ("Тренер рассказал о португальском защитнике Эдсоне Пиндаве.", "Эдсоне Пиндаве", ("Эдсон", "Пиндава")),
    # Finnish has no surname in a double consonant: of -нна, -лла
    ("Критики много писали о финском поэте Пааво Хуовинне.", "Пааво Хуовинне", ("Пааво", "Хуовинна")),
    ("Критики много писали о финском поэте Пентти Ууситалле.", "Пентти Ууситалле", ("Пентти", "Ууситалла")),
    # a Romanian woman's first name of the origin's list over another people's spelt alike
    ("Бронзовую медаль вручили румынской бегунье Анке Тэнэсеску.", "Анке Тэнэсеску", ("Анка", "Тэнэсеску")),
]


@pytest.mark.parametrize("text, mention, parts", DECLINED)
def test_an_invented_nominative_the_origin_lacks_is_dropped(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


KEPT_DECLINING = [
    # a Hungarian man's surname in a consonant still declines under a Hungarian cue ("Орбану": Орбан)
    ("Венгерскому премьеру Дьёрдю Киштелеку направили приглашение.", "Дьёрдю Киштелеку", ("Дьёрдь", "Киштелек")),
    # a Finnish surname in -нен declines
    ("Серебро досталось финскому биатлонисту Ээро Хяккинену.", "Ээро Хяккинену", ("Ээро", "Хяккинен")),
    # a Russian name beside a cue word keeps its own declension
    ("Молдавскому министру Сергею Дикусару вручили орден.", "Сергею Дикусару", ("Сергей", "Дикусар")),
    ("Японскому консулу передал письмо Николай Мирошкин.", "Николай Мирошкин", ("Николай", "Мирошкин")),
]


@pytest.mark.parametrize("text, mention, parts", KEPT_DECLINING)
def test_consonant_surnames_still_decline(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def test_the_table_keeps_no_e_and_romanian_u_not_after_a_sibilant():
    table = _declensions()
    # -е stands for Italian surnames only (Ферранте), not where it is the case of an -а surname (Кантарелле)
    assert not any(d.kept("кисиде") for (origin, _role), d in table.items() if origin != "italian")
    assert table["italian", "last"].kept("ферранте") and not table["italian", "last"].kept("кантарелле")
    ro = table["romanian", "last"]
    assert isinstance(ro, Declension) and ro.kept("чолаку") and not ro.kept("йоханнису")
    assert not table["georgian", "last"].kept("гахарии") and table["japanese", "last"].kept("фудзии")


def test_the_first_name_outranks_the_clause():
    first = (Reading("first", "nomn", "masc", "ласло", 1.2),)
    last = (Reading("last", "nomn", None, "кемени", 0.3),)
    got = mention_origins(["Ласло", "Кемени"], [first, last], frozenset({"origin:japanese"}))
    assert got.all == {"hungarian"} and got.strong
    # a Russian first name: no origin from the clause
    ivan = (Reading("first", "nomn", "masc", "иван", 1.3),)
    assert not mention_origins(["Иван", "Сато"], [ivan, last], frozenset({"origin:japanese"})).all
    # a cue across a verb keeps vowel-final words as written but drops no guessed nominative
    far = mention_origins(["Кемени"], [last], frozenset({"origin-far:japanese"}))
    assert far.all == {"japanese"} and not far.strong
