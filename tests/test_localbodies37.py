"""Session 37, family localbodies37 (w328): Russian election and local-government bodies as names.

- a party's branch named by its place and level is named whole, the owner as written without quotes,
  and the owner stays an organization of its own (entities/org_party_branches.py);
- election commissions named by an acronym and a number or a place's adjective ("УИК № 1127",
  "Сосновскую ТИК"; lexicons/org_abbreviation_genders.tsv);
- a state body before an indeclinable place or a region written in two words keeps its noun
  ("Верховный суд Марий Эл", "Избирательной комиссии Карачаево Черкесии"; entities/org_region_seats.py);
- lower-case executives: "исполкома Нижнекамска", "райисполкома Лидского района" (lexicons/org_descriptors.txt, entities/org_town_executives.py);
- a sentence's first word before a lower-case body is no part of it (entities/org_sentence_leads.py);
- a numbered lower-case body takes back the adjectives the tagger left out (entities/org_numbered_adjectives.py)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Пленум Вологодского областного отделения КПРФ прошёл в субботу.", "Вологодское областное отделение КПРФ"),
    ("Депутаты встретились с Татарстанским республиканским отделением ЛДПР.", "Татарстанское республиканское отделение ЛДПР"),
    ("О выдвижении кандидатов объявили в Тюменском региональном отделении партии «Новые люди».",
     "Тюменское региональное отделение партии Новые люди"),
    ("Секретарь Норильского местного отделения «Единой России» подвёл итоги.",
     "Норильское местное отделение Единой России"),
    ("Гродненская областная организация Коммунистической партии Беларуси провела пленум.",
     "Гродненская областная организация Коммунистической партии Беларуси"),
])
def test_a_branch_named_by_place_and_level_is_named_whole(text, name):
    assert name in _orgs(text)


def test_the_owner_of_a_branch_stays_an_organization_of_its_own():
    orgs = _orgs("Секретарь Норильского местного отделения «Единой России» подвёл итоги.")
    assert "Единая Россия" in orgs


def test_the_tagger_lead_noun_before_a_branch_is_cut():
    orgs = _orgs("Бюро Ивановского областного отделения КПРФ приняло решение.")
    assert "Ивановское областное отделение КПРФ" in orgs and "Бюро Ивановского областного отделения КПРФ" not in orgs


def test_a_branch_named_by_its_place_alone_is_its_owner_as_before():
    assert "Партия прямой демократии" in _orgs("Тульское отделение «Партии прямой демократии» возглавил предприниматель.")


@pytest.mark.parametrize("text, name", [
    ("Вбросы зафиксировали на УИК № 3341 в посёлке.", "УИК № 3341"),
    ("Председатель ТИК № 19 объявила итоги.", "ТИК № 19"),
    ("Документы сдали в Каменскую ТИК накануне.", "Каменская ТИК"),
    ("Протокол подписан Ревдинской ТИК в понедельник.", "Ревдинская ТИК"),
    ("Жалоба поступила в Сургутскую ИКМО.", "Сургутская ИКМО"),
])
def test_an_election_commission_named_by_acronym_and_number_or_place(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Решение принял Арбитражный суд Марий Эл.", "Арбитражный суд Марий Эл"),
    ("Жалобу рассмотрели в Избирательной комиссии Карачаево Черкесии.", "Избирательная комиссия Карачаево Черкесии"),
    ("Глава администрации Улан-Удэ вручил награды.", "администрация Улан-Удэ"),
])
def test_a_state_body_keeps_its_noun_before_an_indeclinable_or_spaced_region(text, name):
    assert name in _orgs(text)


def test_a_club_before_an_indeclinable_town_is_still_the_club_name():
    assert "Монако" in _orgs("Футболисты клуба «Монако» победили в гостях.")


@pytest.mark.parametrize("text, name", [
    ("В исполкоме Нижнекамска рассказали о ремонте дорог.", "исполком Нижнекамска"),
    ("Председатель райисполкома Лидского района вручил награды.", "райисполком Лидского района"),
    ("Сотрудники горисполкома Пинска вышли на субботник.", "горисполком Пинска"),
])
def test_a_lower_case_executive_with_its_place(text, name):
    assert name in _orgs(text)


def test_an_acronym_after_an_executive_committee_stays_its_own_name():
    assert "РФС" in _orgs("Исполком РФС утвердил регламент первенства.")


def test_a_sentence_first_word_before_a_lower_case_commission_is_cut():
    orgs = _orgs("Постановлением территориальной избирательной комиссии № 8 кандидат снят с выборов.")
    assert "территориальная избирательная комиссия № 8" in orgs


def test_a_numbered_lower_case_commission_takes_its_adjectives_back():
    orgs = _orgs("В окружной избирательной комиссии № 31 признали итоги голосования.")
    assert "окружная избирательная комиссия № 31" in orgs


def test_a_pronoun_before_a_numbered_commission_stays_out():
    assert "нашей комиссии № 5" not in {m.text for o in rufacts.extract("Члены нашей комиссии № 5 пришли.").organizations
                                         for m in o.mentions}
