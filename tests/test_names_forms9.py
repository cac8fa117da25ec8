"""Normal forms of names, ninth round (w81): German and Scandinavian women's first names in -е and
Indian surnames in -джи stand unchanged; a Spanish name of a first name and two surnames before a
patronymic surname ("Ортега Вальдес"), a Spanish surname in -а after a Spanish first name
("Кастаньеде" -> Кастаньеда), two first names with the first left out by the tagger; a surname that
is a noun of common gender (Заика), an East Asian family name as a man's surname (Шин), a Bashkir
first name the dictionary knows as a place (Урал). Organizations: a tagger span of adjectives joins
the name after it, a coordinated or dashed genitive complement, a district with its city, no city
after a quoted name, a Latin name after a place adjective stays bare. Real pipeline, own sentences."""
import pytest
from spacy.tokens import Span

import rufacts
from rufacts.entities.org_name_extent import joined_orgs
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    # women's first names in -е, unchanged; not a Russian name's dative (Рената, Сабина)
    ("Журналисты спросили о планах Сигне Хансен.", "Сигне Хансен", "Сигне", None, "Хансен"),
    ("Министр Марлене Браун открыла выставку.", "Марлене Браун", "Марлене", None, "Браун"),
    ("Премию вручили Тове Линдберг.", "Тове Линдберг", "Тове", None, "Линдберг"),
    ("Премию вручили Ренате Литвиновой.", "Рената Литвинова", "Рената", None, "Литвинова"),
    # Indian surnames in -джи
    ("Инвесторы поддержали Раджива Банерджи.", "Раджив Банерджи", "Раджив", None, "Банерджи"),
    # Spanish: a first name, two surnames
    ("Позицию Рауля Кабреры Лопеса поддержали в Мадриде.", "Рауль Кабрера Лопес", "Рауль", None, "Кабрера Лопес"),
    ("Интервью Хорхе Мединой Маркесом опубликовали.", "Хорхе Медина Маркес", "Хорхе", None, "Медина Маркес"),
    ("Письмо подписала делегация Луиса Мендосы Гонсалеса.", "Луис Мендоса Гонсалес", "Луис", None, "Мендоса Гонсалес"),
    # ... two first names, one surname
    ("Тренер рассчитывает на Мигеля Анхеля Торреса.", "Мигель Анхель Торрес", "Мигель Анхель", None, "Торрес"),
    # ... a surname in -а after a Spanish first name; a consonant one in -с stays
    ("В Мадриде говорили о Хуане Ортеге.", "Хуан Ортега", "Хуан", None, "Ортега"),
    ("В Мадриде говорили о Хуане Гонсалесе.", "Хуан Гонсалес", "Хуан", None, "Гонсалес"),
    ("Газета вспомнила о Карлосе Фелипе Пинеде.", "Карлос Фелипе Пинеда", "Карлос Фелипе", None, "Пинеда"),
    # ... a Russian surname after such a first name still declines as Russian
    ("Фермера Рафаэля Гарипова оштрафовали.", "Рафаэль Гарипов", "Рафаэль", None, "Гарипов"),
    # a surname that is a noun of common gender
    ("Суд рассказал о Михаиле Сироте.", "Михаил Сирота", "Михаил", None, "Сирота"),
    # an East Asian family name as a man's surname in the prepositional
    ("Журналисты писали о Сергее Шине.", "Сергей Шин", "Сергей", None, "Шин"),
    ("Газета написала о Викторе Киме.", "Виктор Ким", "Виктор", None, "Ким"),
    # a lone adjectival surname after a noun for a person and its genitive, which the tagger read as a place
    ("Губернатор уволил главу поселка Кривого.", "Кривой", None, None, "Кривой"),
    # the dative before a counted direct object, initials after the surname
    ("Суд назначил Шакирову Р. Р. пять лет колонии.", "Р. Р. Шакиров", "Р.", "Р.", "Шакиров"),
    ("Суд назначил Гарифуллину Р. Р. председателем.", "Р. Р. Гарифуллина", "Р.", "Р.", "Гарифуллина"),
    # a Bashkir first name the dictionary knows as a place
    ("Голосование Урала Гайнуллина было решающим.", "Урал Гайнуллин", "Урал", None, "Гайнуллин"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_name_forms(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


def test_mountains_are_no_person():
    assert person_parts("Горы Урала привлекают туристов.") == []


def test_village_is_no_person():
    assert person_parts("Жители поселка Красного вышли на митинг.") == []


def _bare(name: str) -> str:
    return name.replace("«", "").replace("»", "")


def org_names(text: str) -> list[str]:
    return [_bare(o.name) for o in rufacts.extract(text).organizations]


# (text, organization names)
ORGS = [
    # an adjective-only span and the name after it
    ("Томский городской Совет депутатов принял устав.", ["Томский городской Совет депутатов"]),
    # a coordinated genitive complement; a lone genitive object is not taken
    ("Азиатский банк инфраструктурных инвестиций и развития выделил кредит.",
     ["Азиатский банк инфраструктурных инвестиций и развития"]),
    ("Всемирный банк кредитов не выдал.", ["Всемирный банк"]),
    # a compound joined by a spaced dash
    ("Россия сотрудничает с Организацией стран — экспортёров нефти.", ["Организация стран — экспортёров нефти"]),
    # a district and its city
    ("Прокуратура проверила Администрацию Ленинского района Саратова.",
     ["Администрация Ленинского района Саратова"]),
    # no city after a quoted name
    ("Прокуроры проверили МУП «Водоканал» Сызрани.", ["МУП Водоканал"]),
    # a Latin name after a place adjective
    ("Суд оштрафовал немецкую Bayer.", ["Bayer"]),
]


@pytest.mark.parametrize(("text", "names"), ORGS, ids=[t[:40] for t, _ in ORGS])
def test_org_extent(text, names):
    assert org_names(text) == names


def test_one_person_for_two_mentions_of_shin():
    text = "Совет ветеранов возглавил Пётр Шин, а о Петре Шине писали газеты."
    assert person_parts(text) == expected_parts("Пётр Шин", "Пётр", None, "Шин")


@pytest.fixture(scope="module")
def nlp():
    return rufacts.load()


def _texts(doc, spans):
    return [(s.text, s.label_) for s in joined_orgs(doc, spans)]


def test_adjectives_join_the_name_after(nlp):
    doc = nlp("Новосибирский городской Совет депутатов утвердил бюджет.")
    spans = [Span(doc, 0, 2, label="ORG"), Span(doc, 2, 4, label="ORG")]
    assert _texts(doc, spans) == [("Новосибирский городской Совет депутатов", "ORG")]


def test_no_join_after_a_noun(nlp):
    doc = nlp("Мэрия Совет депутатов не созывала.")
    spans = [Span(doc, 0, 1, label="ORG"), Span(doc, 1, 3, label="ORG")]
    assert _texts(doc, spans) == [("Мэрия", "ORG"), ("Совет депутатов", "ORG")]


def test_coordinated_complement(nlp):
    doc = nlp("Москва пригласила Европейский банк реконструкции и развития к проекту.")
    spans = [Span(doc, 2, 4, label="ORG")]
    assert _texts(doc, spans) == [("Европейский банк реконструкции и развития", "ORG")]


def test_dashed_complement(nlp):
    doc = nlp("Москва сотрудничает с Форумом стран — экспортёров газа.")
    spans = [Span(doc, 3, 5, label="ORG")]
    assert _texts(doc, spans) == [("Форумом стран — экспортёров газа", "ORG")]


def test_lone_genitive_object_not_taken(nlp):
    doc = nlp("Европейский банк кредитов не выдал.")
    spans = [Span(doc, 0, 2, label="ORG")]
    assert _texts(doc, spans) == [("Европейский банк", "ORG")]
