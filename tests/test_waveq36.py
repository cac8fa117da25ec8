"""Session 36, family waveq36 (w326): quoted and Latin organization names.

- A subsidiary's name of a frozen brand, a declined Russian noun and a place standing as written: the
  inner noun goes to the nominative (entities/org_brand_places.py: "«Газпром добычи Ямбург»").
- A name's own "!" or "?" before its closing quote is the name's (entities/spans.take_closing_quotes).
- Clause words before a quoted name stay out: a verb, a preposition opening the span, a sentence's
  noun before a descriptor in the genitive, a kind noun with its adjectives that is no descriptor
  (entities/org_quoted_leads.py).
- An unknown word's locative in a doubled "рр", "тт", "лл" is a feminine's in -а
  (lexicons/org_name_endings.tsv).
- A Latin acronym after a masculine place adjective is a company where it is the subject of a
  company's verb in the masculine past (entities/org_place_acronyms._company_subject)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Руководство «Газпром добычи Уренгой» отчиталось о добыче.", "Газпром добыча Уренгой"),
    ("Подрядчик подал иск к «Газпром добыче Надым» в арбитраж.", "Газпром добыча Надым"),
    ("Новая установка заработала на «Газпром переработке Сургут».", "Газпром переработка Сургут"),
])
def test_a_brand_declined_noun_and_place(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Активисты движения «Сибирь, держись!» вышли на уборку берега.", "Сибирь, держись!"),
    ("Фонд «Дети — наше всё!» объявил сбор средств.", "Дети — наше всё!"),
])
def test_a_names_own_exclamation_mark(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Суд обязал «Восточную транспортную компанию» вернуть аванс.", "Восточная транспортная компания"),
    ("Из академии бокса «Батыр» вышли чемпионы.", "Батыр"),
    ("Родовая община «Нарьяна» получила охотничьи угодья.", "Нарьяна"),
    ("Волонтёры ассоциации «Байкал — навсегда!» очистили пляж.", "Байкал — навсегда!"),
])
def test_clause_words_before_the_quotes_stay_out(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("В «Ламбарре» сообщили о закрытии филиала.", "Ламбарра"),
    ("В «Гринметалле» заявили о росте заказов.", "Гринметалл"),
])
def test_a_locative_in_a_doubled_consonant(text, name):
    assert name in _orgs(text)


def test_a_latin_acronym_after_a_masculine_place_adjective():
    assert "LHV" in _orgs("Эстонский LHV в среду объявил о выплате дивидендов.")


def test_an_index_after_a_masculine_place_adjective_is_no_new_company():
    """"немецкий DAX вырос": a verb no company does; the rule adds nothing (the tagger's own span aside)."""
    from rufacts.entities import org_place_acronyms
    from rufacts.pipeline import shared
    doc = shared().nlp("Японский TOPIX вырос на два процента.")
    assert not org_place_acronyms._company_subject(doc[0], doc[1])
