"""Wave 53, persons: real pipeline, own sentences (not the gold rows). A name's head over its
genitive dependents (entities/name_genitive_heads.py); a name listed after a full name no nominative
reads (entities/name_listed_oblique.py); a person's legal form read as a company
(entities/name_entrepreneurs.py); a monk's calendar name (entities/name_monastic_given.py); a surname
before a tagged given name and patronymic (entities/name_surname_before_given.py); a post and a
surname read as a company (entities/name_post_org.py); an unknown surname opening its sentence
(entities/name_opening_surname.py); an infinitive's object over a prepositional phrase
(entities/name_case_cues.py)."""
import pytest
from names_cases import expected_parts, person_at, person_parts

import rufacts

# (text, name, first, middle, last)
PERSONS = [
    # the head over its genitives: dative of a man, of a woman; a woman's nominative by the verb
    ("Пенсионеру Сургута Эдуарду Хабибуллину вернули водительские права.",
     "Эдуард Хабибуллин", "Эдуард", None, "Хабибуллин"),
    ("Медаль передали вдове солдата Марине Гончарук.", "Марина Гончарук", "Марина", None, "Гончарук"),
    ("Об этом заявила заместитель директора департамента образования Марина Тулупова.",
     "Марина Тулупова", "Марина", None, "Тулупова"),
    # the legal form of a person
    ("Суд взыскал долг с ИП Курочкина А. В. в пользу поставщика.", "А. В. Курочкин", "А.", "В.", "Курочкин"),
    ("Налоговая отказала ИП Гаврилову Д. Е. в вычете.", "Д. Е. Гаврилов", "Д.", "Е.", "Гаврилов"),
    # a monk's name in -а
    ("Об игумене Ионе (Соколове) написали в епархиальной газете.", "Иона Соколов", "Иона", None, "Соколов"),
    # a surname before a given name and patronymic
    ("Совет утвердил Седых Максима Игоревича в должности ректора.",
     "Максим Игоревич Седых", "Максим", "Игоревич", "Седых"),
    # an infinitive's object after its prepositional phrase
    ("Снять с выборов Матвееву комиссия решила из-за подписей.", "Матвеева", None, None, "Матвеева"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_persons53(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


def test_post_org_is_a_person():
    article = rufacts.extract("Финансовому управляющему Гладких удалось вернуть в конкурсную массу 50 млн рублей.")
    assert [p.name for p in article.persons] == ["Гладких"]
    assert not [o.name for o in article.organizations if "Гладких" in o.name]


def test_opening_unknown_surname_subject():
    article = rufacts.extract("Шамсутдинова свою вину не признала, сообщили в прокуратуре.")
    assert [p.name for p in article.persons] == ["Шамсутдинова"]


def test_monk_rank_only_for_men_and_monks():
    # no monastic rank: the Romanian Ион stays
    assert person_parts("Молдавскому певцу Иону Суручану вручили орден.")[0][0] == "Ион Суручану"


def test_listed_after_oblique_full_name():
    # "Людмилы" is no nominative: the list is in the genitive, Зуев's
    assert person_at("Письмо пришло от Людмилы Сорокиной и К. П. Зуева.", "К. П. Зуева") == ("К. П. Зуев", "К.", "П.", "Зуев")


def test_legal_form_with_company_name_stays_an_org():
    article = rufacts.extract("Договор подписан с ООО «Ромашка».")
    assert not article.persons


def test_surname_of_a_person_named_before_is_his():
    """"вдова Ельцина Наина Иосифовна": the word before her name is the genitive of a surname the text
    gave a man in full, so it stays his mention and her name has no surname."""
    text = ("На могиле Андрея Громыхалина собрались коллеги. На церемонии была вдова Громыхалина "
            "Галина Петровна и его ученики.")
    names = [p.name for p in rufacts.extract(text).persons]
    assert "Галина Петровна Громыхалина" not in names
    assert "Галина Петровна" in names
