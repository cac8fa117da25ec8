"""Boundaries between an organization and a person's name or the words around them, family
perorg43: a person's name in the nominative the tagger glued to the body before it
(org_person_tails.person_tails: "[театра] [Имя Отчество Фамилия]", a compound bank's name before a
full name), a person's name run on into the lower-case noun after it (name_noun_tails), a lead
noun before a body with an "имени", "для" or quoted tail (org_lead_nouns._fixed_tail_name), a unit
with a "с" remit run on into its unnamed owner (org_bare_owners), and "в" + a city after a school
without a country's adjective (org_place_tail.campus_tail). Sentences of this file's own, not the gold's."""
import pytest
from spacy.tokens import Span

import rufacts
from rufacts.entities.name_noun_tails import person_noun_tails
from rufacts.entities.org_person_tails import person_tails
from rufacts.grammars.morph import get_morph


def _doc(text):
    nlp = rufacts.load()
    with nlp.select_pipes(disable=["rufacts_entities"]):
        return nlp(text)


def _span(doc, words, label):
    """The span of ``words`` (a string) in ``doc``."""
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), label=label)


def _texts(spans):
    return {(s.text, s.label_) for s in spans}


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, org, person", [
    ("Директор Самарского художественного училища имени К. С. Петрова-Водкина Ирина Павловна Стрельникова "
     "рассказала о наборе.", "Самарское художественное училище имени К. С. Петрова-Водкина",
     "Ирина Павловна Стрельникова"),
    ("Преподаватель Болонской академии изящных искусств Джулия Фонтанелли прочла лекцию.",
     "Болонская академия изящных искусств", "Джулия Фонтанелли"),
    ("Об этом рассказал директор филиала Ипотекабанка Бобур Рахимович Турсунов на пресс-конференции.",
     "Ипотекабанк", "Бобур Рахимович Турсунов"),
])
def test_person_after_body(text, org, person):
    assert org in _orgs(text)
    assert person in _persons(text)


@pytest.mark.parametrize("text, glued, label, parts", [
    # the tagger's span of the body and the name after it
    ("Хормейстер Томского музыкального театра имени Н. А. Римского-Корсакова Елена Олеговна Савинкова "
     "подготовила хор.", "Томского музыкального театра имени Н. А. Римского-Корсакова Елена Олеговна Савинкова", "ORG",
     {("Томского музыкального театра имени Н. А. Римского-Корсакова", "ORG"), ("Елена Олеговна Савинкова", "PER")}),
    ("Стажёр Лионской консерватории Ксения Лаврова выступила.",
     "Лионской консерватории Ксения Лаврова", "ORG",
     {("Лионской консерватории", "ORG"), ("Ксения Лаврова", "PER")}),
    # a compound bank's name glued before a full name
    ("Как отметил глава Трастбанка Шавкат Ильхомович Мирзаев, спрос растёт.",
     "Трастбанка Шавкат Ильхомович Мирзаев", "PER", {("Трастбанка", "ORG"), ("Шавкат Ильхомович Мирзаев", "PER")}),
])
def test_glued_person_cut(text, glued, label, parts):
    doc = _doc(text)
    assert _texts(person_tails(doc, [_span(doc, glued, label)], get_morph())) == parts


@pytest.mark.parametrize("text, words, label", [
    # the honoree in the genitive, a body named after a person, and two people are no glued name
    ("Коллектив театра имени Веры Комиссаржевской выступил.", "театра имени Веры Комиссаржевской", "ORG"),
    ("Сотрудники Фонда Андрея Мельниченко приехали.", "Фонда Андрея Мельниченко", "ORG"),
    ("Спектакль театра «Мария Стюарт» показали.", "театра «Мария Стюарт»", "ORG"),
    # the honoree after "им." and its dot; a name of capitalized words only
    ("Он работал на Тульском заводе им. Павла Ивановича Лебедева долго.",
     "Тульском заводе им. Павла Ивановича Лебедева", "ORG"),
    ("Токарь завода им. Семён Будённый вышел на пенсию.", "завода им. Семён Будённый", "ORG"),
    ("Бригада Шомрей Давид Адом приехала.", "Шомрей Давид Адом", "ORG"),
    # a surname, first name and patronymic: no bank before it
    ("Вчера Ахунова Мадина Шухратовна Иванова приехала.", "Ахунова Мадина Шухратовна Иванова", "PER"),
])
def test_not_glued(text, words, label):
    doc = _doc(text)
    span = _span(doc, words, label)
    assert _texts(person_tails(doc, [span], get_morph())) == {(words, label)}


