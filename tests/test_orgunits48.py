"""Units, legal forms and place adjectives, family orgunits48: a region's state unitary enterprise's legal
form (lexicons/legal_forms.txt: КГУП, ОГУП), police and rescue units named by their service and
rescue or prospecting units by their place and kind (lexicons/org_descriptor_units.tsv, read by
entities/org_descriptor_units.py; a numbered отряд, lexicons/numbered_unit_heads.txt; the duty centre,
lexicons/fixed_bodies.txt), a hyphenated place adjective that declines its last part only
(entities/org_hyphen_adjectives.py), a state committee's stump with a plural genitive object
(entities/org_stump_bodies.py), a capitalized title before an honoree (entities/honoree.py,
lexicons/honoree_titles.txt). Neighbours that must not change. Sentences of this file's own, not the gold's."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # a legal form of a region's unitary enterprise stays with the name in the record (the scorer drops it)
    ("Прокуратура проверила закупки ОГУП «Липецкоблводоканал» за прошлый год.", "ОГУП «Липецкоблводоканал»"),
    # units named by their service
    ("Сотрудников роты патрульно-постовой службы наградили грамотами.", "рота патрульно-постовой службы"),
    ("Бойцы отряда специального назначения провели учения в горах.", "отряд специального назначения"),
    ("Бойцы отряда милиции особого назначения вернулись из командировки.", "отряд милиции особого назначения"),
    ("Звонок приняла единая дежурно-диспетчерская служба округа.", "единая дежурно-диспетчерская служба округа"),
    ("Оперативный дежурный центра управления в кризисных ситуациях доложил о паводке.",
     "центр управления в кризисных ситуациях"),
    # rescue and prospecting units by their place and kind
    ("Туристов с перевала сняли бойцы Приэльбрусского поисково-спасательного отряда.",
     "Приэльбрусский поисково-спасательный отряд"),
    ("Керн передали в Верхнекамскую геологоразведочную экспедицию.", "Верхнекамская геологоразведочная экспедиция"),
    ("Вызов получил 9-й пожарно-спасательный отряд.", "9-й пожарно-спасательный отряд"),
    # a hyphenated place adjective: the first part invariable, the last in the head's gender
    ("Новое оборудование поступило в Ачхой-Мартановскую ЦГБ.", "Ачхой-Мартановская ЦГБ"),
    ("Врачи Ачхой-Мартановской районной больницы приняли сто пациентов.", "Ачхой-Мартановская районная больница"),
    ("Главврач Усть-Кутской ЦРБ ответил на вопросы.", "Усть-Кутская ЦРБ"),
    # a state committee's stump with its object in the plural genitive
    ("Проект тарифа передали в Госкомцен Бурятии.", "Госкомцен Бурятии"),
    ("Решение о ценах принял Облкомцен.", "Облкомцен"),
    # a capitalized title before the honoree, and a surname the tagger misread
    ("Ученики гимназии № 8 имени Героя Советского Союза Ивана Кожедуба выступили на параде.",
     "гимназия № 8 имени Героя Советского Союза Ивана Кожедуба"),
    ("Концерт прошел в школе № 4 имени Героя России Алексея Ширяева.", "школа № 4 имени Героя России Алексея Ширяева"),
])
def test_named(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, absent", [
    # a unit noun without a listed field or kind stays a common noun
    ("Бойцы батальона морской пехоты высадились на берег.", "батальон морской пехоты"),
    ("Отряд полиции прибыл на место через час.", "отряд полиции"),
    ("Британская экспедиция на Эверест стартовала в мае.", "Британская экспедиция"),
    ("Российский отряд вышел в финал турнира.", "Российский отряд"),
    # a garden's noun-adjective pair still declines both parts
])
def test_not_named(text, absent):
    assert absent not in _orgs(text)


def test_noun_adjective_pair_unchanged():
    text = "Сотрудники Никитского ботанического сада-национального научного центра собрали урожай."
    assert any(n.startswith("Никитский ботанический сад-национальный") for n in _orgs(text))


def test_hyphen_place_adjectives_unchanged():
    assert "Ханты-Мансийский филиал" in _orgs("Директор Ханты-Мансийского филиала уволился.") \
        or not any("Ханты" in n for n in _orgs("Директор Ханты-Мансийского филиала уволился."))
    assert "Орехово-Зуевская ТЭЦ" in _orgs("Рабочие Орехово-Зуевской ТЭЦ получили премию.")


def test_honoree_stops_before_next_person():
    text = "Жители пришли к школе № 3 имени Пушкина Марина Иванова рассказала об этом."
    assert not any("Марина" in n for n in _orgs(text))
    assert "Марина Иванова" in _persons(text)
