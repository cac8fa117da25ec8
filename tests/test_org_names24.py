"""Organization names the pipeline cut or bounded wrongly (session 24): a person's, a unit's or a
thing's noun before the body's genitive (entities/org_lead_nouns.py, orgs.descriptor_orgs), a
foreign name after its descriptor (org_descriptor_names.py, orgs.foreign_name, geo.geo_name),
quoted names standing as written (org_case.apposed_as_written, org_quoted_forms), a club's
hyphenated name declined in both parts (org_case), institutions and acronyms the tagger missed
(institution_nouns.txt, retype). Real pipeline, own sentences (not in the gold files)."""
import pytest

import rufacts
from test_org_quoted import org_name

NAMED = [
    # a post, a person or a unit before the body: the body's name alone
    ("Главному бухгалтеру Ольховской центральной районной больницы предъявили обвинение.",
     "Ольховской центральной районной больницы", "Ольховская центральная районная больница"),
    ("Пресс-служба Ольховского механического завода сообщила о новом заказе.",
     "Ольховского механического завода", "Ольховский механический завод"),
    ("Выступление струнного оркестра Ольховской филармонии отменили.",
     "Ольховской филармонии", "Ольховская филармония"),
    ("Хором Ольховской филармонии руководит молодой дирижёр.",
     "Ольховской филармонии", "Ольховская филармония"),
    ("Пациентам Ольховского онкодиспансера привезли новые лекарства.",
     "Ольховского онкодиспансера", "Ольховский онкодиспансер"),
    # a post holder's name after the body does not make the body its descriptor
    ("Бывшего главу Ольховского сельсовета Павла Лукина оштрафовали.",
     "Ольховского сельсовета", "Ольховский сельсовет"),
    ("Лесники Ольховского лесничества высадили сосны.", "Ольховского лесничества", "Ольховское лесничество"),
    # a Russian compound after its descriptor declines
    ("Глава представительства Россельхознадзора в Минске провёл встречу.", "Россельхознадзора", "Россельхознадзор"),
    # a foreign name after its descriptor, as written, with no place added from the adjective
    ("По сведениям вьетнамского агентства Тхонгтан, тайфун ослаб.", "Тхонгтан", "Тхонгтан"),
    ("Заказ на суда получил норвежский концерн Квернер.", "Квернер", "Квернер"),
    ("Рейсы в Анталью возобновила авиакомпания Сандор.", "Сандор", "Сандор"),
    ("Японская корпорация Мицуи Буссан купила долю в проекте.", "Мицуи Буссан", "Мицуи Буссан"),
    ("Соглашение заключено с Пекинским университетом Бэйхан.", "Пекинским университетом Бэйхан",
     "Пекинский университет Бэйхан"),
    # quoted names: a foreign one stands as written; one after its descriptor too
    ("Акции швейцарской «Лонца Групе» подорожали.", "Лонца Групе", "Лонца Групе"),
    ("Выпускники лицея «Гипериона» поступили в вузы.", "Гипериона", "Гипериона"),
    # ... but a city's name there is a club named by it, the owner, in the genitive
    ("Вратарь вырос в академии «Барселоны».", "Барселоны", "Барселона"),
    # a club as the subject; a club's name of a noun and a place, both declined
    ("«Буревестник» продлил контракт с вратарём на два года.", "Буревестник", "Буревестник"),
    ("Хоккеисты сыграли вничью с «Металлургом-Новокузнецком» и «Нефтяником-Альметьевском».",
     "Нефтяником-Альметьевском", "Нефтяник-Альметьевск"),
    # an acronym of a clipped place word
    ("ЮжНИИГиМ передали в ведение министерства.", "ЮжНИИГиМ", None),
    ("Учёные ВостНИИВХ изучили качество воды.", "ВостНИИВХ", "ВостНИИВХ"),
]


@pytest.mark.parametrize("text,mention,name", [row for row in NAMED if row[2] is not None])
def test_org_name(text, mention, name):
    assert org_name(text, mention) == name


def test_place_after_a_lead_noun_is_not_cut_out():
    """A district after a post is a place: the lead noun is not cut off to leave it a body."""
    assert org_name("Руководство Ольховского района обещало починить дорогу.", "Ольховского района") \
        != "Ольховский район"


NOT_ORGANIZATIONS = [
    # a person's name after a company descriptor stays the person's
    ("Компания Илона Маска запустила спутники.", "Илона Маска"),
    ("Долю купила компания Абрамовича.", "Абрамовича"),
    # the person after a post's noun and the descriptor is the post holder
    ("Хозяин пекарни Ульрих Бренц угостил гостей.", "Ульрих Бренц"),
]


@pytest.mark.parametrize("text,mention", NOT_ORGANIZATIONS)
def test_not_an_organization(text, mention):
    assert org_name(text, mention) is None


def test_unit_with_its_own_name_keeps_its_descriptor():
    """A unit named in quotes is a body of its own ("оркестр «...»"), not its owner's."""
    assert org_name("Оркестр «Северные струны» выступил в Казани.", "Северные струны") == "Северные струны"


def test_person_after_a_post_is_still_a_person():
    article = rufacts.extract("Бывшего главу Ольховского сельсовета Павла Лукина оштрафовали.")
    assert any(p.last == "Лукин" for p in article.persons)
