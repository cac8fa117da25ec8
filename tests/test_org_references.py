"""Organizations referred to by their common noun ("компания" after "компания «Ростелеком»"):
a mention of that organization with form "common_noun" (rufacts.entities.coref)."""
from __future__ import annotations

import pytest


def _references(article):
    return {m.text: o.name for o in article.organizations for m in o.mentions
            if m.form == "common_noun"}


@pytest.mark.parametrize("text, noun, name", [
    ("Холдинг «Интеррос» объявил о продаже активов. Как сообщили в холдинге, сделка "
     "закроется в марте.", "холдинге", "Интеррос"),
    ("Банк ВТБ снизил ставки по ипотеке. По словам представителя банка, спрос вырос на треть.",
     "банка", "ВТБ"),
    ("Министерство финансов России подготовило поправки. Ведомство внесёт их в мае.",
     "Ведомство", "Министерство финансов России"),
    ("Газета «Ведомости» опубликовала расследование. Издание ссылается на свои источники.",
     "Издание", "Ведомости"),
    ("Партия «Яблоко» выдвинула кандидатов. Решение партии поддержали в регионах.",
     "партии", "Яблоко"),
])
def test_common_noun_after_a_named_organization_is_its_mention(pipeline, text, noun, name):
    article = pipeline.extract(text)
    assert _references(article).get(noun) == name
    org = next(o for o in article.organizations if o.name == name)
    assert len(org.mentions) == 2  # the name and the noun: one entity
    mention = next(m for m in org.mentions if m.text == noun)
    assert mention.as_json()["form"] == "common_noun"
    assert "form" not in org.mentions[0].as_json()  # a mention by name has none


@pytest.mark.parametrize("text", [
    "Суд приговорил его к трём годам колонии.",  # nothing of that kind named before
    "Компания «Яндекс» открыла офис в Казани. Другая компания отказалась от планов.",
    "Компания «Яндекс» открыла офис в Казани. Любая компания может так поступить.",
    "Компания «Яндекс» открыла офис в Казани. Многие компании последовали её примеру.",
    "Компания «Яндекс» открыла офис в Казани. Ещё 3 компании объявили о том же.",
    "Фонд «Сколково» выдал гранты. Призовой фонд конкурса составил миллион рублей.",
    "Банк ВТБ снизил ставки. Крупнейший банк страны объявил о другом.",
    # a plural relative pronoun after it: several bodies
    "Федерация шахмат России выдвинула кандидата. Его поддержали федерации, которые голосуют первыми.",
    # two of that kind in the sentence before: either could be meant
    "Компания «Альфа» купила компанию «Бета». Сделку компания завершила в мае.",
])
def test_generic_or_unresolved_common_noun_is_no_mention(pipeline, text):
    assert _references(pipeline.extract(text)) == {}


def test_common_noun_needs_a_compatible_kind(pipeline):
    # a bank is named, but "партия" refers to no party
    text = "Банк ВТБ выдал кредит. Партия товара прибыла в порт."
    assert _references(pipeline.extract(text)) == {}


def test_role_with_a_common_noun_is_of_the_organization(pipeline):
    text = ("Компания «Ростелеком» объявила о покупке. Позже компания сообщила, что глава "
            "компании Иван Петров покидает пост.")
    article = pipeline.extract(text)
    refs = _references(article)
    assert refs.get("компания") == "Ростелеком" and refs.get("компании") == "Ростелеком"
    [person] = [p for p in article.persons if p.last == "Петров"]
    assert [(r.title, r.of) for r in person.roles] == [("глава", "Ростелеком")]


def test_nearest_organization_of_the_kind_is_meant(pipeline):
    text = ("Банк ВТБ отчитался о прибыли. Через неделю Газпромбанк объявил о выпуске "
            "облигаций. Спрос на них удивил банк.")
    refs = _references(pipeline.extract(text))
    assert refs.get("банк") == "Газпромбанк"
