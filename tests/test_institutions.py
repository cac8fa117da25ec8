"""Institutions named by adjectives and a common noun (entities.institutions), real pipeline,
own sentences: one organization in the nominative whatever the slot's case, with the number,
"имени ..." or genitive complement after the noun; kind and level words alone are no name;
a quoted team after "с" next to a performance word is a party, not a title."""
import pytest
import rufacts

from test_org_quoted import org_name


def _orgs(text):
    return [o.name.replace("ё", "е") for o in rufacts.extract(text).organizations]


FOUND = [
    ("Губернатор посетил Ивановскую филармонию в пятницу.", "Ивановская филармония"),
    ("Договор подписан Ивановским роддомом № 4 в марте.", "Ивановский роддом № 4"),
    ("Соглашение заключено с Северо-Кавказским федеральным университетом.",
     "Северо-Кавказский федеральный университет"),
    ("Пациентку перевели в Тамбовскую областную детскую больницу.", "Тамбовская областная детская больница"),
    ("Учителя Ивановского лицея № 22 провели открытый урок.", "Ивановский лицей № 22"),
    ("Главврач Краснодарской краевой больницы № 1 дал интервью.", "Краснодарская краевая больница № 1"),
    ("Экскурсию провели для учеников Кемеровской гимназии имени Пушкина.",
     "Кемеровская гимназия имени Пушкина"),
    ("Раньше он руководил Белгородским институтом культуры и искусств.",
     "Белгородский институт культуры и искусств"),
    ("Дело передали во Второй кассационный суд общей юрисдикции.",
     "Второй кассационный суд общей юрисдикции"),
    ("Жалобу отклонил Дзержинский районный суд.", "Дзержинский районный суд"),
    ("Хабаровская епархия открыла приют.", "Хабаровская епархия"),
    ("Контракт подписан Орловским роддомом № 2 в январе.", "Орловский роддом № 2"),
    ("Депутат раскритиковал Брянскую епархию за строительство.", "Брянская епархия"),
    ("Выводы Международного агентства по атомной энергии опубликованы в среду.",
     "Международное агентство по атомной энергии"),
    ("Грант выдан Ярославским областным фондом поддержки предпринимательства.",
     "Ярославский областной фонд поддержки предпринимательства"),
]


@pytest.mark.parametrize(("text", "name"), FOUND, ids=[c[1] for c in FOUND])
def test_institution_named_by_adjectives(text, name):
    assert name.replace("ё", "е") in _orgs(text)


NUMBERED = [
    ("Он закончил школу № 118 в Митино.", "школа № 118"),
    ("Мальчика госпитализировали в городскую больницу № 9.", "городская больница № 9"),
    ("Ученики нашей гимназии № 5 победили в конкурсе.", "гимназия № 5"),
    ("Осуждённый отбывает срок в исправительной колонии № 6.", "исправительная колония № 6"),
]


@pytest.mark.parametrize(("text", "name"), NUMBERED, ids=[c[1] for c in NUMBERED])
def test_number_names_one_body(text, name):
    assert name in _orgs(text)


NONE = [
    "Тендер выиграла городская больница.",
    "Он работает в районной поликлинике.",
    "Областная прокуратура начала проверку.",
    "Новая школа открылась в Подольске.",
    "Это важная школа для молодых.",
    "Американское агентство сообщило о взрыве.",
    "На месте бывшей школы построят дом.",
]


@pytest.mark.parametrize("text", NONE)
def test_kind_words_name_no_institution(text):
    assert _orgs(text) == []


def test_place_adjective_is_no_place_inside_the_name():
    article = rufacts.extract("Губернатор посетил Ивановскую филармонию в пятницу.")
    assert [loc.name for loc in article.locations] == []


TEAMS = [
    ("Наши игроки сыграли с «Синими птицами» вничью.", "Синие птицы"),
    ("В финале команда сыграет с «Полярными медведями».", "Полярные медведи"),
    ("Хоккеисты разгромили «Лесных барсуков» на выезде.", "Лесные барсуки"),
    ("Юниоры отпраздновали победу над «Серыми гусями».", "Серые гуси"),
]


@pytest.mark.parametrize(("text", "name"), TEAMS, ids=[c[1] for c in TEAMS])
def test_quoted_team_after_s(text, name):
    assert _orgs(text) == [name]


def test_role_in_a_film_stays_a_title():
    assert _orgs("Актриса сыграла главную роль в «Тихой заводи».") == []


def test_work_on_a_book_stays_a_title():
    assert _orgs("Режиссёр закончил работу над «Тёмными аллеями».") == []


def test_name_after_the_noun_keeps_it_a_descriptor():
    names = _orgs("Российский фонд DST вложил деньги в стартап.")
    assert "Российский фонд" not in names and names


MEDICAL = [
    # a genitive complement ending in a field noun of medicine stays in the name
    ("Возле Омского областного центра крови поставили палатку.", "Омского областного центра крови",
     "Омский областной центр крови"),
    ("Сотрудники Тульской городской станции переливания крови вышли в субботу.",
     "Тульской городской станции переливания крови", "Тульская городская станция переливания крови"),
    # a disease-specific dispensary and a hospice are institution nouns
    ("В Курском областном онкодиспансере открыли новое отделение.", "Курском областном онкодиспансере",
     "Курский областной онкодиспансер"),
    ("С Тверским детским хосписом работают сорок волонтёров.", "Тверским детским хосписом",
     "Тверской детский хоспис"),
    # a number after the complement, the noun opening the sentence
    ("Больница скорой медицинской помощи № 7 получила новый аппарат.",
     "Больница скорой медицинской помощи № 7", "Больница скорой медицинской помощи № 7"),
]


@pytest.mark.parametrize("text,mention,name", MEDICAL)
def test_medical_institutions(text, mention, name):
    assert org_name(text, mention) == name
