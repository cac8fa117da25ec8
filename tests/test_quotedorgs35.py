"""Quoted organization names with no descriptor (family quotedorgs35): a dative in -е after "к" is a
feminine's in -а, not a masculine's (entities/org_case.py, lexicons/org_name_endings.tsv); a name
opening its clause as the subject of a verb of a company's business (entities/org_quoted_business.py,
lexicons/org_business_objects.txt); a feminine past verb the tagger reads as a noun ("начала") or a
dictionary word's genitive reading ("«Мирта» начала") keeps the name's nominative as written."""
from __future__ import annotations

import rufacts


def _orgs(text):
    return {text[m.start:m.stop]: o.name for o in rufacts.extract(text).organizations for m in o.mentions}


def test_dative_after_k_is_a_feminine():
    assert _orgs("Претензии к «Тальве» предъявила налоговая инспекция.").get("Тальве") == "Тальва"


def test_locative_in_e_stays_masculine():
    assert _orgs("Совет директоров в «Корвете» сменился полностью.").get("Корвете") in ("Корвет", None)


def test_business_subject_after_that_is_found():
    orgs = _orgs("Аналитики считают, что «Лагуна» уже в этом году выйдет на безубыточность.")
    assert orgs.get("Лагуна") == "Лагуна"


def test_business_subject_opening_the_sentence_is_found():
    assert _orgs("«Позёмка» приостановила добычу песка на карьере.").get("Позёмка") == "Позёмка"


def test_film_subject_is_no_organization():
    assert "Брат" not in _orgs("«Брат» начал прокат в кинотеатрах Москвы.")
    assert "Сирин" not in _orgs("Фильм «Сирин» начал продажи билетов.")


def test_mistagged_feminine_past_keeps_the_name():
    assert _orgs("«Кирна» начала поставки кабеля.").get("Кирна") == "Кирна"


def test_dictionary_genitive_before_a_feminine_verb_stays_as_written():
    assert _orgs("«Мирта» начала строительство второго цеха.").get("Мирта") == "Мирта"


def test_dictionary_dative_before_a_verb_still_declines():
    assert _orgs("«Спартаку» досталась победа в дерби.").get("Спартаку") == "Спартак"


def test_object_of_a_buying_verb_is_a_feminine_accusative():
    assert _orgs("Холдинг купил «Калину» в 2011 году.").get("Калину") == "Калина"


def test_dative_after_a_selling_verb_stays_masculine():
    assert _orgs("Холдинг продал «Русь-Банку» свою долю.").get("Русь-Банку") == "Русь-Банк"


def test_business_object_before_the_verb_makes_the_closing_name_a_subject():
    assert _orgs("Крупный заказ на трубы получила «Волжанка».").get("Волжанка") == "Волжанка"


def test_a_prize_before_the_verb_says_nothing():
    assert "Метель" not in _orgs("Главный приз фестиваля получила «Метель».")


def test_an_adverb_between_the_subject_and_its_verb():
    assert _orgs("«Ортана» ранее сообщала о проверке.").get("Ортана") == "Ортана"
