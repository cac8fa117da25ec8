"""Property test of the offset contract: for any text made of news fragments, the
record validates against the schema and every mention is ``text[start:stop]``."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRAGMENTS = [
    "Мэр Москвы Сергей Собянин открыл новую станцию метро.",
    "По словам С.Собянина, строительство обошлось дешевле плана.",
    "Собянин: технополис \"Москва\" привлек еще 10 компаний",
    "11.12.2015",
    "Указ подписан 3 марта 2014 г. президентом.",
    "Встреча прошла 25 мая 2018 в Кремле.",
    "Выручка ООО «Ромашка» составила 1,5 млн. руб.",
    "АО \"Концерн \"Калашников\"\" увеличило выпуск на 20%.",
    "Компания «Газпром нефть» подписала соглашение с банком \"ВТБ\".",
    "Представители «Газпром нефти» заявили, что сделка будет закрыта",
    "Глава Сбербанка Герман Греф встретился с Антоном Силуановым.",
    "Э. Набиуллина ответила, что ставка останется прежней.",
    "Председатель ЦБ Эльвира Набиуллина выступила в Госдуме",
    "Форум прошёл в Казани,  а гости из\tКазани уехали.",
    "В Нижнем Новгороде открыли завод «Москвич».",
    "Федеральной таможенной службы",
    "Иванов:",
    "Иван Иванов заявил, что тарифы останутся прежними.",
    "В.В. Путин провёл совещание в Ново-Огарёве.",
    "Министр обороны Сергей Шойгу проинспектировал войска на Дальнем Востоке.",
    "Таможенный пост ФТС России работает с 2013 года.",
    "Площадь корпуса — более 175 тыс. кв. м.",
    "Адрес страницы: <http://example.mos.ru/news/1.html>",
    "Сумма\u00a0сделки — 2,5\u00a0млрд\u00a0рублей.",
    "«Мы готовы», — сказал министр финансов Антон Силуанов.",
    "ПАО «Газпром",
    "Ромашка»",
    "Решение принято 11-го декабря 2015-го года в Омске.",
    "МОСКВА, 12 марта. /ТАСС/.",
    "Татьяна Голикова посетила Омск, Томск и Новосибирск.",
    "Иван Петров и Мария Петрова возглавили список.",
    "Мнение: Алексей Кудрин",
]

SEPARATORS = ["", " ", "  ", "\n", "\n\n", "\t", "\u00a0", " \n ", ": ", "; ", ", "]


@st.composite
def articles(draw) -> str:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), max_size=8))
    text = ""
    for i, part in enumerate(parts):
        text += (draw(st.sampled_from(SEPARATORS)) if i else "") + part
    lead = draw(st.sampled_from(["", " ", "\n", "\n\n  "]))
    tail = draw(st.sampled_from(["", " ", "\n", "  \n"]))
    return lead + text + tail


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_offsets_every_mention_is_its_text(pipeline, validate_record, text):
    record = validate_record(pipeline.extract(text, id="prop").as_json())
    assert record["text"] == text
    for group in ("persons", "organizations", "locations"):
        for entity in record[group]:
            assert entity["name"].strip() == entity["name"] != ""
            for m in entity["mentions"]:
                assert m["text"] == m["text"].strip() != ""
                assert "\n" not in m["text"]


def test_offsets_all_fragments_at_once(pipeline, validate_record):
    for sep in SEPARATORS:
        text = sep.join(FRAGMENTS)
        record = validate_record(pipeline.extract(text).as_json())
        assert record["persons"] and record["organizations"] and record["locations"]


@pytest.mark.parametrize("sep", ["\n", "\n\n", " \n "])
@pytest.mark.parametrize("line", [
    "Ромашка»",
    "Собянин: технополис \"Москва\" привлек еще 10 компаний",
    "АО \"Концерн \"Калашников\"\" увеличило выпуск на 20%.",
])
def test_a_quote_left_open_at_a_line_end_takes_no_name_across_it(pipeline, sep, line):
    # A legal form and a quote the line does not close ("ПАО «Газпром"): the quoted name
    # ends with its line, whatever quote the next line closes (found by the property test).
    text = "ПАО «Газпром" + sep + line
    record = pipeline.extract(text).as_json()
    for group in ("persons", "organizations", "locations"):
        for entity in record[group]:
            for m in entity["mentions"]:
                assert "\n" not in m["text"], (m["text"], entity["name"])
