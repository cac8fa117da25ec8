"""Session 44, family orgextent44 (w385): organization names missed or cut short.

- A unit's noun right after a post, with its genitive field ("специалиста сектора ..."), and a unit's
  genitive chain read past three words (entities/org_unit_chains.py, lexicons/org_unit_posts.txt,
  lexicons/org_posted_unit_heads.txt).
- A compound head of two institution nouns ("сада-института"; entities/org_compound_heads.py,
  lexicons/org_compound_head_parts.txt); its second locative declined ("саду-институте";
  grammars/hyphen_pair.py).
- "на транспорте" after an investigative body (lexicons/org_kept_tails.tsv).
- A monarch's eponym with no "имени" (entities/org_regnal_eponyms.py, lexicons/org_regnal_titles.txt).
- A lower-case level adjective before a council's noun and a town's name (entities/org_numbered.py).
- The tagger's person of one place adjective before a kind's adjective and head (entities/org_kind_heads.py).
- A company named by a quarter's adjective opening a sentence (entities/org_place_companies.py,
  lexicons/org_direction_adjectives.txt); two countries' compound adjective opening a sentence
  (entities/org_opening_bodies.py); the Emirates' and Qatar's adjectives (lexicons/geo_adjectives.tsv).
"""
import pytest

import rufacts


def _names(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Сведения уточнил Олег Мартынов, ведущий специалист сектора учёта водных ресурсов.",
     "сектор учёта водных ресурсов"),
    ("Пробы исследовала Вера Лыткина, младший научный сотрудник лаборатории биохимии почв.",
     "лаборатория биохимии почв"),
    ("Жалобу рассмотрел Андрей Кочетов, начальник отдела государственного надзора за качеством детского питания.",
     "отдел государственного надзора за качеством детского питания"),
    ("Заседание провёл начальник отдела организации оказания первичной медико-санитарной помощи.",
     "отдел организации оказания первичной медико-санитарной помощи"),
    ("Семена передали Уфимскому ботаническому саду-институту.", "Уфимский ботанический сад-институт"),
    ("В Печорском ботаническом саду-институте высадили кедры.", "Печорский ботанический сад-институт"),
    ("Экспонаты отреставрировали в Вологодском областном музее-усадьбе.", "Вологодский областной музей-усадьба"),
    ("Дело расследует Иркутский следственный отдел на транспорте.", "Иркутский следственный отдел на транспорте"),
    ("Лекцию прочли в Омском университете путей сообщения Императора Николая I.",
     "Омский университет путей сообщения Императора Николая I"),
    ("Доклад сделал председатель городского собрания Кизилюрта.", "городское собрание Кизилюрта"),
    ("Обращение рассмотрело районное собрание Дагестанских Огней.", "районное собрание Дагестанских Огней"),
    ("Знамя вручено Крымскому районному казачьему обществу.", "Крымское районное казачье общество"),
    ("Южная топливная компания увеличила продажи.", "Южная топливная компания"),
    ("Российско-Эмиратскому деловому совету передали документы.", "Российско-Эмиратский деловой совет"),
])
def test_names(text, name):
    assert name in _names(text), _names(text)


def test_posted_unit_needs_a_post():
    # "сектора экономики" with no post before it: a part of the economy, no unit
    assert not any("сектор" in n for n in _names("Доля сектора экономики в ВВП региона выросла."))
    # a post outside the list: the expert of a market's sector is no unit's employee
    assert not any("сектор" in n for n in _names("Он эксперт сектора экономики региона."))


def test_posted_unit_leaves_owner_to_roles():
    names = _names("Пресс-конференцию провёл начальник службы безопасности компании «Северсталь».")
    assert not any(n.startswith("служба безопасности") for n in names)


def test_unit_chain_stops_at_owner():
    names = _names("Он работает начальником отдела продаж компании «Ромашка».")
    assert "отдел продаж" in names and not any("компании" in n for n in names)


def test_meeting_is_no_council():
    assert not any("собрание" in n for n in _names("На городском собрании жителей обсудили парковки."))


def test_council_stops_before_person():
    names = _names("Депутату городского собрания Махачкалы Мадине Алиевой объявили выговор.")
    assert "городское собрание Махачкалы" in names


def test_eponym_person_without_title():
    article = rufacts.extract("Лекцию прочли в Омском университете путей сообщения Императора Николая I.")
    assert "Николай I" in {p.name for p in article.persons}


def test_eponym_needs_numeral():
    # a title and a name with no numeral after a body: the monarch is no eponym here
    names = _names("Посол передал Российской академии наук письмо Императора Акихито вчера.")
    assert not any("Акихито" in n for n in names)


def test_direction_adjective_needs_trade():
    assert not any("компания" in n for n in _names("Южная компания подняла цены."))
