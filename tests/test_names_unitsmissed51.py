"""Session 51, family unitsmissed51 (w414): units of institutions named by their kind or field that the
pipeline missed entirely, lower case as written (docs/gold-conventions.md).

- entities/org_kind_units.py (lexicons/org_kind_units.tsv): a head noun after the adjective of its
  kind: a hospital's ward or centre alone ("неврологическим отделением", "в перинатальном центре"), with
  a rank adjective before it and a genitive tail ("регионального сосудистого центра", "центра второго
  уровня"); a bus or tram fleet with its number or honoree ("автобусного парка № 7", "трамвайном депо
  имени Баумана"); a dissertation council with its code or field ("диссертационном совете 24.2.318.02",
  "по историческим наукам"); a place's adjective stays out; a lead noun's span gives way.
- entities/org_descriptor_units.py (lexicons/org_descriptor_units.tsv): a centre, an institute, a
  railway's service named by the genitive of a listed field ("центр аддитивных технологий",
  "институте биомедицины", "службой пути"), an owner's common noun after it out; library sectors
  (lexicons/org_sector_fields.txt).
"""
import pytest

import rufacts


def _orgs(text):
    article = rufacts.extract(text)
    return {(text[m.start:m.stop], o.name) for o in article.organizations for m in o.mentions}


@pytest.mark.parametrize("text, mention, name", [
    ("Заведующая эндокринологическим отделением Гульнара Фаттахова провела приём.",
     "эндокринологическим отделением", "эндокринологическое отделение"),
    ("Больного перевели в инфекционное отделение, сообщили родственники.",
     "инфекционное отделение", "инфекционное отделение"),
    ("Главврач рассказал о работе приёмного отделения в праздники.",
     "приёмного отделения", "приёмное отделение"),
    ("Ребёнка доставили в перинатальный центр санавиацией.",
     "перинатальный центр", "перинатальный центр"),
    ("Пациентку прооперировали в первичном сосудистом отделении.",
     "первичном сосудистом отделении", "первичное сосудистое отделение"),
    ("Для онкологического центра второго уровня купили ускоритель.",
     "онкологического центра второго уровня", "онкологический центр второго уровня"),
])
def test_hospital_units_by_adjective(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Кондукторы троллейбусного парка № 4 получили новые терминалы.",
     "троллейбусного парка № 4", "троллейбусный парк № 4"),
    ("В автобусном парке № 1 прошёл день открытых дверей.",
     "автобусном парке № 1", "автобусный парк № 1"),
    ("Мастера трамвайного депо имени Апакова отремонтировали вагон.",
     "трамвайного депо имени Апакова", "трамвайное депо имени Апакова"),
    ("Защита прошла в диссертационном совете 35.2.019.01 при аграрном университете.",
     "диссертационном совете 35.2.019.01", "диссертационный совет 35.2.019.01"),
    ("Решение диссертационного совета К 212.081.12 отменили.",
     "диссертационного совета К 212.081.12", "диссертационный совет К 212.081.12"),
    ("Секретарём диссертационного совета по экономическим наукам назначена доцент.",
     "диссертационного совета по экономическим наукам", "диссертационный совет по экономическим наукам"),
])
def test_fleets_and_councils(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Сотрудники центра компьютерной диагностики освоили новый аппарат.",
     "центра компьютерной диагностики", "центр компьютерной диагностики"),
    ("Аспиранты института физики и математики выиграли грант.",
     "института физики и математики", "институт физики и математики"),
    ("Ночью работы вела служба электроснабжения метрополитена.",
     "служба электроснабжения", "служба электроснабжения"),
    ("Хранитель сектора старопечатных книг показал инкунабулу.",
     "сектора старопечатных книг", "сектор старопечатных книг"),
    ("В чебоксарском центре медицинской реабилитации открыли бассейн.",
     "центре медицинской реабилитации", "центр медицинской реабилитации"),
])
def test_units_by_genitive_field(text, mention, name):
    assert (mention, name) in _orgs(text)


def test_opening_adjective_is_lower_case():
    found = _orgs("Неврологическое отделение больницы закрыли на ремонт.")
    assert ("Неврологическое отделение", "неврологическое отделение") in found


def test_lead_noun_gives_way():
    found = _orgs("Коллектив трамвайного депо имени Апакова поздравил ветеранов.")
    assert ("трамвайного депо имени Апакова", "трамвайное депо имени Апакова") in found


@pytest.mark.parametrize("text", [
    "Его перевели в отделение, где он пробыл неделю.",
    "В центре города открыли новый сквер.",
    "В торговом центре прошла распродажа.",
    "Автобус вернулся в автобусный парк после смены.",
    "В трамвайном депо прошла проверка.",
    "Заседание диссертационного совета перенесли.",
    "Он учится в институте с 2019 года.",
    "Служба доставки задержала заказы.",
    "Областной центр остался без воды.",
])
def test_no_unit_without_its_kind_or_field(text):
    assert not rufacts.extract(text).organizations


@pytest.mark.parametrize("text", [
    "Её переведут в ближайший реабилитационный центр утром.",
    "Такое оборудование есть в любом кардиологическом отделении.",
])
def test_any_unit_of_its_kind_is_no_name(text):
    assert not rufacts.extract(text).organizations


def test_owner_body_after_a_kind_unit():
    """The unit above it stays in the unit's name; the university, a name of its own, is a second body
    (org_unit_owner_splits.py, docs/gold-conventions.md)."""
    found = _orgs("Она окончила аспирантуру социологического отделения философского факультета МГУ.")
    assert ("социологического отделения философского факультета",
            "социологическое отделение философского факультета") in found
    assert ("МГУ", "МГУ") in found
