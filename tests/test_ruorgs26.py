"""Russian institutions named by type, number and place (entities/org_numbered.py,
lexicons/org_abbreviation_genders.tsv, lexicons/municipal_bodies.tsv, the ordinal and "№" rules of
entities/institutions.py): real pipeline, own sentences (in no gold file)."""
import pytest

import rufacts


def org_at(text: str, mention: str) -> str | None:
    """The name of the organization whose mention is exactly ``mention``."""
    start = text.index(mention)
    for org in rufacts.extract(text).organizations:
        if any(m.start == start and m.stop == start + len(mention) for m in org.mentions):
            return org.name
    return None


NAMED = [
    # an institution's abbreviation with a number, the tagger's place in it or nothing at all
    ("Уроки в СОШ № 31 отменили из-за морозов.", "СОШ № 31", "СОШ № 31"),
    ("Тренеры СДЮСШОР № 8 подготовили двух мастеров спорта.", "СДЮСШОР № 8", "СДЮСШОР № 8"),
    ("Подозреваемого оставили в СИЗО № 3 ещё на два месяца.", "СИЗО № 3", "СИЗО № 3"),
    # a place's adjective before it, in the gender of the noun it stands for
    ("Хирургов Зеленодольской ЦРБ отметили благодарственными письмами.", "Зеленодольской ЦРБ",
     "Зеленодольская ЦРБ"),
    ("В Чистопольской ЦРБ закончили капитальный ремонт приёмного покоя.", "Чистопольской ЦРБ",
     "Чистопольская ЦРБ"),
    ("Пациентов Тюменской ОКБ № 2 перевели в новый корпус.", "Тюменской ОКБ № 2",
     "Тюменская ОКБ № 2"),
    # a number after a noun that names an institution only so
    ("Заведующую детского сада № 205 наградили грамотой мэрии.", "детского сада № 205", "детский сад № 205"),
    # an ordinal opening the sentence before another adjective
    ("Тринадцатый арбитражный апелляционный суд отклонил жалобу перевозчика.",
     "Тринадцатый арбитражный апелляционный суд", "Тринадцатый арбитражный апелляционный суд"),
    # a digit ordinal before a body
    ("Заявление приняли сотрудники 5-го отдела полиции.", "5-го отдела полиции", "5-й отдел полиции"),
    # a municipal body with its members and its place
    ("Собрание представителей Кинельского района одобрило отчёт главы.",
     "Собрание представителей Кинельского района", "Собрание представителей Кинельского района"),
    ("Проект внесли в Собрание депутатов Каслинского муниципального района.",
     "Собрание депутатов Каслинского муниципального района", "Собрание депутатов Каслинского муниципального района"),
]


@pytest.mark.parametrize("text, mention, name", NAMED)
def test_an_institution_named_by_type_number_and_place(text, mention, name):
    assert org_at(text, mention) == name


def test_a_meeting_is_no_body():
    names = [o.name for o in rufacts.extract(
        "На собрании жителей Кинельского района обсудили вывоз мусора.").organizations]
    assert not any(n.lower().startswith("собрани") for n in names)


def test_two_readings_of_an_abbreviation_agree_with_its_adjective():
    from rufacts.entities.normal import normalize_words
    from rufacts.grammars.morph import get_morph
    morph = get_morph()
    assert normalize_words(morph, ["Самарской", "ОКБ"]) == ["Самарская", "ОКБ"]
    assert normalize_words(morph, ["Уральского", "ОКБ"]) == ["Уральское", "ОКБ"]


MORE = [
    # a digit ordinal before an institution's noun names one ("в 1-й городской больнице")
    ("Роженицу доставили в 3-й городской роддом.", "3-й городской роддом", "3-й городской роддом"),
    # an adjective of a kind read as the institution's, not a quality (окружной, not окружный)
    ("Жалобу направили в канцелярию Центрального окружного военного суда.",
     "Центрального окружного военного суда", "Центральный окружной военный суд"),
    # a post cut off a numbered institution the tagger ran it into, its honoree kept
    ("Медсёстры ГКБ № 40 имени Кожевникова получили надбавки.", "ГКБ № 40 имени Кожевникова",
     "ГКБ № 40 имени Кожевникова"),
]


@pytest.mark.parametrize("text, mention, name", MORE)
def test_ordinals_kinds_and_honorees(text, mention, name):
    assert org_at(text, mention) == name


EDGES = [
    # a number after a body named by common nouns
    ("Заявление о краже приняли в отделе полиции № 7.", "отделе полиции № 7", "отдел полиции № 7"),
    # a legal form the tagger took with the abbreviation, the number after them
    ("В МБОУ СОШ № 19 выпускникам вручили аттестаты.", "МБОУ СОШ № 19", "МБОУ СОШ № 19"),
]


@pytest.mark.parametrize("text, mention, name", EDGES)
def test_numbers_at_a_name_edge(text, mention, name):
    assert org_at(text, mention) == name


def test_a_police_station_by_its_ordinal():
    text = "Подозреваемого доставили во 2-е отделение полиции."
    assert org_at(text, "2-е отделение полиции") == "2-е отделение полиции"


OPENINGS = [
    # a city's adjective opening a sentence before adjectives of kind and level
    ("Омская областная клиническая больница закупила два аппарата ИВЛ.",
     "Омская областная клиническая больница", "Омская областная клиническая больница"),
    # a school's number and its honoree, a hyphenated noun after a pupil's noun
    ("В гимназии № 6 имени Гагарина прошла встреча с ветеранами.", "гимназии № 6 имени Гагарина",
     "гимназия № 6 имени Гагарина"),
    ("Выпускников школы-интерната № 3 поздравил губернатор.", "школы-интерната № 3", "школа-интернат № 3"),
    ("Врачи Алтайской ККБ провели сложную операцию.", "Алтайской ККБ", "Алтайская ККБ"),
]


@pytest.mark.parametrize("text, mention, name", OPENINGS)
def test_openings_honorees_and_more_abbreviations(text, mention, name):
    assert org_at(text, mention) == name


def test_a_country_adjective_alone_opening_a_sentence_names_nothing():
    assert rufacts.extract("Американское агентство сообщило о сделке.").organizations == ()


def test_a_municipality_quoted_after_its_kind_is_the_body_s_place():
    text = "Совет муниципального образования «Город Энгельс» отчитался о работе."
    assert org_at(text, "Совет муниципального образования «Город Энгельс»") \
        == "Совет муниципального образования «Город Энгельс»"
    text = "Собрание депутатов муниципального образования «Мирнинский район» утвердило бюджет."
    assert org_at(text, "Собрание депутатов муниципального образования «Мирнинский район»") \
        == "Собрание депутатов муниципального образования «Мирнинский район»"


def test_a_numbered_noun_in_the_second_locative_keeps_its_adjective():
    text = "Детскому саду № 41 подарили игровую площадку."
    assert org_at(text, "Детскому саду № 41") == "Детский сад № 41"


def test_a_latin_number_sign_is_no_name_of_its_own():
    text = "Родители учеников гимназии N 22 собрали подписи."
    assert org_at(text, "гимназии N 22") == "гимназия N 22"


def test_a_numbered_name_stands_on_its_own_after_a_unit():
    from rufacts.entities.org_lead_nouns import own_genitive_name
    doc = rufacts.load()("Тренер ДЮСШОР № 4 рассказал о сборах.")
    assert own_genitive_name(doc[1:4])
