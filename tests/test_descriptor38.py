"""Session 38, family descriptor38 (w346): a descriptor opening the sentence with its capital before a
quoted or Latin name is no part of the name (entities/org_opening_descriptors.py): a participle or
an adjective before a company noun ("Управляющая компания «...»"), a facility's noun
(lexicons/org_opening_descriptors.txt: "Аэропорту «...»"), a hyphenated service noun
("Онлайн-кинотеатр ..."); a refinery's acronym before its quoted name (lexicons/org_kind_abbreviations.txt:
"НПЗ «...»"). A body's noun keeps its quoted owner's reading."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Управляющая компания «Уютный двор» получила лицензию на новый дом.", "Уютный двор"),
    ("Управляющей компании «Наш город» выставили штраф за нечищеные крыши.", "Наш город"),
    ("Аэропорт «Храброво» перевёл рейсы на новую полосу.", "Храброво"),
    ("Аэропорту «Емельяново» выделили средства на ремонт перрона.", "Емельяново"),
    ("Онлайн-кинотеатр Ivi снял сериал о школьниках.", "Ivi"),
    ("Весной на НПЗ «Ильский» остановили установку крекинга.", "Ильский"),
])
def test_opening_descriptor_stays_out(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Партия «Новые люди» выдвинула кандидата в губернаторы.", "Новые люди"),
    ("Вчера управляющая компания «Уютный двор» получила лицензию.", "Уютный двор"),
])
def test_descriptor_as_before(text, name):
    assert name in _orgs(text)
