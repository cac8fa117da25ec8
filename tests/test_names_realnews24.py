"""Name families of the real-news audit of round 24 (real pipeline, own sentences, not in the gold
files): initials of two letters ("Дж.": lexicons/name_initials_multi.txt); a sentence-initial adverb,
a word with digits ("34-летний") and a plural kin noun ("Братьев") before a name are no name part
(entities/name_lead_words.py); a celebrity compound before a stage name ("Поп-звезда":
lexicons/name_role_compound_parts.txt); a nickname in quotes or brackets between the first name and
the surname (entities/name_nicknames.py); a title in quotes and an adjective before its noun are no
person; awards and events after their noun and diseases are no organization (entities/retype.py:
lexicons/event_heads.txt, lexicons/disease_names.txt)."""
import pytest
import rufacts

from names_cases import person_at

INITIALS = [
    ("Накануне саммита Дж. Байден позвонил канцлеру Германии.", "Дж. Байден", ("Дж. Байден", "Дж.", None, "Байден")),
    ("Лекцию о рынках прочитал Дж.Стиглиц в Лондоне.", "Дж.Стиглиц", ("Дж. Стиглиц", "Дж.", None, "Стиглиц")),
    ("Письмо направили Дж. Соросу ещё в марте.", "Дж. Соросу", ("Дж. Сорос", "Дж.", None, "Сорос")),
    ("Мемуары Дж. К. Гэлбрейта вышли на русском языке.", "Дж. К. Гэлбрейта",
     ("Дж. К. Гэлбрейт", "Дж.", "К.", "Гэлбрейт")),
]


@pytest.mark.parametrize("text, mention, parts", INITIALS)
def test_two_letter_initial_keeps_its_dot_and_the_surname_declines(text, mention, parts):
    assert person_at(text, mention) == parts


def test_two_letter_initial_and_full_first_name_are_one_person():
    article = rufacts.extract("Госсекретарь Джон Керри прибыл в Москву. Дж.Керри проведёт переговоры с министром.")
    assert [p.name for p in article.persons] == ["Джон Керри"]


def test_al_stays_a_first_name():
    assert person_at("Бывший вице-президент Ал Гор выступил на конференции.", "Ал Гор") == \
        ("Ал Гор", "Ал", None, "Гор")


def test_sentence_initial_adverb_is_no_name_part():
    assert person_at("Вчера Дж.Маккейн выступил в сенате.", "Дж.Маккейн") == ("Дж. Маккейн", "Дж.", None, "Маккейн")


def test_age_word_with_digits_is_no_name_part():
    got = person_at("Главным тренером клуба назначен 41-летний Гонсало Фьерро.", "Гонсало Фьерро")
    assert got == ("Гонсало Фьерро", "Гонсало", None, "Фьерро")
    text = "В матче отличился 19-летний Иван Сергеев."
    article = rufacts.extract(text)
    assert all("летний" not in m.text for p in article.persons for m in p.mentions)


def test_plural_kin_noun_is_no_first_name():
    got = person_at("На фестивале показали ранние работы Братьев Коэн.", "Коэн")
    assert got is not None and got[1] is None and got[3] == "Коэн"


@pytest.mark.parametrize("text, mention, parts", [
    ("3 марта Поп-звезда Леди Гага отменила гастроли по Европе.", "Леди Гага", ("Леди", "Гага")),
    ("Рок-легенда Пол Маккартни дал концерт в Ливерпуле.", "Пол Маккартни", ("Пол", "Маккартни")),
])
def test_celebrity_compound_is_no_name_part(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


@pytest.mark.parametrize("text, mention, parts", [
    ("Бой судил Марвин «Чудо» Хаглер.", "Марвин «Чудо» Хаглер", ("Марвин Хаглер", "Марвин", None, "Хаглер")),
    ("Дело против Энтони «Толстяка Тони» Салерно закрыли.", "Энтони «Толстяка Тони» Салерно",
     ("Энтони Салерно", "Энтони", None, "Салерно")),
    ("Акции продал Уоррен (Уорри) Баффет.", "Уоррен (Уорри) Баффет", ("Уоррен Баффет", "Уоррен", None, "Баффет")),
    ("Речь произнёс Джеймс Дэвис (James (Jim) Davis).", "James (Jim) Davis",
     ("James Davis", "James", None, "Davis")),
])
def test_nickname_between_first_name_and_surname_is_one_mention_left_out_of_the_name(text, mention, parts):
    article = rufacts.extract(text)
    start = text.index(mention)
    persons = [p for p in article.persons if any(m.start < start + len(mention) and start < m.stop
                                                 for m in p.mentions)]
    assert len(persons) == 1 and (persons[0].name, persons[0].first, persons[0].middle, persons[0].last) == parts
    assert any(m.text == mention for m in persons[0].mentions)


def test_quoted_title_is_no_person():
    article = rufacts.extract("В программу вошли фильмы «Сталкер» и «Зеркало» Андрея Тарковского.")
    assert [p.name for p in article.persons] == ["Андрей Тарковский"]


def test_adjective_before_its_noun_is_no_person():
    article = rufacts.extract("Коллекция Янтарного кабинета пополнилась, сообщил Иван Смирнов.")
    assert [p.name for p in article.persons] == ["Иван Смирнов"]


def test_award_after_its_noun_is_no_organization():
    article = rufacts.extract("Лауреат премии Emmy Джон Оливер подписал контракт с компанией HBO.")
    assert [o.name for o in article.organizations] == ["HBO"]


def test_an_organization_after_an_award_noun_in_the_genitive_stays():
    article = rufacts.extract("Учредитель премии «Газпрома» объявил список лауреатов.")
    assert "Газпром" in [o.name for o in article.organizations]


def test_disease_is_no_organization():
    article = rufacts.extract("Министр заболел COVID-19\nМинистр здравоохранения Франции Оливье Веран сообщил о болезни.")
    assert not any(o.name.lower().startswith("covid") for o in article.organizations)


def test_surname_written_twice_is_one_surname():
    assert person_at("На ринг вышел 26-летний Тимур Рахимов Рахимов из Уфы.", "Тимур Рахимов Рахимов") == \
        ("Тимур Рахимов", "Тимур", None, "Рахимов")
