"""Second look 35, organizations (w307): a country's adjective before one country's own party or agency
(lexicons/org_own_acronyms.txt: no part of the name, no country's genitive added), the district or
region a unit named by its field serves (entities/org_subunits.py), a port named by two or more
adjectives (lexicons/institution_nouns.txt "порт <торговый <рыбный"), a one-word Central Asian name in
a Russian case form (entities/org_turkic_names.py) and a legal form with the whole quote after it
(entities/org_legal_quotes.py)."""
import pytest

import rufacts
from names_cases import org_name


@pytest.mark.parametrize("text, mention, name", [
    # own acronyms the dictionary knows: the adjective is the country's, not the name's
    ("Германская ХДС объявила о созыве внеочередного съезда.", "ХДС", "ХДС"),
    ("В штаб-квартире германской СДПГ прошло совещание.", "СДПГ", "СДПГ"),
    ("Бывший сотрудник американского ФБР дал показания в суде.", "ФБР", "ФБР"),
    ("Очередной съезд Японской ЛДП назначен на сентябрь.", "ЛДП", "ЛДП"),
    # a kind each country has keeps its country; an institution's kind keeps its place
    ("Представитель японского МИДа вызвал посла.", "МИДа", "МИД Японии"),
    ("Китайский МИД выразил решительный протест.", "Китайский МИД", "МИД Китая"),  # opening the sentence
    ("Белоярская АЭС вышла на полную мощность.", "Белоярская АЭС", "Белоярская АЭС"),
])
def test_country_adjective_and_acronym(text, mention, name):
    assert org_name(text, mention) == name


@pytest.mark.parametrize("text, mention, name", [
    ("Документы передали в отдел опеки Курчатовского района.", "отдел опеки Курчатовского района",
     "отдел опеки Курчатовского района"),
    ("Сотрудники отдела образования Первомайского района проверили школы.",
     "отдела образования Первомайского района", "отдел образования Первомайского района"),
])
def test_unit_keeps_its_district(text, mention, name):
    assert org_name(text, mention) == name


def test_unit_without_territory_unchanged():
    assert org_name("Специалисты отдела опеки навестили семью в Казани.", "отдела опеки") == "отдел опеки"


@pytest.mark.parametrize("text, mention, name", [
    ("Объём перевалки Петропавловского морского рыбного порта снизился.",
     "Петропавловского морского рыбного порта", "Петропавловский морской рыбный порт"),
    ("Причалы Находкинского морского торгового порта отремонтируют к зиме.",
     "Находкинского морского торгового порта", "Находкинский морской торговый порт"),
])
def test_port_of_two_adjectives(text, mention, name):
    assert org_name(text, mention) == name


@pytest.mark.parametrize("text, mention, name", [
    ("Торговая сеть подписала соглашение с «Мерекой» о поставках.", "Мерекой", "Мереке"),
    ("Аудиторы нашли нарушения в «Бакыте».", "Бакыте", "Бакыт"),
    ("Банк отказал в кредите «Береке» и двум другим фирмам.", "Береке", "Береке"),
])
def test_turkic_one_word_oblique(text, mention, name):
    assert org_name(text, mention) == name


def test_legal_form_takes_the_whole_quote():
    text = "Возгорание ликвидировали бойцы ФГКУ «Специальное управление ФПС № 7 МЧС России» к утру."
    assert org_name(text, "Специальное управление") == "Специальное управление ФПС № 7 МЧС России"
    names = [o.name for o in rufacts.extract(text).organizations]
    assert not any(n.startswith("управление") for n in names)  # no body cut out of the quote
