"""Person normal forms of session 30's second look: first names of the open lexicons (Dutch women's
names in -е after a particle, Romanian Думитру, Breton Янн, Buryat and Mongolian names, ё kept), a
surname particle with no first name before it, the last word of a Spanish surname after "де" left
unchanged, an occupation noun before a name with a particle, a stem no surname ends in (an obstruent and
к or м), a lone foreign given name read as the surname, a foreign first name and a surname in -ович, a
genitive after "под руководством", the speaker after a quotation and a first name, a particle and a
surname the tagger took for an organization; a surname in the genitive before a Russian given name and
a hyphenated surname keeps to itself (only a foreign-only given name joins a surname after it), and a
surname right after a kinship noun is the relative's genitive, not an inverted subject."""
import pytest
from spacy.tokens import Span

import rufacts
from rufacts.entities.names import analyze_name
from rufacts.entities.names_group import name_hints
from rufacts.entities.names_spans import _joined
from rufacts.grammars.morph import get_morph


def _parts(text):
    return {m["text"]: (p["first"], p["middle"], p["last"])
            for p in rufacts.extract(text).as_json()["persons"] for m in p["mentions"]}


@pytest.mark.parametrize("text, mention, parts", [
    ("Тренер Думитру Гимпу вывел команду в финал.", "Думитру Гимпу", ("Думитру", None, "Гимпу")),
    ("Книгу Янна Керуака о Бретани перевели на русский.", "Янна Керуака", ("Янн", None, "Керуак")),
    ("В Мунхбате Цэрэндорже военные видят главного переговорщика.", "Мунхбате Цэрэндорже",
     ("Мунхбат", None, "Цэрэндорж")),
])
def test_open_lexicon_first_names(text, mention, parts):
    assert _parts(text).get(mention) == parts


@pytest.mark.parametrize("text, mention, parts", [
    ("Тренер похвалил ван Дейка за игру в обороне.", "ван Дейка", (None, None, "ван Дейк")),
    ("Ван Хален отказался от турне по Европе.", "Ван Хален", (None, None, "ван Хален")),
    ("Вчера Ле Пен заявила о выдвижении.", "Ле Пен", (None, None, "Ле Пен")),
    ("Ван Сюэмин возглавил делегацию провинции.", "Ван Сюэмин", ("Сюэмин", None, "Ван")),
])
def test_particle_opening_a_surname(text, mention, parts):
    assert _parts(text).get(mention) == parts


def test_dutch_woman_name_in_e_after_particle():
    parts = analyze_name(get_morph(), ["Фемке", "ван", "Дален"])
    assert (parts.first, parts.last) == ("Фемке", "ван Дален")


def test_peoples_name_written_with_yo():
    parts = _parts("Благодаря Соёлме Цыреновой школа получила грант.")
    assert parts.get("Соёлме Цыреновой") == ("Соёлма", None, "Цыренова")


def test_spanish_surname_unchanged_after_particle():
    parts = analyze_name(get_morph(), ["Марией", "Санчес", "де", "Кордоба"], frozenset({"ablt"}))
    assert (parts.first, parts.last) == ("Мария", "Санчес де Кордоба")


def test_occupation_before_name_with_particle():
    parts = _parts("Сомелье Андреа дель Монте рассказал о новом урожае.")
    assert parts.get("Андреа дель Монте") == ("Андреа", None, "дель Монте")


@pytest.mark.parametrize("text, mention, last", [
    ("Все говорили о Новотке, который возглавил клуб.", "Новотке", "Новотка"),
    ("Журналисты расспросили Санджи Бадма-Горяева о полёте.", "Санджи Бадма-Горяева", "Бадма-Горяев"),
])
def test_no_stem_in_obstruent_and_k_or_m(text, mention, last):
    assert _parts(text).get(mention, (None, None, None))[2] == last


def test_lone_foreign_given_name_is_surname():
    assert _parts("При Лукасе клуб дважды выиграл кубок.").get("Лукасе") == (None, None, "Лукас")


def test_foreign_first_name_takes_no_patronymic():
    parts = _parts("Соглашение о стажировках передали Драгославу Петровичу, ректору университета в Нише.")
    assert parts.get("Драгославу Петровичу") == ("Драгослав", None, "Петрович")


def _hints(text, start, stop):
    doc = rufacts.load()(text)
    return name_hints(Span(doc, start, stop, label="PER"), get_morph())[0]


def test_genitive_after_under_the_direction_of():
    assert _hints("Турнир юниоров прошёл под руководством Ласло Ковача.", 5, 7) == frozenset({"gent"})


def test_speaker_after_quotation_is_nominative():
    cases = _hints("«Спрос восстановится», — считает Зайцева, аналитик банка.", 7, 8)
    assert "nomn" in cases and "onlynomn" in cases


def test_first_name_particle_surname_taken_for_organization():
    parts = _parts("О Пьетро делла Скала, совладельце отеля в Вероне, написали журналы.")
    assert parts.get("Пьетро делла Скала") == ("Пьетро", None, "делла Скала")


def test_member_noun_and_acronym_before_name():
    parts = _parts("Выпускнице СВФУ Айталине Семёновне Николаевой вручили диплом.")
    assert parts.get("Айталине Семёновне Николаевой") == ("Айталина", "Семёновна", "Николаева")


def test_surname_before_given_name_and_hyphenated_surname():
    # the tagger may cut the three words apart: Аветисяна (whose first-name reading is a guess) is
    # no given name that joins Ларисы, who goes with Ковальчук-Семеновой
    doc = rufacts.load()("Об этом рассказала подруга вдовы Аветисяна Ларисы Ковальчук-Семеновой.")
    assert _joined(Span(doc, 5, 6, label="PER"), Span(doc, 6, 7, label="PER"), get_morph()) is None
    names = {p["name"] for p in rufacts.extract(doc.text).as_json()["persons"]}
    assert names == {"Аветисян", "Лариса Ковальчук-Семенова"}


def test_surname_after_kinship_noun_is_genitive():
    # "супруги" the tagger reads as a plural nominative; the verb's subject is the friend
    parts = _parts("«Мы будем судиться», – рассказала близкая подруга супруги Мкртчяна Виталины Бондаренко-Лесовой.")
    assert parts.get("Мкртчяна") == (None, None, "Мкртчян")
    assert parts.get("Виталины Бондаренко-Лесовой") == ("Виталина", None, "Бондаренко-Лесова")
