"""Name mechanisms of the second round on the fifth names set (real pipeline, own sentences, not
in the gold files): the nominative of a name in apposition to a person noun and the subject of
the verb after it; a known first name not taken unchanged for a verb's subject; the prepositional -але of -аль; Romanian
-еску; a hyphenated first name tagged as an organization; the object of a verb whose subject is a feminine noun before it."""
import pytest
import rufacts
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # a person noun in the nominative before the name (over genitive words), a finite verb after it:
    # the surname in -а / -е is a nominative, not a genitive or dative of a consonant stem
    ("Посол Нигерии Эмека Обиора вручил верительные грамоты.", "Эмека Обиора", "Эмека", None, "Обиора"),
    ("Тренер сборной Ганы Кваси Боатенга провёл первую тренировку.", "Кваси Боатенга", "Кваси", None, "Боатенга"),
    ("Ганский писатель Кофи Аннора представит новую книгу.", "Кофи Аннора", "Кофи", None, "Аннора"),
    ("Вратарь Паоло Ди Натале пропустит матч.", "Паоло Ди Натале", "Паоло", None, "Ди Натале"),
    # ... but a nominative position owns a genitive name where no nominative of the verb's gender fits
    # a verb's gender agrees with the subject, yet a first name the dictionary knows is not taken
    # unchanged for its nominative: the dative/accusative of a woman with an indeclinable surname
    ("Вере Гончарук досталась золотая медаль.", "Вера Гончарук", "Вера", None, "Гончарук"),
    ("Редакция пригласила на эфир Ольгу Ткач.", "Ольга Ткач", "Ольга", None, "Ткач"),
    # the prepositional -але of a surname the dictionary lacks is of -аль (French, Catalan, German)
    ("Статья о Жероме Видале вышла вчера.", "Жером Видаль", "Жером", None, "Видаль"),
    # a Romanian surname in -еску stands unchanged; a feminine noun before a feminine verb is its
    # subject, so the name after the verb is its object, not a woman's nominative
    ("Прокуратура обвинила Иона Ионеску в подлоге.", "Ион Ионеску", "Ион", None, "Ионеску"),
    ("Суд оправдал Михая Георгеску.", "Михай Георгеску", "Михай", None, "Георгеску"),
    # a hyphenated first name the tagger read as an organization before the surname it found
    ("Глава концерна Ханс-Дитер Кох объявил о слиянии.", "Ханс-Дитер Кох", "Ханс-Дитер", None, "Кох"),
    ("Помощник Собянина заявил о переносе сроков.", "Собянин", None, None, "Собянин"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_names_round2(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


# a federal agency's one word the tagger read as a person: "Мин" + a known noun, "Рос" + a word the
# dictionary lacks ending in a noun it knows
AGENCIES = [
    ("Заявление Минцифры опубликовали утром.", "Минцифры"),
    ("Росавтотранснадзору поручили проверку.", "Росавтотранснадзор"),
]


@pytest.mark.parametrize(("text", "name"), AGENCIES, ids=[a[1] for a in AGENCIES])
def test_agency_words_are_organizations(text, name):
    article = rufacts.extract(text)
    assert [o.name for o in article.organizations] == [name] and not article.persons
