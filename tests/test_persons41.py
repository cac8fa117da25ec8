"""Session 41, family persons41 (w367, people's names of particles and of other peoples):

- a one-letter particle with an apostrophe in lower case ("д'") stays before the surname, which
  declines after it (entities/names.py, as "О'");
- a surname particle inside a name ("Ди", "Де") makes the word after it the surname even where the
  name without it reads the other way round (entities/name_particle_order.py);
- a Tuvan given name in -оол declines as the surname does (entities/name_mongolian.py);
- a Chinese given name in -эй in a case goes back to -эй (entities/names_asian.py);
- an Arabic name in -ья after the article declines as Илья (entities/name_arabic_ya.py);
- a player's position in the press's anglicisms is no name part (lexicons/name_sport_positions.txt);
- a sentence's first word read as a place that is a listed first name joins the surname after it
  (entities/name_place_first.py);
- a name ending a post phrase after a verb of saying after a quotation is the speaker's nominative
  (entities/name_post_woman.speaker_before);
- lexicon entries: Yoruba and Turkish given names, French "Роз"."""
import pytest

import rufacts


def _fold(value):
    return value.replace("ё", "е") if value else value


def _people(text):
    return {tuple(map(_fold, (p.first, p.middle, p.last))) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, person", [
    # apostrophe particles
    ("Орден вручили историку Анри д'Эрбелю за книгу о войне.", ("Анри", None, "д'Эрбель")),
    ("Встреча с куратором Элен д'Армонвиль прошла в Лувре.", ("Элен", None, "д'Армонвиль")),
    # a particle inside a name opens the surname
    ("В Милане выступит тенор Риккардо Ди Мауро.", ("Риккардо", None, "Ди Мауро")),
    # Tuvan given names in -оол
    ("Встреча с Алдын-оолом Ондаром прошла в Кызыле.", ("Алдын-оол", None, "Ондар")),
    # Chinese given names in -эй
    ("Контракт подписан с инженером Ван Вэем из Шанхая.", ("Вэй", None, "Ван")),
    ("По словам Лю Вэя, поставки возобновятся.", ("Вэй", None, "Лю")),
    # Arabic names in -ья after the article
    ("Посол вручил верительные грамоты Халиду аль-Яхье.", ("Халид", None, "аль-Яхья")),
    # positions at a sentence's start
    ("Мидфилдер Джулио Ригони забил гол в добавленное время.", ("Джулио", None, "Ригони")),
    # a sentence's first word that is a place and a listed first name
    ("Каролине Новак вручили медаль чемпионки.", ("Каролина", None, "Новак")),
    # the speaker after a quotation
    ("«Набор закрыт», — говорит заместитель директора по учебной работе Раиса Гарипова.",
     ("Раиса", None, "Гарипова")),
    # lexicon entries
    ("Соглашение подписано губернатором штата Олувафеми Адеолой.", ("Олувафеми", None, "Адеола")),
    ("Депутат от Народно-республиканской партии Нурсель Демирель выступила с речью.", ("Нурсель", None, "Демирель")),
    ("Посол Сенегала Мари Роз Диуф заявила о новых поставках.", ("Мари Роз", None, "Диуф")),
])
def test_persons41(text, person):
    assert person in _people(text)


@pytest.mark.parametrize("text, person", [
    # neighbours that must not change
    ("Интервью с драматургом Патриком О'Ханлоном вышло вчера.", ("Патрик", None, "О'Ханлон")),
    ("Пресс-конференцию провёл тренер Лоренцо Де Лука.", ("Лоренцо", None, "Де Лука")),
    ("Картину приобрёл коллекционер Карл фон Штайн.", ("Карл", None, "фон Штайн")),
    ("По мнению Херел-оола Ондара, сезон удался.", ("Херел-оол", None, "Ондар")),
    ("Министр встретился с Саидом аль-Яхьей в Эр-Рияде.", ("Саид", None, "аль-Яхья")),
    ("«Всё идёт по плану», — говорит помощник губернатора Раис Вафин.", ("Раис", None, "Вафин")),
    ("«Всё хорошо», — говорит помощник губернатора Александра Мельникова.", ("Александр", None, "Мельников")),
    ("По словам Раиса Галимова, ремонт завершат к осени.", ("Раис", None, "Галимов")),
    ("Ирландский писатель Шон О'Кейси родился в Дублине.", ("Шон", None, "О'Кейси")),
    ("Контракт с полузащитником Маттео Ди Грацией продлён.", ("Маттео", None, "Ди Грация")),
    ("Грамоту получил чабан Кара-оол Монгуш.", ("Кара-оол", None, "Монгуш")),
    ("Встреча с председателем правления Ли Цзюнем прошла в Харбине.", ("Цзюнь", None, "Ли")),
    ("Награду вручили повару Жану Мерсье.", ("Жан", None, "Мерсье")),
    ("Меморандум подписан с Ахмедом аль-Хамадой.", ("Ахмед", None, "аль-Хамада")),
])
def test_persons41_neighbours(text, person):
    assert person in _people(text)


def test_place_stays_a_place():
    doc = rufacts.extract("В Южной Каролине Купер победил на выборах.")
    assert ("Каролина", None, "Купер") not in _people("В Южной Каролине Купер победил на выборах.")
    assert any(p.last == "Купер" for p in doc.persons)


def test_place_before_adjective_stays():
    people = _people("В Северной Каролине Трамп выиграл праймериз.")
    assert ("Каролина", None, "Трамп") not in people
