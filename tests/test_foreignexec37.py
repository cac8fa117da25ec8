"""Session 37, family foreignexec37 (w329): governments and councils of foreign regions named by their
kind and the region's kind and name (entities/org_region_bodies.py), and bodies numbered by a
compound ordinal in words (entities/org_compound_ordinals.py).

"народного правительства провинции Хэнань" -> народное правительство провинции Хэнань (lower case as
written, the tagger's case of "провинции" no matter), "Правительство кантона Во" (a region the tagger
missed), "Генеральной ассамблее штата Кентукки" (the tagger's span cut before the region), "офисе
губернатора штата Мэриленд"; "Двадцать первым арбитражным апелляционным судом" -> Двадцать первый
арбитражный апелляционный суд (only the last word of the ordinal declines)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Экспорт чая вырос, сообщили в народном правительстве провинции Сычуань.",
     "народное правительство провинции Сычуань"),
    ("Народное правительство провинции Гуандун утвердило план развития порта.",
     "Народное правительство провинции Гуандун"),
    ("Инвесторы подписали меморандум с народным правительством провинции Хубэй.",
     "народное правительство провинции Хубэй"),
])
def test_a_chinese_provincial_government_keeps_its_adjective_and_province(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Законопроект поддержали депутаты законодательного собрания штата Вайоминг.",
     "законодательное собрание штата Вайоминг"),
    ("Премьер распустил законодательное собрание провинции Манитоба досрочно.",
     "законодательное собрание провинции Манитоба"),
    ("Выборы в ландтаг земли Бранденбург назначены на сентябрь.", "ландтаг земли Бранденбург"),
    ("Решение принято правительством префектуры Ниигата после проверки.", "правительство префектуры Ниигата"),
])
def test_a_regional_body_in_lower_case_is_one_organization_with_its_region(text, name):
    assert name in _orgs(text)


def test_a_region_the_tagger_missed_after_its_kind_is_the_body_s():
    assert "Правительство кантона Ури" in _orgs("Правительство кантона Ури закрыло перевал на зиму.")


def test_a_capitalized_adjective_of_the_tagger_s_cut_name_takes_the_region():
    assert "Генеральная ассамблея штата Теннесси" in _orgs(
        "Поправки направлены Генеральной ассамблее штата Теннесси на рассмотрение.")


def test_a_governor_s_office_takes_the_region():
    assert "офис губернатора штата Вермонт" in _orgs("Как заявили в офисе губернатора штата Вермонт, дорогу откроют.")


def test_an_adjective_of_time_stays_out_of_the_body():
    assert "правительство провинции Онтарио" in _orgs("Новое правительство провинции Онтарио сократило расходы.")


def test_a_region_s_dashed_name_is_whole():
    assert "правительство земли Северный Рейн — Вестфалия" in _orgs(
        "Решение правительства земли Северный Рейн — Вестфалия вызвало протесты фермеров.")


def test_the_governor_himself_is_no_body():
    orgs = _orgs("Губернатор штата Юта Спенсер Кокс подписал указ.")
    assert not any("штата Юта" in o for o in orgs)


@pytest.mark.parametrize("text", [
    "Постановлением Двадцать первого арбитражного апелляционного суда иск удовлетворён.",
    "Юристы направили жалобу в Двадцать первый арбитражный апелляционный суд.",
    "Решение было отменено Двадцать первым арбитражным апелляционным судом.",
    "Двадцать первому арбитражному апелляционному суду предстоит рассмотреть спор.",
])
def test_a_compound_ordinal_court_is_whole_and_nominative(text):
    assert "Двадцать первый арбитражный апелляционный суд" in _orgs(text)


def test_a_cardinal_before_a_common_noun_is_no_body():
    assert not _orgs("Двадцать один человек пострадал, а Двадцать первый век начался с кризиса.")


def test_a_region_of_two_names_joined_by_and_is_whole():
    assert "законодательное собрание провинции Ньюфаундленд и Лабрадор" in _orgs(
        "Премьер распустил законодательное собрание провинции Ньюфаундленд и Лабрадор.")


def test_two_regions_joined_by_and_stay_apart():
    assert "Правительство штата Техас" in _orgs("Правительство штата Техас и власти Калифорнии спорят о воде.")


def test_the_region_s_tail_is_no_second_body():
    orgs = _orgs("Заявление распространила канцелярия губернатора префектуры Миядзаки.")
    assert orgs == {"канцелярия губернатора префектуры Миядзаки"}


def test_a_vietnamese_people_s_committee_of_a_province_is_one_body():
    assert "Народный комитет провинции Тханьхоа" in _orgs("Народный комитет провинции Тханьхоа объявил об эвакуации.")


def test_a_governor_s_press_service_takes_the_region():
    assert "пресс-служба губернатора штата Огайо" in _orgs("Об этом сообщила пресс-служба губернатора штата Огайо.")
