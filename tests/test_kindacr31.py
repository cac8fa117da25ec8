"""Organizations introduced by the acronym of their kind (entities/org_kind_acronym_names.py,
lexicons/org_kind_abbreviations.txt, lexicons/org_work_nouns.txt): the quoted name alone after the
acronym, also after a run of capitals that spells the kind out; the acronym with its honoree,
founder or place is a name of its own that a noun before it does not join."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Делегация министерства побывала на ФНПЦ «Сплав» в Туле.", "Сплав"),
    ("Инженеры ЦНИИ «Электроприбор» показали новый гирокомпас.", "Электроприбор"),
    ("Секцию бокса открыли при ФОК «Атлант» в прошлом месяце.", "Атлант"),
    ("Хоккеисты сыграют в ЛДС «Арена» в воскресенье.", "Арена"),
])
def test_listed_kind_acronym_leaves_the_quoted_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Модернизацию фрегатов поручили ЦКБ МТ «Алмаз» в Петербурге.", "Алмаз"),
    ("Учёные ГНЦ ВБ «Рубеж» получили грант на исследования.", "Рубеж"),
])
def test_capitals_spelling_the_kind_out_are_no_part_of_the_name(text, name):
    names = _orgs(text)
    assert name in names and not any("«" in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("Коллектив ОКБ Яковлева поздравил ветеранов с праздником.", "ОКБ Яковлева"),
    ("Реконструкция ДК имени Гагарина затянулась на три года.", "ДК имени Гагарина"),
    ("Сотрудники ФАП деревни Ивановка получили новый автомобиль.", "ФАП деревни Ивановка"),
])
def test_noun_before_an_acronym_name_is_no_part_of_it(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Конкурс на поставку выиграло ФГУП ЦНИИ «Гранит».", "ФГУП «Гранит»"),
    ("Сотрудники АО НПО «Восход» получили квартальные премии.", "АО «Восход»"),
])
def test_legal_form_keeps_the_quoted_name_after_a_kind_acronym(text, name):
    assert name in _orgs(text)


def test_whole_official_name_in_the_legal_forms_quotes_is_unchanged():
    assert "АО «НПО Звезда»" in _orgs("Заказ получило АО «НПО «Звезда».")
