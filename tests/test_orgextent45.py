"""Session 45, family orgextent45 (w389): organizations found with the wrong extent.

- A research or design institution's acronym takes its genitive field (entities/org_acronym_fields.py,
  lexicons/org_kind_acronym_fields.txt).
- A lower-case unit takes the district or see after it (entities/org_unit_seats.py).
- The Rospotrebnadzor centres' "в" + region (entities/org_seat_in_tails.py).
- A conjunction never ends a name (entities/org_conjunction_ends.py).
- A descriptor with a complement before a quoted name (entities/org_descriptor_complements.py).
- A member's noun before its league (entities/org_member_leagues.py).
- A place's adjective, ТУ/МТУ and the agency (entities/org_territorial_acronyms.py).
- An enterprise's product after its head (entities/org_plant_fields.py).
- A person after a named reserve stays a person (entities/org_descriptor_names.py).
- An unknown adjective guessed in -ской, a noun-adjective hyphen pair (entities/adjective_guesses.py).
"""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Новую марку бетона испытал НИИ строительных конструкций.", "НИИ строительных конструкций"),
    ("Сотрудники ЦНИИ судовой электротехники и технологии получили премию.",
     "ЦНИИ судовой электротехники и технологии"),
    ("Воронежскому КБ химавтоматики заказали новый двигатель.", "Воронежское КБ химавтоматики"),
    ("Итоги опроса огласил отдел по делам молодёжи Гороховецкого района.",
     "отдел по делам молодёжи Гороховецкого района"),
    ("Паломников встретил паломнический отдел Вологодской епархии.", "паломнический отдел Вологодской епархии"),
    ("Исследование провёл Центр гигиены и эпидемиологии в Курской области.",
     "Центр гигиены и эпидемиологии в Курской области"),
    ("Фермер продал Курганский завод мясных консервов и уехал.", "Курганский завод мясных консервов"),
    ("Корм собрали волонтёры приюта для брошенных собак «Верный хвост» из Твери.", "Верный хвост"),
    ("Председатель центра поддержки многодетных семей «Родные люди» выступила на форуме.", "Родные люди"),
    ("Игроком интересуются сразу три клуба Белорусской экстралиги.", "Белорусская экстралига"),
    ("Лов корюшки запрещён Северо-Западным ТУ Росрыболовства.", "Северо-Западное ТУ Росрыболовства"),
    ("Холдинг выкупил Бийскую фабрику игрушек у прежнего владельца.", "Бийская фабрика игрушек"),
    ("Пресс-секретарь Кенозерского национального парка Ольга Пинегина рассказала о туристах.",
     "Кенозерский национальный парк"),
    ("Журналисты Телерадиокомпании «Приволжье» сняли фильм.", "Приволжье"),
])
def test_extent(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, wrong", [
    ("Фермер продал Курганский завод мясных консервов и уехал.", "Курганский завод мясных консервов и"),
    ("Игроком интересуются сразу три клуба Белорусской экстралиги.", "клуб Белорусской экстралиги"),
    ("Корм собрали волонтёры приюта для брошенных собак «Верный хвост» из Твери.",
     "приют для брошенных собак «Верный хвост»"),
])
def test_not_in_name(text, wrong):
    assert wrong not in _orgs(text)


def test_person_after_named_reserve():
    text = "Заместитель директора Тигирекского заповедника Эдуард Косых провёл учёт маралов."
    assert "Эдуард Косых" in _persons(text)
    assert "Тигирекский заповедник" in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Сотрудники Кижингинского заповедника пересчитали птиц.", "Кижингинский заповедник"),  # unknown: -ский
    ("Сотрудники Донского спасательного центра выехали на место.", "Донской спасательный центр"),  # known: -ской
    ("Учёные Мурманского ботанического сада-научного центра описали мох.",
     "Мурманский ботанический сад-научный центр"),
    ("В Кинешемском доме-интернате открыли музей.", "Кинешемский дом-интернат"),
])
def test_adjective_readings(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Концерн «Калашников» заключил контракт.", "Калашников"),  # a descriptor right before quotes
    ("Руководитель клуба «Спартак» дал интервью.", "Спартак"),
    ("Главой НИИ назначен Сергей Орлов.", "НИИ"),  # no field after the acronym
    ("Директор Московского завода сообщил о рекорде.", "Московский завод"),
])
def test_neighbours_unchanged(text, name):
    assert name in _orgs(text)
