"""Family orgnames44 (session 44): organizations named by a short proper name: adjectives before an
abbreviation with a genitive tail, a country's genitive, one-word compound bodies the dictionary
knows, acronyms subject of a neuter verb."""
from rufacts import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _locs(text: str) -> list[str]:
    return [o.name for o in extract(text).locations]


def test_neuter_abbreviation_with_genitive_tail_instrumental():
    names = _orgs("Штраф наложен Приволжским МТУ Росавиации по итогам рейдов.")
    assert "Приволжское МТУ Росавиации" in names


def test_neuter_abbreviation_with_genitive_tail_locative_place_adjective():
    names = _orgs("В Азово-Черноморском ТУ Росрыболовства рассказали о нересте судака.")
    assert "Азово-Черноморское ТУ Росрыболовства" in names


def test_place_noun_reading_of_the_adjective_is_no_head():
    # "Нижегородского": no noun reading may take the head from the abbreviation
    names = _orgs("Эксперты Нижегородского МТУ Ространснадзора проверили автобусы.")
    assert "Нижегородское МТУ Ространснадзора" in names


def test_feminine_abbreviation_with_tail_unchanged():
    names = _orgs("Выпускников Тверской ГСХА пригласили в агрохолдинги.")
    assert "Тверская ГСХА" in names


def test_stressed_ending_adjective_before_abbreviation():
    names = _orgs("Студенты Донского ГАУ вывели новый сорт подсолнечника.")
    assert "Донской ГАУ" in names


def test_unstressed_adjective_before_abbreviation_kept():
    names = _orgs("В Курском ГАУ открыли лабораторию почвоведения.")
    assert "Курский ГАУ" in names


def test_country_genitive_not_a_declined_second_noun():
    names = _orgs("В Банке Франции отметили снижение инфляции.")
    assert "Банк Франции" in names and "Банк Франций" not in names


def test_two_declined_brand_nouns_still_both_nominative():
    names = _orgs("Клиенты пожаловались на сбой в «Почте Банке» во вторник.")
    assert "Почта Банк" in names


def test_compound_body_the_dictionary_reads_as_organization():
    names = _orgs("Синоптики Забгидромета обещают морозы до конца недели.")
    assert "Забгидромет" in names


def test_compound_body_read_as_a_surname_by_the_tagger():
    names = _orgs("Должники Тверьэнергосбыта получат уведомления по почте.")
    persons = [p.name for p in extract("Должники Тверьэнергосбыта получат уведомления по почте.").persons]
    assert "Тверьэнергосбыт" in names and not persons


def test_common_capitalized_word_is_no_body():
    names = _orgs("Рыбаки вернулись с уловом в Находку поздно вечером.")
    assert names == []


def test_acronym_subject_of_neuter_verb_is_a_body():
    names = _orgs("НРА понизило рейтинг девелопера до уровня BB.")
    assert "НРА" in names


def test_place_acronym_of_the_tagger_with_a_neuter_verb_is_a_body():
    text = "НКР присвоило заёмщику рейтинг BBB."
    assert "НКР" in _orgs(text) and "НКР" not in _locs(text)


def test_feminine_republic_acronym_stays_a_place():
    text = "КНР осудила решение о поставках оружия."
    assert "КНР" not in _orgs(text) and "КНР" in _locs(text)


def test_plural_acronym_stays_a_place():
    text = "США заявили о новых пошлинах на сталь."
    assert "США" not in _orgs(text)




def test_surname_of_a_person_named_in_full_stays_a_person():
    text = "Тренер Орен Иссахар покинул клуб. Иссахар поблагодарил игроков."
    assert "Иссахар" not in _orgs(text)


def test_latin_firm_by_its_kind_in_the_instrumental():
    names = _orgs("Журнал назвал Helvetia Partners самой надёжной компанией региона.")
    assert "Helvetia Partners" in names


def test_latin_firm_closing_after_an_opening_verb():
    names = _orgs("Новую линию из Риги в Стокгольм открывает Stellar Bay.")
    assert "Stellar Bay" in names


def test_quoted_coined_club_after_a_surname_stays_nominative():
    # the tagger's NOUN "Гораке" is a surname, no head of a genitive "«Слезана»"
    names = _orgs("При тренере Вацлаве Гораке «Слезана» выиграла кубок.")
    assert "Слезана" in names
