"""Session 43, family orgmissed43 (w380): organizations the pipeline did not find at all.

- хукумат, Tajikistan's regional executive, as акимат and хокимият (lexicons); a body's head
  opening a name is no frozen brand ("Акимат города ..." keeps its genitive; org_brand_places).
- A lower-case ministry with a remit of listed fields and its country (org_listed_remits).
- A group of power plants: "Каскад" + the plants' adjective + ГЭС (org_plant_groups).
- A foundation named after a person: "фонд" + the person's genitive; "Фонда" inside a sentence-opening
  noun's person span (org_named_funds).
- A production unit named by its field and number: "цех ... № 4" (org_numbered_units).
- An industrial complex after a place's and its industry's adjectives (org_plant_spans).
- A region's body with a long genitive field and the region (org_region_fields).
- A town's executive the tagger read as a place (org_executive_places).
"""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("По сообщению хукумата Раштского района, дорогу откроют в мае.", "хукумат Раштского района"),
    ("Хукумат города Куляб утвердил бюджет на следующий год.", "Хукумат города Куляб"),
    ("Акимат города Шымкент объявил конкурс на ремонт дорог.", "Акимат города Шымкент"),
    ("Договор заключили в министерстве горнодобывающей промышленности, энергетики и водных ресурсов Ботсваны.",
     "министерство горнодобывающей промышленности, энергетики и водных ресурсов Ботсваны"),
    ("Делегацию встретили сотрудники министерства туризма, культуры и спорта Ганы.",
     "министерство туризма, культуры и спорта Ганы"),
    ("Выработка на Каскаде Сулакских ГЭС выросла на 9%.", "Каскад Сулакских ГЭС"),
    ("Каскадом Нижнекамских ГЭС руководит новый директор.", "Каскад Нижнекамских ГЭС"),
    ("Реставрацию усадьбы оплатил фонд Мамонтова.", "фонд Мамонтова"),
    ("Ректор поблагодарил фонд Владимира Сорокина за помощь.", "фонд Владимира Сорокина"),
    ("Бригаду цеха подготовки газа № 6 наградили грамотами.", "цех подготовки газа № 6"),
    ("Мастера перевели в цех № 11.", "цех № 11"),
    ("Джизакский нефтехимический комплекс выпустил первую партию продукции.", "Джизакский нефтехимический комплекс"),
    ("Инвесторы осмотрели Бухарский газоперерабатывающий комплекс.", "Бухарский газоперерабатывающий комплекс"),
    ("Фонд капитального ремонта общего имущества многоквартирных домов Ивановской области сменил подрядчика.",
     "Фонд капитального ремонта общего имущества многоквартирных домов Ивановской области"),
    ("Жалобу направили в Фонд капитального ремонта многоквартирных домов Смоленской области.",
     "Фонд капитального ремонта многоквартирных домов Смоленской области"),
    ("В Муниципалитете Кутаиси обсудили ремонт моста.", "Муниципалитет Кутаиси"),
])
def test_found(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    # neighbours that must not change
    ("Он служил в составе 5-й гвардейской армии.", "5-я гвардейская армия"),
    ("Сотрудники отдела продаж № 2 выполнили план.", "отдел продаж № 2"),
    ("Рабочие «Газпром добычи Надым» вышли на вахту.", "Газпром добыча Надым"),
    ("Переговоры прошли в министерстве торговли и промышленности Индии.", "министерство торговли и промышленности Индии"),
    ("Фонд капитального ремонта Псковской области объявил торги.", "Фонд капитального ремонта Псковской области"),
])
def test_neighbours_kept(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "В цехе завода произошел пожар.",  # a unit without a number: a place of its plant
    "Деньги перечислили в фонд Иванову.",  # a dative person: no foundation
    "Жители Ярославля недовольны ремонтом.",
])
def test_no_new_org(text):
    assert not any(w in name.lower() for name in _orgs(text) for w in ("цех", "фонд", "ярослав"))
