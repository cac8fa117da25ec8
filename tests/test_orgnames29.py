"""Organizations, session 29: a body's original Latin name in brackets after its Russian name is a
mention of that body (entities/org_original_names.py); a named body right after the noun of a unit
it owns ("комиссии КХЛ") is a mention of its own (entities/org_unit_owners.py)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name: {m.text for m in o.mentions} for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name, original", [
    ("Французский автопроизводитель «Рено» (Renault) закроет завод под Парижем.", "Рено", "Renault"),
    ("Отчёт выпустила консалтинговая компания «Делойт» (Deloitte) в понедельник.", "Делойт", "Deloitte"),
    ("Сделку одобрил японский концерн «Мицубиси» (Mitsubishi Corporation).", "Мицубиси",
     "Mitsubishi Corporation"),
])
def test_bracketed_original_joins_the_russian_name(text, name, original):
    orgs = _orgs(text)
    assert name in orgs and original in orgs[name]
    assert original not in orgs  # not a body of its own


def test_original_after_a_bracketed_abbreviation():
    orgs = _orgs("Доклад опубликовала Международная федерация хоккея (ИИХФ) (International Ice Hockey"
                 " Federation) в среду.")
    joined = [mentions for mentions in orgs.values() if "International Ice Hockey Federation" in mentions]
    assert joined and any("Международная федерация хоккея" in m for m in joined[0])


@pytest.mark.parametrize("text, bracketed", [
    ("Акции компании «Яндекс» (NASDAQ: YNDX) выросли на 5%.", "NASDAQ: YNDX"),  # a ticker
    ("Компания «Северсталь» (Череповец) увеличила выпуск стали.", "Череповец"),  # a town, Cyrillic
])
def test_other_brackets_are_no_original_name(text, bracketed):
    orgs = _orgs(text)
    assert not any(bracketed in mentions for mentions in orgs.values())


@pytest.mark.parametrize("text, owner, mention", [
    ("Дисциплинарная комиссия КХЛ дисквалифицировала нападающего на три матча.", "КХЛ", "КХЛ"),
    ("Проект поддержал бюджетный комитет Бундестага.", "Бундестаг", "Бундестага"),
    ("Депутаты комиссии Мосгордумы по культуре провели выездное заседание.", "Мосгордума", "Мосгордумы"),
])
def test_owner_after_a_unit_noun_is_a_mention_of_its_own(text, owner, mention):
    orgs = _orgs(text)
    assert orgs.get(owner) == {mention}
    # the unit stays a body of its own, apart from its owner
    assert any(len(mentions) == 1 and mention in next(iter(mentions)) and next(iter(mentions)) != mention
               for mentions in orgs.values())


def test_owner_inside_a_unit_is_no_place():
    article = rufacts.extract("Комиссия Евросоюза по конкуренции начала расследование.")
    assert not any(loc.name.startswith("Евросоюз") for loc in article.locations)
    assert any(o.name == "Евросоюз" for o in article.organizations)


@pytest.mark.parametrize("text, unit", [
    ("Контрольный комитет РФПЛ оштрафовал клуб за неявку.", "Контрольный комитет РФПЛ"),  # opening adjective
    ("Вчера апелляционная комиссия ФИБА отклонила протест.", "апелляционная комиссия ФИБА"),
])
def test_unit_of_an_acronym_keeps_its_noun_and_adjective(text, unit):
    assert unit in _orgs(text)


def test_faction_still_named_by_its_party():
    # a faction's acronym is its party's name ("фракции ЛДПР"), not a unit with an owner
    assert "ЛДПР" in _orgs("Депутаты фракции ЛДПР покинули зал заседаний.")
