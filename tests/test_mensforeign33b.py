"""Foreign men's names in oblique cases (session 33b): South Asian surnames of the foreign surnames'
lexicon (lexicons/name_foreign_surnames.txt: Sinhala and Marathi ones in -е stand unchanged, those in
-а decline), Sinhalese men's given names (lexicons/name_foreign_first_names.tsv) and Burmese names
read by their syllables (lexicons/east_asian_syllables_burmese.txt, entities/name_asian_syllables.py:
only the last word declines)."""
import pytest

import rufacts


def _names(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Эксперты критикуют решения, принятые при Саджите Викрамасингхе.", "Саджит Викрамасингхе"),
    ("Министр поздравил Лахита Ваннинаяке с победой.", "Лахит Ваннинаяке"),
    ("Тренер не стал спорить с Прашантом Гокхале.", "Прашант Гокхале"),
    ("Следователи допросили Ахиля Джаявардене в Коломбо.", "Ахиль Джаявардене"),
    ("Медаль досталась Сунилу Карунаратне.", "Сунил Карунаратне"),
])
def test_south_asian_surname_in_e_stands(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Судья продлил арест Ранджиту Кулатунге.", "Ранджит Кулатунга"),
    ("Болельщики встретили Раджа Саксену овацией.", "Радж Саксена"),
])
def test_south_asian_surname_in_a_declines(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Депутаты спорили о Чамале Раджапаксе, занимавшем пост спикера.", "Чамал Раджапакса"),
    ("Журналисты расспрашивали о Кусале Перере, ушедшем из сборной.", "Кусал Перера"),
])
def test_sinhalese_given_name_declines(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Власти освободили под залог журналиста, встречавшегося с Чжо Мин Тхейном.", "Чжо Мин Тхейн"),
    ("Протест против ареста Тин Аунг Мьинта поддержали студенты.", "Тин Аунг Мьинт"),
    ("Делегация провела переговоры с Тхан Шве Мьином в Янгоне.", "Тхан Шве Мьин"),
])
def test_burmese_name_declines_last_word(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, first, last", [
    ("Делегация провела переговоры с Тхан Шве Мьином в Янгоне.", "Тхан Шве", "Мьин"),
    ("Глава хунты Мин Аун Хлайн прилетел на саммит.", "Мин Аун", "Хлайн"),
])
def test_burmese_name_has_its_last_word_as_the_surname(text, first, last):
    """docs/gold-conventions.md: a Burmese name has no family name; its last word, the one that
    declines, is `last`, in the name's own order (not family first as Chinese names)."""
    people = rufacts.extract(text).persons
    assert [(p.first, p.last) for p in people] == [(first, last)]
