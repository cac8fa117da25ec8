"""Session 41, family orgextent41 (w363): organizations' names cut short or run on.

- A list of fields after a descriptive name goes on over a member of coordinated adjectives sharing a
  noun, hyphenated words, people inside a list of fields, datives hanging on a "по" remit's noun
  (entities/org_list_tails.py); a bracketed adjective glossing a dependent's adjective stays as
  written (entities/org_bracketed_adjectives.py).
- Railway units named by type and station or by a place adjective and field
  (entities/org_station_units.py, lexicons/org_station_units.tsv).
- A tagger's ORG run on into a noun of the clause (no genitive reading, not the head's case) is cut
  (entities/org_case_run_ons.py).
- A state body's noun before a place of the article in the genitive keeps the place in its name
  (entities/org_region_seats.py); a unit of a town's executive goes on to the executive's place
  (entities/org_municipal_units.py, lexicons/org_municipal_units.tsv).
"""
import pytest

import rufacts


def _orgs(text):
    article = rufacts.extract(text)
    return {(text[m.start:m.stop], o.name) for o in article.organizations for m in o.mentions}


def _names(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, mention, name", [
    ("Субсидии распределяет Министерство лесного хозяйства, охотничьей и рыбной отрасли Тверской области.",
     "Министерство лесного хозяйства, охотничьей и рыбной отрасли Тверской области",
     "Министерство лесного хозяйства, охотничьей и рыбной отрасли Тверской области"),
    ("Проверку провело Министерство энергетики, жилищно-коммунального хозяйства и транспорта Курской области.",
     "Министерство энергетики, жилищно-коммунального хозяйства и транспорта Курской области",
     "Министерство энергетики, жилищно-коммунального хозяйства и транспорта Курской области"),
    ("Письмо ушло в Министерство миграции, переселенцев и беженцев Грузии в среду.",
     "Министерство миграции, переселенцев и беженцев Грузии", "Министерство миграции, переселенцев и беженцев Грузии"),
    ("Поправки внёс Комитет Народного собрания по охране природы, вопросам лесопользования и рыболовства.",
     "Комитет Народного собрания по охране природы, вопросам лесопользования и рыболовства",
     "Комитет Народного собрания по охране природы, вопросам лесопользования и рыболовства"),
    ("Гранты получили члены Союза крестьянских (фермерских) хозяйств Удмуртии в этом году.",
     "Союза крестьянских (фермерских) хозяйств Удмуртии", "Союз крестьянских (фермерских) хозяйств Удмуртии"),
])
def test_list_tails_go_on(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Бригада моторвагонного депо Саратов вышла на линию раньше графика.",
     "моторвагонного депо Саратов", "моторвагонное депо Саратов"),
    ("Практику студенты прошли в эксплуатационном локомотивном депо Ртищево летом.",
     "эксплуатационном локомотивном депо Ртищево", "эксплуатационное локомотивное депо Ртищево"),
    ("Работники Орской дистанции пути отремонтировали переезд.",
     "Орской дистанции пути", "Орская дистанция пути"),
    ("Инженеры Бугульминской дистанции сигнализации, централизации и блокировки сменили светофоры.",
     "Бугульминской дистанции сигнализации, централизации и блокировки",
     "Бугульминская дистанция сигнализации, централизации и блокировки"),
])
def test_railway_units(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text", [
    "Бегунья преодолела олимпийскую дистанцию за три часа.",
    "На дистанции пяти километров лидировал спортсмен из Ижевска.",
    "Трамваи вернулись в депо после полуночи.",
])
def test_no_railway_unit(text):
    assert not any("депо" in n or "дистанц" in n for n in _names(text))


@pytest.mark.parametrize("text, mention, name", [
    ("Министр назвал Областную детскую больницу имени Н. Ф. Филатова гордостью региона.",
     "Областную детскую больницу имени Н. Ф. Филатова", "Областная детская больница имени Н. Ф. Филатова"),
    ("По решению исполкома Всероссийской федерации кикбоксинга турнир пройдёт в Твери.",
     "Всероссийской федерации кикбоксинга", "Всероссийская федерация кикбоксинга"),
])
def test_run_on_cut(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, mention, name", [
    ("Представитель департамента полиции Балтимора не ответил на вопросы.",
     "департамента полиции Балтимора", "департамент полиции Балтимора"),
    ("По сведениям акимата Кызылординской области, урожай риса вырос.",
     "акимата Кызылординской области", "акимат Кызылординской области"),
    ("Как сообщили в управлении ЖКХ администрации Ноябрьска, ремонт завершат к зиме.",
     "управлении ЖКХ администрации Ноябрьска", "управление ЖКХ администрации Ноябрьска"),
    ("За месяц в отдел опеки и попечительства администрации Орска поступило 40 заявлений.",
     "отдел опеки и попечительства администрации Орска", "отдел опеки и попечительства администрации Орска"),
])
def test_place_served(text, mention, name):
    assert (mention, name) in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Агентство Синьхуа сообщило о встрече министров.", "Синьхуа"),
    ("Сотрудники администрации Орска вышли на субботник.", "администрация Орска"),
])
def test_neighbours_unchanged(text, name):
    assert name in _names(text)
