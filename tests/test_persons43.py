"""Person normal forms, family persons43: a predicative adjective before the object after "признать"
(name_predicative.predicative_before: "признал виновной Х"), an accusative object before a plural verb
over a "как" phrase (name_case_cues._over_as_phrase), a post named by a substantivized participle before
the subject after its verb (name_subject_cues._substantive_post: "пояснила заведующая ... Х"), a name
depending on an inanimate plural noun after a preposition (name_genitive_dependent), soft adjectival
surnames in -ний/-няя the dictionary lacks (name_soft_adjectival), and an adjective's plural genitive
before initials as the indeclinable surname (name_initials_after._frozen_adjectival). Sentences of this
file's own, not the gold's."""
import pytest

import rufacts


def _names(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # predicative adjective before the name: the object's gender
    ("Районный суд признал виновной А. Р. Хабибуллину в присвоении средств.", "А. Р. Хабибуллина"),
    ("Комиссия признала невиновным П. С. Ершова.", "П. С. Ершов"),
    # an object before a plural verb, over a "как" phrase
    ("После проверки Е. К. Мамонтову как директора оштрафовали на 30 тысяч рублей.", "Е. К. Мамонтова"),
    # a post named by a participle between the verb and its subject
    ("Как рассказала заведующая библиотекой Кочеткова Л. В., фонд пополнился.", "Л. В. Кочеткова"),
    ("Как сообщил управляющий делами Плотников А. Г., ремонт завершён.", "А. Г. Плотников"),
    # a name depending on an inanimate plural noun after a preposition
    ("Как следует из пояснений Д. Е. Лапшина, договор не подписывался.", "Д. Е. Лапшин"),
    ("Из показаний И. Н. Ложкина следует, что ключи он не брал.", "И. Н. Ложкин"),
    ("В действиях Р. А. Минина состава преступления не нашли.", "Р. А. Минин"),
    # soft adjectival surnames in -ний
    ("Жалобу Тамары Петровны Загорулько и Ольги Ивановны Загородней суд отклонил.", "Ольга Ивановна Загородняя"),
    ("Грамоту вручили Виктору Заречнему, мастеру цеха.", "Виктор Заречний"),
    # an adjective's plural genitive before initials
    ("Материалы в отношении Седых О. В. переданы в суд.", "О. В. Седых"),
    ("Жалоба Беспалых Н. И. рассмотрена.", "Н. И. Беспалых"),
])
def test_family_rules(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    # neighbours that must not change
    ("Суд признал виновным Сергея Лаптева.", "Сергей Лаптев"),
    ("Из материалов дела Кузьмина узнала о долге.", "Кузьмина"),
    ("Из объяснений Анны Сёминой следует обратное.", "Анна Сёмина"),
    ("Встреча с Корнеем Чуковским прошла в библиотеке.", "Корней Чуковский"),
    ("Как пояснила главный врач Синцова О. Л., коек хватает.", "О. Л. Синцова"),
    ("Директор школы Е. М. Жукова вручила аттестаты.", "Е. М. Жукова"),
])
def test_neighbours(text, name):
    assert name in _names(text)
