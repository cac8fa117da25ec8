"""Bodies missed, run on or left undeclined, family orgbodies41: digit ordinals of two or three figures
read by their ending (normal.LONG_ORDINAL), numbered units with hyphenated adjectives and heads named
only with a number (org_numbered.numbered_edges, lexicons/numbered_unit_heads.txt), a declined
masculine acronym (org_abbrev_heads.declined_acronym_headed), a second body after a body, an opening
participle, a country's adjective before a party's own name (org_second_bodies), and institution nouns
(lexicons/institution_nouns.txt: лицей-интернат, следственный отдел). Sentences of this file's own,
not the gold's."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Иск рассмотрят в 95-м гарнизонном военном суде.", "95-й гарнизонный военный суд"),
    ("Адвокат обжаловал решение 41-го гарнизонного военного суда.", "41-й гарнизонный военный суд"),
    ("Ветераны 33-го отдельного мотострелкового батальона собрались в Туле.",
     "33-й отдельный мотострелковый батальон"),
    ("Медали вручили 137-му отдельному радиотехническому батальону.", "137-й отдельный радиотехнический батальон"),
    ("Бойцы 27-го отдельного инженерно-саперного полка разминировали поле.",
     "27-й отдельный инженерно-саперный полк"),
    ("Командующий 49-й армией провёл смотр войск.", "49-я армия"),
])
def test_numbered_units_and_courts(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Директор Качканарского ГОКа ушёл в отставку.", "Качканарский ГОК"),
    ("Контракт заключён с Оленегорским ГОКом.", "Оленегорский ГОК"),
    ("Главврач Усманской ЦРБ подал в отставку.", "Усманская ЦРБ"),  # a feminine acronym as before
])
def test_declined_acronyms(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name, not_name", [
    ("Арбитражным судом Республики Коми ООО «Печорастрой» признано банкротом.",
     "Арбитражный суд Республики Коми", "Арбитражный суд Республики Коми ООО «Печорастрой»"),
    ("В Институте физики и математики Уральского федерального университета прошла конференция.",
     "Институт физики и математики", "Институт физики и математики Уральского федерального университета"),
    ("Руководившему Сокольской ЦРБ врачу вынесли приговор.", "Сокольская ЦРБ", "Руководившему Сокольской ЦРБ"),
])
def test_a_body_ends_before_a_second_body_and_after_a_participle(text, name, not_name):
    orgs = _orgs(text)
    assert name in orgs and not_name not in orgs


def test_an_academy_of_sciences_still_owns_its_institute():
    assert "Институт истории Российской академии наук" in _orgs(
        "Сотрудники Института истории Российской академии наук издали атлас.")


@pytest.mark.parametrize("text, name, not_name", [
    ("Ганское Новое патриотическое движение выдвинуло кандидата.", "Новое патриотическое движение",
     "Ганское Новое патриотическое движение"),
    ("Лидер кенийского Оранжевого демократического движения выступил на митинге.",
     "Оранжевое демократическое движение", None),
])
def test_a_country_adjective_before_a_party(text, name, not_name):
    orgs = _orgs(text)
    assert name in orgs and not_name not in orgs


def test_a_country_adjective_in_lower_case_is_the_name():
    assert "Сербская прогрессивная партия" in _orgs("Сербская прогрессивная партия победила на выборах.")


@pytest.mark.parametrize("text, name", [
    ("Выпускники лицея-интерната № 9 поступили в вузы.", "лицей-интернат № 9"),
    ("Дуванскому межрайонному следственному отделу поручена проверка.", "Дуванский межрайонный следственный отдел"),
])
def test_institution_nouns(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name, not_name", [
    ("Подарки вручили Совету по туризму Египта и посольству России в Каире.", "Совет по туризму Египта",
     "Совет по туризму Египта и посольству России"),
])
def test_a_second_body_after_and(text, name, not_name):
    orgs = _orgs(text)
    assert name in orgs and not_name not in orgs


def test_a_remit_after_and_stays():
    assert "Комитет по делам молодёжи и спорту" in _orgs("Проект одобрили в Комитете по делам молодёжи и спорту.")


@pytest.mark.parametrize("text, name", [
    ("Выпускнице специализированной школы олимпийского резерва № 4 вручили медаль.",
     "специализированная школа олимпийского резерва № 4"),
    ("В участковой избирательной комиссии № 318 подсчитали голоса.", "участковая избирательная комиссия № 318"),
])
def test_adjectives_before_a_numbered_body_with_a_complement(text, name):
    assert name in _orgs(text)


def test_a_unit_named_by_a_field_before_a_school_whose_span_gave_way():
    orgs = _orgs("Студенты факультета эстрадного искусства Новосибирского государственного театрального "
                 "института выступили в Томске.")
    assert "факультет эстрадного искусства" in orgs
    assert "Новосибирский государственный театральный институт" in orgs


def test_a_museum_named_after_a_titled_person_stays_a_body():
    assert "Государственный исторический музей имени императора Александра Третьего" in _orgs(
        "В Государственном историческом музее имени императора Александра Третьего открылась выставка.")