@pytest.mark.parametrize("text, glued, name", [
    ("Пенсионерке Тамаре Мокрых суд вернул дачу.", "Тамаре Мокрых суд", "Тамаре Мокрых"),
    ("Фермеру Денису Чёрных банк простил долг.", "Денису Чёрных банк", "Денису Чёрных"),
])
def test_person_noun_cut(text, glued, name):
    doc = _doc(text)
    assert _texts(person_noun_tails(doc, [_span(doc, glued, "PER")], get_morph())) == {(name, "PER")}


def test_person_particle_kept():
    doc = _doc("Договор подписал Ильгар Тофик оглы Мамедзаде вчера.")
    span = _span(doc, "Ильгар Тофик оглы", "PER")
    assert _texts(person_noun_tails(doc, [span], get_morph())) == {("Ильгар Тофик оглы", "PER")}


def test_honoree_stays_with_body():
    # the honoree after "имени" in the genitive belongs to the body, no person of the tail
    text = "Директор театра имени Марии Ермоловой Олег Меньшов рассказал о сезоне."
    assert "Олег Меньшов" in _persons(text)
    assert not any("Меньшов" in o for o in _orgs(text))


def test_quoted_genitive_owner_keeps_lead():
    # a lead noun before a unit and its quoted owner in the genitive is not cut by the fixed-tail rule
    from rufacts.entities.org_lead_nouns import without_lead_nouns
    doc = _doc("Обозреватель Немецкой службы «Голоса Европы» рассказал о выборах.")
    span = _span(doc, "Обозреватель Немецкой службы «Голоса Европы»", "ORG")
    assert _texts(without_lead_nouns(doc, [span])) == {(span.text, "ORG")}
    doc = _doc("Обозреватель Немецкой службы «Европа» рассказал о выборах.")
    span = _span(doc, "Обозреватель Немецкой службы «Европа»", "ORG")
    assert _texts(without_lead_nouns(doc, [span])) == {("Немецкой службы «Европа»", "ORG")}


def test_quoted_name_no_person():
    assert "Анна Маркова" not in _persons("Солисты ансамбля «Анна Маркова» выступили в Казани.")


@pytest.mark.parametrize("text, person", [
    ("Пенсионеру Виктору Черных банк вернул списанные деньги.", "Виктор Черных"),
    ("Водителю Ольге Седых суд назначил штраф.", "Ольга Седых"),
])
def test_person_before_noun(text, person):
    assert person in _persons(text)


def test_patronymic_word_stays():
    assert "Ильгар Тофик оглы Мамедзаде" in _persons("Контракт подписал Ильгар Тофик оглы Мамедзаде.")


@pytest.mark.parametrize("text, org", [
    ("Коллектив Вологодского колледжа культуры имени В. А. Гаврилина подготовил концерт.",
     "Вологодский колледж культуры имени В. А. Гаврилина"),
    ("Коллектив Кемеровского театра для детей и молодёжи «Сказка» объявил конкурс.",
     "Кемеровский театр для детей и молодёжи «Сказка»"),
])
def test_lead_noun_before_named_body(text, org):
    names = _orgs(text)
    assert org in names
    assert not any(n.lower().startswith(("коллектив", "руководство")) for n in names)


@pytest.mark.parametrize("text, org", [
    ("Как уточнили в управлении по работе с предпринимателями акимата, приём заявок продлён.",
     "управление по работе с предпринимателями"),
    ("В отделе по работе с обращениями граждан мэрии ответили, что жалоба рассмотрена.",
     "отдел по работе с обращениями граждан"),
])
def test_unit_without_bare_owner(text, org):
    assert org in _orgs(text)


@pytest.mark.parametrize("text, org", [
    # a named owner stays with the unit
    ("В комитете по связям с общественностью администрации Калуги пояснили детали.",
     "комитет по связям с общественностью администрации Калуги"),
    # after a genitive the body is the remit's object
    ("Комиссия по проверке деятельности администрации выявила нарушения.",
     "Комиссия по проверке деятельности администрации"),
])
def test_unit_keeps_owner(text, org):
    assert org in _orgs(text)


@pytest.mark.parametrize("text, org", [
    ("Скрипачка стажировалась в Королевской академии музыки в Лондоне.", "Королевская академия музыки"),
    ("Он поступил в Высшую техническую школу в Цюрихе.", "Высшая техническая школа"),
])
def test_school_without_city(text, org):
    assert org in _orgs(text)


@pytest.mark.parametrize("text, org", [
    ("Она преподаёт в Американском университете в Болгарии.", "Американский университет в Болгарии"),
    ("Он окончил Немецкую школу в Мадриде.", "Немецкая школа в Мадриде"),
])
def test_nation_school_keeps_city(text, org):
    assert org in _orgs(text)
