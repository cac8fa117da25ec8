"""Units and offices and their extents, family orgunits47: units named by a genitive field the tagger
misread (entities/org_field_genitives.py, lexicons/org_field_genitive_units.txt: департамент,
отделение, цех), the clause's words the tagger ran into a unit's name before its head
(org_unit_leads.py), an acronym unit with its territory (org_acronym_territories.py), region adjectives
listed with commas before a plural region noun (org_listed_territories.py), a field's "в АПК" tail
(org_sector_acronym_tails.py), a sector's field object (org_academic_sectors.py). Neighbours that must
not change. Sentences of this file's own, not the gold's."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    # a unit and its genitive field, the field's words misread by the tagger
    ("В департаменте лесной промышленности Кировской области прокомментировали решение.",
     "департамент лесной промышленности Кировской области"),
    ("Студентов набирают на отделение восточных языков.", "отделение восточных языков"),
    ("В цехе окраски и сушки завода сменили вентиляцию.", "цех окраски и сушки"),
    ("Заведующий лабораторией сравнительной геномики рассказал о работе.", "лаборатория сравнительной геномики"),
    ("Завод открыл цех литья алюминия.", "цех литья алюминия"),
    # the clause's words before the head: a finite verb, a disagreeing participle
        ("Институт выделил кафедре химии твёрдого тела новые ставки.", "кафедра химии твёрдого тела"),
    ("Подчинённым комитету по физической культуре Тульской области школам дадут деньги.",
     "комитет по физической культуре Тульской области"),
    # an acronym unit with the territory it serves
    ("Следователи СО по Советскому району Брянска завершили расследование.", "СО по Советскому району Брянска"),
    ("Приставы ОСП по Ленинскому району Оренбурга арестовали квартиру.", "ОСП по Ленинскому району Оренбурга"),
    # region adjectives listed with commas before one plural noun, and a republic after "и"
    ("В Управлении Россельхознадзора по Тульской, Рязанской и Тамбовской областям подвели итоги.",
     "Управление Россельхознадзора по Тульской, Рязанской и Тамбовской областям"),
    ("Управление Росприроднадзора по Пензенской, Саратовской и Ульяновской областям и Республике Мордовия провело рейд.",
     "Управление Росприроднадзора по Пензенской, Саратовской и Ульяновской областям и Республике Мордовия"),
    # a field's sector after "в"
    ("Она пять лет возглавляла отдел кредитования инвестиций в АПК.", "отдел кредитования инвестиций в АПК"),
    # a sector's field with its own object
    ("Заведующий сектором истории науки рассказал о находке.", "сектор истории науки"),
])
def test_found(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    # an institution's name keeps its own words; a remit coordinated with "и" alone stands as before
    ("Институт проблем управления имени Трапезникова провёл конференцию.", "Институт проблем управления имени Трапезникова"),
    ("В Управлении Россельхознадзора по Тульской и Рязанской областям подвели итоги.",
     "Управление Россельхознадзора по Тульской и Рязанской областям"),
    ("Государственный комитет по туризму опубликовал отчёт.", "Государственный комитет по туризму"),
    ("Сотрудники ГСУ СК России по Московской области задержали мужчину.", "ГСУ СК России по Московской области"),
])
def test_kept(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, word", [
    ("Мы зашли в отделение банка на углу.", "отделение"),  # an owner's noun is no field
    ("Сотрудники сектора археологии института провели раскопки.", "института"),  # the owner stays out
    ("Министерство сельского хозяйства сообщило об инвестициях в АПК.", "в АПК"),  # a ministry's work, no field
    ("Вместе со своими коллегами по работе он ушёл.", "со"),  # the preposition, no acronym
])
def test_not_taken(text, word):
    assert not any(word in n.split() or word in n for n in _orgs(text) if word != "отделение") \
        and not (word == "отделение" and any(n.startswith("отделение") for n in _orgs(text)))
