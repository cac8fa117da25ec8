"""Session 41, family orgunits41 (w365): units of institutions and bodies with a remit, cut short or
eaten by their owner.

- A unit named by its field before a place's executive takes it into its name, the executive a body of
  its own (entities/org_unit_tails.py, lexicons/org_unit_executives.txt): "управление спорта
  администрации Твери"; a unit before a district of adjectives (entities/org_subunits.py): "отдел
  культуры Альметьевского муниципального района".
- A remit's coordinated fields, "как" + adjectives, "главного" + a post, a bridge to "имени" + the
  honoree, a second region (entities/org_unit_tails.py); a mixed acronym before "по" + its region
  (entities/org_lead_nouns.acronym_word); a house of culture abroad with its city (org_place_tail.py).
- New units: coordinated genitive adjectives after a unit noun, a compound adjective of two fields
  before it (lexicons/org_coordinated_units.txt).
"""
import pytest

import rufacts


def _orgs(text):
    article = rufacts.extract(text)
    return {(text[m.start:m.stop], o.name) for o in article.organizations for m in o.mentions}


@pytest.mark.parametrize("text, mention, name", [
    ("Заявки на гранты принимает управление спорта администрации Твери до конца месяца.",
     "управление спорта администрации Твери", "управление спорта администрации Твери"),
    ("Проверку провёл департамент транспорта мэрии Омска.",
     "департамент транспорта мэрии Омска", "департамент транспорта мэрии Омска"),
    ("Вопрос решит отдел ЗАГС администрации Кинешмы.",
     "отдел ЗАГС администрации Кинешмы", "отдел ЗАГС администрации Кинешмы"),
    ("Родители обратились в отдел культуры Альметьевского муниципального района.",
     "отдел культуры Альметьевского муниципального района", "отдел культуры Альметьевского муниципального района"),
])
def test_unit_with_its_owner(text, mention, name):
    found = _orgs(text)
    assert (mention, name) in found
    if "администрации" in mention or "мэрии" in mention:  # the executive stays a body of its own
        owner = mention[mention.index("администрации" if "администрации" in mention else "мэрии"):]
        assert any(m == owner for m, _ in found)


@pytest.mark.parametrize("text, mention, name", [
    ("Министерству культуры и туризма Калмыкии выделили средства на ремонт клубов.",
     "Министерству культуры и туризма Калмыкии", "Министерство культуры и туризма Калмыкии"),
    ("Студенты кафедры проектирования и эксплуатации магистральных газонефтепроводов прошли практику.",
     "кафедры проектирования и эксплуатации магистральных газонефтепроводов",
     "кафедра проектирования и эксплуатации магистральных газонефтепроводов"),
    ("Сотрудники кафедры переработки молочного и мясного сырья выпустили учебник.",
     "кафедры переработки молочного и мясного сырья", "кафедра переработки молочного и мясного сырья"),
    ("Занятия ведёт кафедра английского языка как второго иностранного.",
     "кафедра английского языка как второго иностранного", "кафедра английского языка как второго иностранного"),
    ("Сотрудники отдела главного конструктора собрали опытный образец.",
     "отдела главного конструктора", "отдел главного конструктора"),
    ("Делегацию принял директор департамента Латинской и Центральной Америки.",
     "департамента Латинской и Центральной Америки", "департамент Латинской и Центральной Америки"),
    ("Мошенников задержали сотрудники ОЭБиПК ОМВД России по Кировскому району.",
     "ОЭБиПК ОМВД России по Кировскому району", "ОЭБиПК ОМВД России по Кировскому району"),
    ("Чертежи передал Научно-исследовательский институт по судам на воздушной подушке имени В. К. Шипова.",
     "Научно-исследовательский институт по судам на воздушной подушке имени В. К. Шипова",
     "Научно-исследовательский институт по судам на воздушной подушке имени В. К. Шипова"),
    ("Концерт устроил Российский центр науки и культуры в Ханое.",
     "Российский центр науки и культуры в Ханое", "Российский центр науки и культуры в Ханое"),
])
def test_remit_whole(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Деканат факультета технического и профессионального образования переехал.",
     "факультета технического и профессионального образования", "факультет технического и профессионального образования"),
    ("Отчёт подготовил финансово-экономический отдел.", "финансово-экономический отдел", "финансово-экономический отдел"),
    ("В научно-техническом отделе фабрики работают пять человек.", "научно-техническом отделе", "научно-технический отдел"),
])
def test_missed_units(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, not_names", [
    # a unit and a second body: no "и" joins them
    ("Представители управления ФСБ и прокуратуры провели проверку.", {"управление ФСБ и прокуратуры"}),
    # the owner's common noun, a person and a compass point are no part of a unit
    ("Сотрудники отдела продаж и маркетинга компании получили премии.", {"отдел продаж и маркетинга компании"}),
    ("На северо-западном участке работает бригада.", {"северо-западный участок"}),
    # a person's office is no place's executive ("администрации Трампа" is no place)
    ("Глава отдела кадров администрации Трампа ушёл в отставку.", {"отдел кадров администрации Трампа"}),
])
def test_neighbours_unchanged(text, not_names):
    names = {name for _, name in _orgs(text)}
    assert not names & not_names
