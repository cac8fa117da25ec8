"""Family wave38o2 (session 38): long institution names the tagger cut short."""
from rufacts import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def test_honoree_after_a_title_joins_the_name():
    # "имени" + "профессора" + the honoree: the name goes on to the surname
    names = _orgs("Тяжёлого больного перевели в Областную больницу имени профессора Л. К. Смирнова.")
    assert "Областная больница имени профессора Л. К. Смирнова" in names


def test_honoree_after_a_title_with_its_country():
    names = _orgs("Отчёт подготовил Клинический центр имени заслуженного врача России П. Р. Гаврилова.")
    assert "Клинический центр имени заслуженного врача России П. Р. Гаврилова" in names


def test_remit_list_in_ii_nouns_goes_on():
    # "-ии" nouns are genitive, dative and locative alike: the tagger's case is no bar to the list
    names = _orgs("Специалисты Центра кардиологии, неврологии и реабилитации приняли сто пациентов.")
    assert "Центр кардиологии, неврологии и реабилитации" in names


def test_remit_list_then_honoree():
    names = _orgs("Хирурги Научного центра онкологии, гематологии и иммунологии имени академика Р. Т. Белова провели операцию.")
    assert "Научный центр онкологии, гематологии и иммунологии имени академика Р. Т. Белова" in names


def test_hyphenated_acronym_stands_as_written():
    # a name in capitals stands as written in any case, hyphenated too: no "-е" cut as an ending
    assert "СДСМ-ДУЕ" in _orgs("Избиратели снова поддержали СДСМ-ДУЕ на выборах в Северной Македонии.")
