"""Name mechanisms meant to hold on names no gold file has (real pipeline): no inverted order
where the first name is only guessed, a thing noun at a sentence start before a lone surname,
Japanese given names beside a surname in -а, foreign first names by gender from the lexicon, a
name in -я after й, the subject after a past-tense verb, unknown names in -ия, the prepositional
of an adjectival surname in -ный. The sentences are not in the gold files."""
import pytest
import rufacts
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # a surname the dictionary knows, a first name it only guesses: no inverted order
    ("Билеты на концерт Тейлор Свифт раскупили за час.", "Тейлор Свифт", "Тейлор", None, "Свифт"),
    # an inverted Russian name the dictionary knows keeps its order
    ("Протокол подписал Петров Андрей.", "Андрей Петров", "Андрей", None, "Петров"),
    # a thing noun capitalized at a sentence start is no part of a lone surname
    ("Ответ Макрону подготовили в Берлине.", "Макрон", None, None, "Макрон"),
    # a Japanese given name: the surname in Japanese syllables, the given name unchanged
    ("Журналисты спросили о Фумио Кисиде.", "Фумио Кисида", "Фумио", None, "Кисида"),
    ("Премию вручили Такэси Уэде.", "Такэси Уэда", "Такэси", None, "Уэда"),
    ("Сделку одобрили после звонка Кацунобу Каты.", "Кацунобу Ката", "Кацунобу", None, "Ката"),
    # a Japanese given name in -у of the lexicon (the dative of a consonant stem otherwise)
    ("Премию вручили Нобору Такэсите посмертно.", "Нобору Такэсита", "Нобору", None, "Такэсита"),
    # a listed Japanese given name in -и the analyzer reads as a case of another word
    ("В Осаке говорили о Такуми Ямасите всю неделю.", "Такуми Ямасита", "Такуми", None, "Ямасита"),
    ("В статье о Нобуюки Мацусите нет ни слова о войне.", "Нобуюки Мацусита", "Нобуюки", None, "Мацусита"),
    # ... not a declined European name that happens to read as Japanese syllables
    ("Письмо Гидеону Саару передали послы.", "Гидеон Саар", "Гидеон", None, "Саар"),
    # the gender of a lexicon first name decides the surname's reading
    ("Гол в финале забил Килиан Мбаппе.", "Килиан Мбаппе", "Килиан", None, "Мбаппе"),
    ("Интервью со Стейси Абрамс вышло утром.", "Стейси Абрамс", "Стейси", None, "Абрамс"),
    # a name in -я after й
    ("Заявление Кайи Каллас опубликовали в Брюсселе.", "Кайя Каллас", "Кайя", None, "Каллас"),
    # a name in -ия the dictionary lacks, the subject after a past-tense verb
    ("Гол забил Хвича Кварацхелия.", "Хвича Кварацхелия", "Хвича", None, "Кварацхелия"),
    ("Трансфер Хвичи Кварацхелии завершён.", "Хвича Кварацхелия", "Хвича", None, "Кварацхелия"),
    # ... but a verb with its subject before it governs the name
    ("Врач осмотрел Ивана Петрова.", "Иван Петров", "Иван", None, "Петров"),
    # the prepositional of an adjectival surname in -ный; the instrumental of a noun in -ен
    ("Решение о Валерии Залужном приняли в Киеве.", "Валерий Залужный", "Валерий", None, "Залужный"),
    ("Встреча с Джо Байденом прошла в Риме.", "Джо Байден", "Джо", None, "Байден"),
    # a second given name joins the first; a dictionary surname in a vowel in the middle is a first surname
    ("Суд отстранил Карлоса Альберто Риверу от выборов.", "Карлос Альберто Ривера", "Карлос Альберто", None, "Ривера"),
    ("Проект Марии Алонсо Руис получил премию.", "Мария Алонсо Руис", "Мария", None, "Алонсо Руис"),
    # surname prefixes stand as written while the rest declines
    ("Письмо Шону Мак-Доннеллу передали в Дублине.", "Шон Мак-Доннелл", "Шон", None, "Мак-Доннелл"),
    ("Речь о Левоне Тер-Петросяне шла в докладе.", "Левон Тер-Петросян", "Левон", None, "Тер-Петросян"),
    # a surname the tagger left out after a first name and patronymic
    ("Совет утвердил Гульнару Ринатовну Сафиуллину председателем.",
     "Гульнара Ринатовна Сафиуллина", "Гульнара", "Ринатовна", "Сафиуллина"),
    # a verb of name_verbs.tsv gives the accusative: a man's surname before initials
    ("Суд признал Баймуханова Е.К. виновным.", "Е. К. Баймуханов", "Е.", "К.", "Баймуханов"),
    # the first part of a hyphenated first name stands while the rest declines
    ("Письмо Жан-Полю Мартену отправили из Парижа.", "Жан-Поль Мартен", "Жан-Поль", None, "Мартен"),
    # a fleeting е in a surname the dictionary lacks (-ец, -ень), not in German -нц/-рц
    ("Премию вручили Ярославу Шевцу.", "Ярослав Шевец", "Ярослав", None, "Шевец"),
    ("Интервью с Фёдором Пивнем вышло в пятницу.", "Фёдор Пивень", "Фёдор", None, "Пивень"),
    ("Письмо Петеру Ленцу отправили из Мюнхена.", "Петер Ленц", "Петер", None, "Ленц"),
    # a Chinese given name of two syllables in one word ends them in a vowel, н, р or й: "Хуан" is
    # a Spanish first name before "Мухика"; the Chinese order stays for "Цзиньпин", "Вэньцзюнь"
    ("Экс-президента Хуана Мухику вспоминают в Монтевидео.", "Хуан Мухика", "Хуан", None, "Мухика"),
    ("Переговоры с Ли Вэньцзюнем прошли в Пекине.", "Ли Вэньцзюнь", "Вэньцзюнь", None, "Ли"),
]


def test_names_general_two_given_names_join_the_shorter_mentions():
    # a second given name joins the first; a later mention with the first given name alone is the same person
    people = rufacts.extract("Президент Реджеп Тайип Эрдоган прибыл в Сочи. Реджеп Эрдоган провёл переговоры. "
                             "Эрдогана встретили в аэропорту.").persons
    assert [(p.name, p.first, len(p.mentions)) for p in people] == [("Реджеп Тайип Эрдоган", "Реджеп Тайип", 3)]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_names_general_mechanisms(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
