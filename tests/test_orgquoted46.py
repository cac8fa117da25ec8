"""orgquoted46 (w398): quoted names after words that say what kind of body they are — a kind's acronym
("ОЭЗ", "ТОР"), a park or a zone after an adjective of its kind, a hyphenated descriptor, a trade's
agent over its complement (entities/org_quoted_kinds.py); a coined name in "-ком" after a legal form as
written (entities/org_quoted_slot.py); Latin names with accents read by the tagger as plain ones
(components/ner.py)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Японский автопроизводитель построит завод в ОЭЗ «Тольяттинская».", "Тольяттинская"),
    ("Сотрудники ОЭЗ «Алабуга» провели экскурсию для школьников.", "Алабуга"),
    ("Инвестор из Китая получил статус резидента ТОР «Хабаровск-Восток».", "Хабаровск-Восток"),
    ("Резидентом промышленного парка «Лесная поляна» стал мебельный завод.", "Лесная поляна"),
    ("Соглашение с индустриальным парком «Рифей» подписали в Перми.", "Рифей"),
    ("Ещё пять компаний вошли в особую экономическую зону «Кулибин».", "Кулибин"),
    ("Резидентами IT-парка «Квант» стали 12 компаний.", "Квант"),
    ("Выпускники акселератора «Быстрый старт» привлекли инвестиции.", "Быстрый старт"),
])
def test_a_quoted_name_after_its_kind_is_an_organization_alone(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Банк профинансировал поставщика запчастей для грузовиков «Колесо-Сервис».", "Колесо-Сервис"),
    ("Фонд вложился в разработчика программ для школ «Урок-Онлайн».", "Урок-Онлайн"),
    ("Оператор сети пунктов выдачи заказов «Быстрая полка» открыл склад в Казани.", "Быстрая полка"),
])
def test_a_trade_agent_over_its_complement_names_the_company(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, word", [
    ("Конструкторы вспоминали разработчика ракеты «Протон» добрым словом.", "Протон"),
    ("Каток в парке «Зарядье» откроется в декабре.", "Зарядье"),
])
def test_no_organization_where_the_quoted_name_is_a_product_or_a_place(text, word):
    assert not any(word in n for n in _orgs(text))


@pytest.mark.parametrize("text, name", [
    ("В ЗАО «Дальсвязьком» опровергли слухи о продаже.", "ЗАО «Дальсвязьком»"),
    ("Акционеры ПАО «Уралтелеком» утвердили дивиденды.", "ПАО «Уралтелеком»"),
])
def test_a_coined_name_in_kom_after_a_legal_form_stands_as_written(text, name):
    assert name in _orgs(text)


def test_a_declined_name_after_a_legal_form_still_reads_to_its_nominative():
    assert "АО «Дальсвязьком»" in _orgs("Договор с АО «Дальсвязькомом» расторгнут.")
    assert "АО «Мосводоканал»" in _orgs("Иск к АО «Мосводоканалу» отклонён судом.")


@pytest.mark.parametrize("text, name", [
    ("Выручка Hermès за год выросла на 20%.", "Hermès"),
    ("Рейсы в Мехико выполняет Aeroméxico.", "Aeroméxico"),
])
def test_a_latin_name_with_accents_is_tagged_as_its_plain_spelling(text, name):
    assert name in _orgs(text)
