"""One-word stump compounds naming bodies (entities/org_stump_bodies.py,
lexicons/org_compound_prefixes.txt, org_compound_stems.txt, org_compound_place_ends.txt): found
where the tagger misses them, inner stems between the first part and the noun, the nominative by
the final noun, a region's committee before a genitive as written; compound common nouns, places
and surnames of the same make are no bodies."""
import pytest

import rufacts
from rufacts.entities.org_stump_bodies import stump_body


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Акт проверки подписали сотрудники Госжилнадзора и представители жильцов.", "Госжилнадзор"),
    ("Ледокольную проводку согласовали с Главсевморпутём ещё весной.", "Главсевморпуть"),
    ("Секретарь Крайизбиркома представила итоговый протокол.", "Крайизбирком"),
    ("Эскиз вывески согласовали в Главархитектуре за неделю.", "Главархитектура"),
    ("Отчёт Облпотребсоюза за прошлый год обсудили пайщики.", "Облпотребсоюз"),
])
def test_stump_compound_is_a_body_in_the_nominative(text, name):
    assert name in _orgs(text)


def test_region_committee_before_a_genitive_stands_as_written():
    names = _orgs("Экологи направили запрос в Горкомприроды о состоянии парка.")
    assert "Горкомприроды" in names and "Горкомприрода" not in names


@pytest.mark.parametrize("text, word", [
    ("Госзакупка лекарств прошла без нарушений, следующая госзакупка намечена на май.", "Госзакупка"),
    ("Спецоперация полиции завершилась задержанием двух подозреваемых.", "Спецоперация"),
    ("Райцентр остался без света на шесть часов.", "Райцентр"),
    ("Госпереворот в соседней стране осудили в Брюсселе и Вашингтоне.", "Госпереворот"),
    ("Горбольница переполнена, пациентов размещают в коридорах.", "Горбольница"),
    ("Госсобственности в регионе становится всё меньше.", "Госсобственность"),
])
def test_compound_common_noun_is_no_body(text, word):
    assert not any(word.lower() in n.lower() for n in _orgs(text))


@pytest.mark.parametrize("word", ["Райгорода", "Мингазов", "Минников", "Госзакупки", "Минвата", "Облпрокурор"])
def test_places_surnames_and_common_nouns_are_no_stump_body(word):
    assert not stump_body(word)


def test_place_named_like_a_stump_is_no_organization():
    assert not any("Райгород" in n for n in _orgs("Жители Райгорода пожаловались на разбитые дороги."))
