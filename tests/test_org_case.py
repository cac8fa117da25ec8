"""One-word organization names the dictionary does not know, in the case their slot gives
(entities/org_case.py): the nominative by the analyzer's reading in that case or by the
regular declensions; hyphenated names decline their last part only. Real pipeline, own
sentences (not in the gold files)."""
import pytest

from test_org_quoted import org_name

DECLINED = [
    # genitive after a common noun
    ("Прокуратура проверила склады «Агропрофа».", "«Агропрофа»", "Агропроф"),
    ("Цены на продукцию «Хлебницы» выросли.", "«Хлебницы»", "Хлебница"),
    ("Сотрудники «Нефтемаша» получили премии.", "«Нефтемаша»", "Нефтемаш"),
    # after a preposition
    ("Претензии к «Стройпрофу» суд отклонил.", "«Стройпрофу»", "Стройпроф"),
    ("Договор с «Энергопромом» расторгнут.", "«Энергопромом»", "Энергопром"),
    ("Лицензию отозвали у «Бета-Инвеста».", "«Бета-Инвеста»", "Бета-Инвест"),
    ("Проверка прошла в «Ижтрансе».", "«Ижтрансе»", "Ижтранс"),
    # a prefix on a long dictionary word keeps its neuter ("Рос" + "имущество")
    ("Сотрудники Росимущества провели проверку.", "Росимущества", "Росимущество"),
]

KEPT = [
    # a descriptor before the name: the name is its apposition and stands as written
    ("Акционеры компании «Агропрофа» одобрили сделку.", "«Агропрофа»", "Агропрофа"),
    # a ministry's short name in a genitive
    ("По данным Минэкономразвития, рост замедлился.", "Минэкономразвития", "Минэкономразвития"),
    # no slot: the sentence opens with the name
    ("«Хлебница» открыла новый цех.", "«Хлебница»", "Хлебница"),
]


@pytest.mark.parametrize("text,mention,name", DECLINED + KEPT)
def test_org_case(text, mention, name):
    assert org_name(text, mention) == name


FAMILIES = [
    # a plural head or a head in the second word's case: no frozen pair ("Почта Банка")
    ("Болельщики поддержали «Огни Сибири» в финале.", "«Огни Сибири»", "Огни Сибири"),
    ("Клиенты «Дома Книги» получили скидки.", "«Дома Книги»", "Дом Книги"),
    ("Клиенты «Почта Банка» пожаловались на сбой.", "«Почта Банка»", "Почта Банк"),
    # a sports club's abbreviation is its descriptor
    ("Защитник ФК «Нижний Новгород» продлил контракт.", "«Нижний Новгород»", "Нижний Новгород"),
    ("ХК «Сибирь» уволил главного тренера.", "«Сибирь»", "Сибирь"),
    # a sentence's first word before an organization in the genitive named by its descriptor
    ("Турне Государственного камерного оркестра начнётся в марте.", "Государственного камерного оркестра",
     "Государственный камерный оркестр"),
    ("Юбилей Омского русского народного хора отметили концертом.", "Омского русского народного хора",
     "Омский русский народный хор"),
    # a genitive singular after an organization's people or goods, not a plural title
    ("Пассажиры «Победы» ждали вылета восемь часов.", "«Победы»", "Победа"),
    ("Сторонники «Родины» вышли на пикет.", "«Родины»", "Родина"),
    ("Работники «Вимм-Билль-Данна» объявили забастовку.", "«Вимм-Билль-Данна»", "Вимм-Билль-Данн"),
    # a coined word after an organization's goods or people, whatever case it is guessed in
    ("Продажи «Хавейлы» в России выросли вдвое.", "«Хавейлы»", "Хавейла"),
    ("Импорт «Хуавэя» сократился на треть.", "«Хуавэя»", "Хуавэй"),
    # a dative opening the sentence before an impersonal plural verb
    ("«Красной Москве» простили долги по налогам.", "«Красной Москве»", "Красная Москва"),
    # a verb's object stands as its own paradigm reads it
    ("Комитет назначил «Уралу» штраф за поведение болельщиков.", "«Уралу»", "Урал"),
    # an abbreviation after a sentence's first (event) noun; "ГК" is a descriptor
    ("Опрос ФОМ показал рост доверия.", "ФОМ", "ФОМ"),
    ("Подрядчиком выбрана ГК «Трансинжстрой».", "«Трансинжстрой»", "Трансинжстрой"),
    # a descriptor opening the sentence keeps its genitive
    ("Совет Федерации одобрил закон о бюджете.", "Совет Федерации", "Совет Федерации"),
]


@pytest.mark.parametrize("text,mention,name", FAMILIES)
def test_org_families(text, mention, name):
    assert org_name(text, mention) == name


SPANS = [
    # a city and its region joined by "и": one body's jurisdiction
    ("Жалобу рассмотрит Арбитражный суд Москвы и Московской области.",
     "Арбитражный суд Москвы и Московской области", "Арбитражный суд Москвы и Московской области"),
    ("Прокуратура Санкт-Петербурга и Ленинградской области начала проверку.",
     "Прокуратура Санкт-Петербурга и Ленинградской области", "Прокуратура Санкт-Петербурга и Ленинградской области"),
    # a word the dictionary knows as an organization, typed a place at the start of a sentence
    ("Лукойлу одобрили покупку месторождения в Коми.", "Лукойлу", "Лукойл"),
    # a hyphenated bank name
    ("Суд отказал Русь-Банку в иске к заёмщику.", "Русь-Банку", "Русь-Банк"),
]


@pytest.mark.parametrize("text,mention,name", SPANS)
def test_org_spans(text, mention, name):
    assert org_name(text, mention) == name


def test_two_cities_are_two_bodies():
    """"мэрии Москвы и Санкт-Петербурга": the second city is no part of the first mayoralty."""
    text = "Мэрии Москвы и Санкт-Петербурга договорились о сотрудничестве."
    assert org_name(text, "Мэрии Москвы") == "Мэрия Москвы"


def test_place_after_descriptor_is_no_person():
    """"Банк России" opening a sentence: the place after the bank is no surname; a surname after
    a foundation still is its person."""
    import rufacts
    article = rufacts.extract("Банк Москвы выдал кредит застройщику.")
    assert not article.persons
    article = rufacts.extract("Фонд Потанина выделил гранты музеям.")
    assert [p.name for p in article.persons] == ["Потанин"]
