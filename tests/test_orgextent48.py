"""Session 48, family orgextent48 (w409): organizations found with the wrong extent.

- The clause's adverbial or purpose phrase after a body, and a second dative addressee after a "по"
  territory, cut off (entities/org_adverbial_tails.py, lexicons/org_adverbial_heads.tsv).
- The city after a numbered institution or a chamber taken in (entities/org_city_genitives.py,
  lexicons/org_city_genitive_heads.txt).
- A unit's field keeps its object: "истории" + an institution's noun, a capitalized period or place
  (entities/org_field_objects.py, lexicons/org_field_objects.tsv); arts fields of a sector
  (lexicons/org_sector_fields.txt).
- A supervision remit's object after a two-word span ("надзора" + "за ..."), an adverb before its
  adjectives (entities/org_remit_objects.py); a safety remit's setting ("на шельфе",
  lexicons/org_kept_tails.tsv); an indeclinable last noun is no nominative tail
  (entities/org_lead_nouns.py).
"""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name, wrong", [
    ("Угонщика задержал Кировский РОВД по горячим следам.", "Кировский РОВД", "Кировский РОВД по горячим следам"),
    ("Записаться можно в Многофункциональный центр Вологды по телефону горячей линии.",
     "Многофункциональный центр Вологды", None),
    ("Девочку перевели в Областной перинатальный центр для дальнейшего наблюдения.",
     "Областной перинатальный центр", "Областной перинатальный центр для дальнейшего наблюдения"),
    ("Грамоты вручили Управлению МВД по Курганской области и ветеранам службы.",
     "Управление МВД по Курганской области", None),
])
def test_adverbial_tails_cut(text, name, wrong):
    orgs = _orgs(text)
    assert name in orgs
    assert not any(o.startswith(name) and o != name for o in orgs)


@pytest.mark.parametrize("text, name", [
    ("Жалобы разбирает Комиссия по жалобам и обращениям граждан.", "Комиссия по жалобам и обращениям граждан"),
    ("Грант получил Центр для реабилитации ветеранов.", "Центр для реабилитации ветеранов"),
    ("Справку выдало Управление Росреестра по Москве и области.", "Управление Росреестра по Москве и области"),
    ("Конкурс объявил Комитет по культуре и туризму.", "Комитет по культуре и туризму"),
])
def test_remits_stay(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Вакцинацию продолжает поликлиника № 6 Ставрополя.", "поликлиника № 6 Ставрополя"),
    ("Выпускники школы № 41 Барнаула написали диктант.", "школа № 41 Барнаула"),
    ("Торгово-промышленная палата Асунсьона пригласила делегацию.", "Торгово-промышленная палата Асунсьона"),
    ("Торговая палата Гватемалы поддержала проект.", "Торговая палата Гватемалы"),
])
def test_city_genitives(text, name):
    assert name in _orgs(text)


def test_city_of_the_event_stays_out():
    assert "Торговая палата" in _orgs("Торговая палата в Гватемале поддержала проект.")


@pytest.mark.parametrize("text, name", [
    ("Каталог выпустил отдел истории цирка.", "отдел истории цирка"),
    ("Заведующий отделом археологии Средневековья выступил с докладом.", "отдел археологии Средневековья"),
    ("Студенты кафедры истории Франции сдали экзамен.", "кафедра истории Франции"),
    ("Доклад сделал сектор древнегреческого искусства.", "сектор древнегреческого искусства"),
])
def test_field_objects(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Сотрудники отдела кадров фабрики ушли в отпуск.", "отдел кадров"),
    ("Экспедицию снарядил отдел археологии Эрмитажа.", "отдел археологии"),
])
def test_unit_owner_stays_out(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Глава Управления надзора за страховыми компаниями ушёл в отставку.",
     "Управление надзора за страховыми компаниями"),
    ("Решение принял Департамент надзора за системно важными банками.",
     "Департамент надзора за системно важными банками"),
    ("Финское агентство по безопасности на транспорте выпустило правила.",
     "Финское агентство по безопасности на транспорте"),
    ("Контракт подписан с Союзом экспортёров какао.", "Союз экспортёров какао"),
])
def test_remit_objects_and_indeclinables(text, name):
    assert name in _orgs(text)


def test_supervision_without_instrumental_stays():
    assert "Служба надзора" in _orgs("Службу надзора за год проверили трижды.")
