"""The lead's mends of session 35, read from the NEREL train batch diff of the merged helpers' work:
a Latin-script run inside quotes, after a work's noun or opening with a brand named after its founder
is no person (name_latin_persons); a demonym right before a name gives it its case (demonym_cue); a
place that is also a given name joins no full name after it (name_place_first); a body's genitive
joins no foreign name shaped like a first name and patronymic (name_surname_before)."""
import pytest

import rufacts


def _persons(text):
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, latin", [
    ("Концерт открыла композиция ''Rockin’ Jack Brown'', её подпевал весь зал.", "Jack Brown"),
    ("В прошлом году группа записала альбом Peter Gabriel Live в Лондоне.", "Peter Gabriel"),
])
def test_latin_run_that_names_no_person(text, latin):
    assert not any(latin in name for name in _persons(text))


def test_brand_named_after_its_founder_opens_no_person():
    from rufacts.entities.name_latin_persons import _person_run
    assert not _person_run(["Kate", "Spade", "Handbags"])  # "Kate Spade" is listed: its line of goods too
    assert _person_run(["Kate", "Winslet"])


def test_latin_person_still_found():
    assert "Hans Clevers" in _persons("Об открытии рассказал профессор Hans Clevers журналистам.")


def test_demonym_before_name_gives_its_case():
    # a German woman's Ангелике stands as written in a nominative slot; after a demonym in the dative
    # it is Ангелика's dative
    assert "Ангелика Вайс" in _persons("В полуфинале россиянка уступила немке Ангелике Вайс в трёх сетах.")
    assert "Ангелике Вайс" in _persons("Ангелике Вайс вышла в полуфинал турнира в Штутгарте.")


def test_place_that_is_a_given_name_before_a_full_name_stays_a_place():
    # "Флорида" is on the first names' list; before a first name and a surname it is the state's
    persons = _persons("О реформе рассказал бывший губернатор Флориды Джеб Буш на встрече с избирателями.")
    assert "Джеб Буш" in persons and not any("Флорида" in p for p in persons)


def test_foreign_surname_shaped_like_a_patronymic_joins_no_body_before_it():
    # "Маркович" is a Russian patronymic too; beside a first name the dictionary lacks it is the surname
    persons = _persons("Глава Сабора Влатко Маркович покинул зал заседаний.")
    assert "Влатко Маркович" in persons
