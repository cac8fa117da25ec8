"""Normal forms of names, ninth round, second pass (w88): lexicon classes of foreign names that
stand unchanged (Norwegian and Danish surnames in -е, Czech surnames in -ы, Ossetian surnames in
-ты, Turkish women's first names in -е, Japanese men's first names in -и) or decline (Danish
surnames in -гор, Japanese surnames in -а); Turkic particle names in the official order, surname
first; the gender of a predicative adjective after the name ("признал Раилю
Сафину виновной"); Belarusian surnames with a fleeting vowel (-ёнок/-енок). Real pipeline, own sentences."""
import pytest

import rufacts

from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # Norwegian and Danish surnames in -е stand unchanged
    ("Делегацию возглавил посол, доклад поручили Эрику Стёре.", "Эрик Стёре", "Эрик", None, "Стёре"),
    ("Письмо отправили Ларсу Брекке в Осло.", "Ларс Брекке", "Ларс", None, "Брекке"),
    # Danish surnames in -гор decline as a consonant stem; a Danish first name the dictionary lacks
    ("Журналисты расспросили Расмуса Вестергора о реформе.", "Расмус Вестергор", "Расмус", None, "Вестергор"),
    # Czech surnames in -ы and Ossetian in -ты stand unchanged
    ("Выступление Карела Черны перенесли на вечер.", "Карел Черны", "Карел", None, "Черны"),
    ("Выборы выиграл соперник Эдуарда Кокойты.", "Эдуард Кокойты", "Эдуард", None, "Кокойты"),
    ("Книгу о Зауре Гаглойты издали во Владикавказе.", "Заур Гаглойты", "Заур", None, "Гаглойты"),
    # Turkish women's first names in -е stand unchanged (not of Эмина)
    ("Цветы передали Эмине Йылдыз после концерта.", "Эмине Йылдыз", "Эмине", None, "Йылдыз"),
    # Japanese: the given name in -и unchanged, the surname in -а declines
    ("Контракт подписан с Такаюки Окадой.", "Такаюки Окада", "Такаюки", None, "Окада"),
    # Turkic particle names: official order, surname first
    ("Гусейнов Рашад Ильгар оглы задержан в аэропорту.", "Рашад Ильгар оглы Гусейнов", "Рашад",
     "Ильгар оглы", "Гусейнов"),
    ("Суд арестовал Алиеву Севиндж Фикрет кызы.", "Севиндж Фикрет кызы Алиева", "Севиндж",
     "Фикрет кызы", "Алиева"),
    # ... a Kyrgyz name without a surname keeps the father's name as the last name
    ("Бекзат Асан уулу стал чемпионом.", "Бекзат Асан уулу", "Бекзат", None, "Асан уулу"),
    # Belarusian surnames with a fleeting vowel
    ("Премию вручили Андрею Макаёнку.", "Андрей Макаёнок", "Андрей", None, "Макаёнок"),
    ("Встреча с Павлом Коваленком прошла в Минске.", "Павел Коваленок", "Павел", None, "Коваленок"),
    # negatives: a short stem in -нк is no fleeting vowel; a woman's -ёнок stays as written
    ("Письмо Виктору Шенку отправили вчера.", "Виктор Шенк", "Виктор", None, "Шенк"),
    ("Анна Коваленок выиграла турнир.", "Анна Коваленок", "Анна", None, "Коваленок"),
    # the gender of an instrumental predicative adjective or participle after the name decides
    ("Присяжные признали Адилю Сафину невиновной.", "Адиля Сафина", "Адиля", None, "Сафина"),
    ("Следствие сочло Раилю Закирову причастной к хищению.", "Раиля Закирова", "Раиля", None, "Закирова"),
    # negatives: a dative without such a cue stays a man's name; a man's predicative keeps a man
    ("Награду вручили Раилю Хабибуллину в Казани.", "Раиль Хабибуллин", "Раиль", None, "Хабибуллин"),
    ("Суд признал Ильдара Гильманова виновным.", "Ильдар Гильманов", "Ильдар", None, "Гильманов"),
    # a man's title in apposition says nothing of the gender: the commoner name decides
    ("Коллеги тепло говорят о Юлии Гнатенко, втором секретаре посольства.", "Юлия Гнатенко", "Юлия",
     None, "Гнатенко"),
    # negatives: an apposition of a woman's noun; a man's adjectival surname agrees as before
    ("Журналисты написали о Юлии Марченко, нашей соседке.", "Юлия Марченко", "Юлия", None, "Марченко"),
    ("Статья о Петре Луговском, первом секретаре, вышла вчера.", "Петр Луговской", "Петр", None, "Луговской"),
    # negatives: an unlisted surname in -ы is still a genitive; a Russian name keeps declining
    ("Выступление Ольги Петровой перенесли.", "Ольга Петрова", "Ольга", None, "Петрова"),
    ("Подпись Ивана Свободы стоит под письмом.", "Иван Свобода", "Иван", None, "Свобода"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_name_forms(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


def org_names(text: str) -> list[str]:
    return [o.name for o in rufacts.extract(text).organizations]


# (text, organization names)
ORGS = [
    # a court with its city of an indeclinable name: the city stays in the name
    ("Иск рассмотрит Октябрьский районный суд Улан-Удэ.", ["Октябрьский районный суд Улан-Удэ"]),
    ("Дело передали в Центральный районный суд Сочи.", ["Центральный районный суд Сочи"]),
    # negatives: a declined city; an indeclinable word that is no place is the name itself
    ("Приговор вынес Ленинский районный суд Саратова.", ["Ленинский районный суд Саратова"]),
    # legislatures of republics by their own names (lexicons/regional_legislatures.txt)
    ("Депутаты Государственного Хурала утвердили бюджет.", ["Государственный Хурал"]),
    ("Поправки внесли в Ил Тумэн весной.", ["Ил Тумэн"]),
    ("Закон рассмотрят в Курултае Республики Башкортостан.", ["Курултай Республики Башкортостан"]),
    ("Великий Хурал Монголии утвердил бюджет.", ["Великий Хурал Монголии"]),
    # negatives: the lower-case common noun is no name
    ("Старейшины собрали хурал в степи.", []),
]


@pytest.mark.parametrize(("text", "names"), ORGS, ids=[t[:40] for t, _ in ORGS])
def test_org_with_indeclinable_city(text, names):
    assert org_names(text) == names
