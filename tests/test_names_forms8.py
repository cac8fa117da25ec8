"""Normal forms of person names, eighth round (w68): the prepositional needs a preposition that
governs it ("вручили Ксении Гордиенко": of Ксения, no man Ксений in the prepositional); an
apposition after a comma gives the case and gender of a surname alone ("пригласил Морозова,
опытного диспетчера": Морозов); a surname in -ец with its fleeting vowel written й after a vowel
("Коломийцу" -> Коломиец); Italian surnames in -оне after a double consonant and Tajik ones in -зоде
stand unchanged; a woman's surname in consonant + е the dictionary lacks stands unchanged after her
first name ("Ирине Павловне Шнорре"), a man's or the dictionary's own declines; West African and
Tajik first names of the lexicon. Real pipeline, own sentences."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # no preposition for the prepositional: a woman's first name in -ии
    ("Главный приз жюри присудило Валерии Кравченко.", "Валерия Кравченко", "Валерия", None, "Кравченко"),
    ("Эту награду вручили Юлии Бондаренко.", "Юлия Бондаренко", "Юлия", None, "Бондаренко"),
    # ... a preposition that governs it keeps the prepositional open
    ("Газета написала о Валерии Кравченко.", "Валерий Кравченко", "Валерий", None, "Кравченко"),
    # an agreeing apposition after a surname alone
    ("Губернатор отправил в отставку Мамина, бывшего вице-мэра.", "Мамин", None, None, "Мамин"),
    ("Тренер оставил в запасе Папина, лучшего бомбардира.", "Папин", None, None, "Папин"),
    ("Директор пригласил на совещание Морозова, опытного диспетчера.", "Морозов", None, None, "Морозов"),
    # ... a woman's apposition
    ("Губернатор отправил в отставку Рыбкину, бывшую заместительницу мэра.", "Рыбкина", None, None, "Рыбкина"),
    # -ец after a vowel: the fleeting е written й
    ("Письмо передано А. С. Гайдайцу.", "А. С. Гайдаец", "А.", "С.", "Гайдаец"),
    ("Награду вручили Петру Коломийцу.", "Пётр Коломиец", "Пётр", None, "Коломиец"),
    # the prepositional -яре of a surname in -ярь; a common noun the dictionary knows declines as it says
    ("Газета рассказала о фермере Никите Дегтяре.", "Никита Дегтярь", "Никита", None, "Дегтярь"),
    ("Газета написала об Игоре Столяре.", "Игорь Столяр", "Игорь", None, "Столяр"),
    # Italian -оне, Tajik -зоде
    ("Клуб продлил контракт с Марко Карбоне.", "Марко Карбоне", "Марко", None, "Карбоне"),
    ("Болельщики спорили о Фаридуне Султонзоде.", "Фаридун Султонзоде", "Фаридун", None, "Султонзоде"),
    # a woman's surname in consonant + е
    ("Жильцы написали письмо Ирине Павловне Шнорре.", "Ирина Павловна Шнорре", "Ирина", "Павловна", "Шнорре"),
    ("Благодарность выразили Анне Крёпке.", "Анна Крёпке", "Анна", None, "Крёпке"),
    # ... a man's declines
    ("Благодарность выразили Антону Крёпке.", "Антон Крёпка", "Антон", None, "Крёпка"),
    # a name in apposition to a person noun with a prepositional phrase between, before a verb: the nominative
    ("Победитель турнира по теннису Санджай Кумарасвамиду проиграл в финале.", "Санджай Кумарасвамиду",
     "Санджай", None, "Кумарасвамиду"),
    # the object of an accusative verb after a prepositional phrase, the verb's subject before it
    ("Прокуратура Лимы обвинила в коррупции Рауля Кордобу.", "Рауль Кордоба", "Рауль", None, "Кордоба"),
    ("Суд Боготы обвинил в мошенничестве Альваро Арриолу.", "Альваро Арриола", "Альваро", None, "Арриола"),
    # West African first names of the lexicon
    ("Журналисты поговорили с Чиомой Окафор.", "Чиома Окафор", "Чиома", None, "Окафор"),
    ("Тренер доверяет Эмеке Окафору.", "Эмека Окафор", "Эмека", None, "Окафор"),
    ("Болельщики обсуждали Чинеду Окафора.", "Чинеду Окафор", "Чинеду", None, "Окафор"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_name_forms(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


# a Latvian woman's first name: her surname in -е may be of one in -а (Озола), the table's reading stays
BALTIC = [("Журнал написал о Дайне Озоле.", "Дайна Озола", "Дайна", None, "Озола")]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), BALTIC, ids=[p[1] for p in BALTIC])
def test_baltic_woman_surname(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


# a person's name the tagger took for an organization (rufacts.entities.org_persons), also with the
# subject noun after it; a company's two words stay an organization
TAKEN_FOR_ORGS = [
    ("Министр беседовал с Левоном Акопяном о ремонте школ.", ["Левон Акопян"]),
    ("Директор беседовал с Левоном Петросяном о новых проектах.", ["Левон Петросян"]),
    ("При Жаргале Бадмаевиче Цыбикове фабрика удвоила выпуск.", ["Жаргал Бадмаевич Цыбиков"]),
    ("При Баире Цыреновиче Дашиеве завод нарастил выпуск.", ["Баир Цыренович Дашиев"]),
    ("При Альгирдасе Буткявичюсе Каунасский порт вырос вдвое.", ["Альгирдас Буткявичюс"]),
    ("При Миндаугасе Казлаускасе Шяуляйский аэропорт обновил терминал.", ["Миндаугас Казлаускас"]),
    ("Контракт подписали с Тинькофф Банком.", []),
    ("Инвестиции привлёк Альфа Капитал.", []),
]


@pytest.mark.parametrize(("text", "names"), TAKEN_FOR_ORGS, ids=[t[:30] for t, _ in TAKEN_FOR_ORGS])
def test_person_taken_for_org(text, names):
    assert [p[0] for p in person_parts(text)] == names
