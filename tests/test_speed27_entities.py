"""The speed cuts of session 27 in the entity step give what the code they replaced gave: the
rules that tested every token of the doc (ordinals, "для", particles of surnames, hyphenated
first names, Latin "-еум" names, institutions' abbreviations and head nouns, descriptors'
names, a sentence's opening preposition, web names "ДОМ.РФ", legislatures' first words) now test only the positions the
doc's word and lemma indices give (``entities.doc_words``), made once per doc while the entity
step runs; the origin and pronoun cues of a person mention scan its sentence only where a cue
word or a pronoun stands in reach."""
from __future__ import annotations

import pytest

import rufacts
from rufacts.entities.doc_words import doc_in_hand, lower_positions, per_doc, word_index, word_positions
from rufacts.entities.geo import lemma_positions
from rufacts.entities.spans import capitalized_words, long_words, positions
from rufacts.pipeline import shared

# each sentence with what the code at the start of the session (c9952c7) extracted from it:
# organizations, persons, locations
CASES = [
    ("Пациента доставили в 1-ю городскую больницу, а затем перевели в 3-й отдел полиции.",
     ["1-я городская больница", "3-й отдел полиции"], [], []),
    ("Награду вручили Хенку ван ден Босу, а в Москву приехал Паулу ду Сантуш.",
     [], ["Паулу ду Сантуш", "Хенк ван ден Бос"], ["Москва"]),
    ("Встреча с Жаном-Люком Кола прошла в Париже.", [], ["Жан-Люк Кола"], ["Париж"]),
    ("Студенты из Моцартеума выступили в Атенеуме.", ["Атенеум", "Моцартеум"], [], []),
    ("В прошлом году грант получила Школа-интернат № 5 для слабовидящих детей.",
     ["Школа-интернат № 5 для слабовидящих детей"], [], []),
    ("Контракт достался Национальной иранской нефтяной компании весной.",
     ["Национальная иранская нефтяная компания"], [], ["Иран"]),
    ("Благодаря Фонду развития сельского туризма в районе открыли музей.",
     ["Фонд развития сельского туризма"], [], []),
    ("Билеты продала авиакомпания Пегасус, сообщил источник.", ["Пегасус"], [], []),
    ("Больного перевели из Тетюшской ЦРБ в ГКБ № 1 имени Пирогова.",
     ["ГКБ № 1 имени Пирогова", "Тетюшская ЦРБ"], ["Пирогов"], []),
    ("Кредит выдан Японским банком для международного сотрудничества.",
     ["Японский банк для международного сотрудничества"], [], []),
    ("Письмо направили Агентству стратегических инициатив и в Корпорацию МСП.",
     ["Агентство стратегических инициатив", "Корпорация МСП"], [], []),
    ("Компания ДОМ.РФ и сайт Авто.ру объявили итоги. Mail.ru Group тоже.",
     ["Mail.ru Group", "Авто.ру", "ДОМ.РФ"], [], ["РФ"]),
    ("На Кирилле Мостовом держалась оборона, сообщил тренер.", [], ["Кирилл Мостовой"], []),
    ("Законопроект внесли в Мажилис, а депутаты Народного Хурала Республики Бурятия его поддержали.",
     ["Мажилис", "Народный Хурал Республики Бурятия"], [], []),
]


@pytest.mark.parametrize("text,orgs,persons,places", CASES)
def test_rules_find_what_they_found(text, orgs, persons, places):
    article = rufacts.extract(text)
    assert sorted(o.name for o in article.organizations) == orgs
    assert sorted(p.name for p in article.persons) == persons
    assert sorted(loc.name for loc in article.locations) == places


@pytest.fixture(scope="module")
def doc():
    return shared().nlp(" ".join(case[0] for case in CASES) + " Для ДЛЯ для-то СОШ-2 dEUTSCHE Bank. Её и её, ее.")


def _tests():
    return [lambda text: "-" in text, lambda text: text.lower() == "для", str.isdigit, lambda text: False]


def test_word_positions_are_the_token_test(doc):
    for inside in (False, True):
        for wanted in _tests():
            if inside:
                with doc_in_hand(doc):
                    found = word_positions(doc, wanted)
            else:
                found = word_positions(doc, wanted)
            assert found == [t.i for t in doc if wanted(t.text)]
    assert word_positions(doc, lambda text: text.lower() == "для") == [t.i for t in doc if t.lower_ == "для"]


@pytest.mark.parametrize("words", [("для",), {"для", "ван", "рф", "её"}, {"в": 1, "из": 2}, frozenset(), ("dEUTSCHE",)])
def test_lower_positions_are_the_token_test(doc, words):
    expected = [t.i for t in doc if t.lower_ in words]
    folded = [t.i for t in doc if t.lower_.replace("ё", "е") in words]
    assert lower_positions(doc, words) == expected
    assert lower_positions(doc, words, folded=True) == folded
    with doc_in_hand(doc):
        assert lower_positions(doc, words) == expected
        assert lower_positions(doc, words, folded=True) == folded
    assert all(t.lower_ == t.text.lower() for t in doc)


def test_indices_in_hand_are_the_fresh_ones(doc):
    """What the entity step reads of its doc while it runs is what a fresh reading gives."""
    lemmas = {"больница", "компания", "банк", "фонд"}
    fresh = (positions(doc, ("«", "ван", "ден", ".")), capitalized_words(doc), long_words(doc, 6),
             lemma_positions(doc, lemmas.__contains__), lemma_positions(doc, lambda lemma: "-" in lemma))
    with doc_in_hand(doc):
        for _ in range(2):  # made, then kept
            assert (positions(doc, ("«", "ван", "ден", ".")), capitalized_words(doc), long_words(doc, 6),
                    lemma_positions(doc, lemmas.__contains__),
                    lemma_positions(doc, lambda lemma: "-" in lemma)) == fresh
    assert fresh[0] == [t.i for t in doc if t.text in ("«", "ван", "ден", ".")]
    assert fresh[1] == {t.i for t in doc if t.is_alpha and not t.is_lower and not t.is_upper}
    assert fresh[3] == [t.i for t in doc if t.lemma_.lower() in lemmas]


def test_only_the_doc_in_hand_is_kept(doc):
    other = shared().nlp("Другой текст.")
    made = []
    with doc_in_hand(doc):
        per_doc(doc, "probe", lambda d: made.append(d) or len(made))
        assert per_doc(doc, "probe", lambda d: made.append(d) or len(made)) == 1  # kept
        assert per_doc(other, "probe", lambda d: made.append(d) or len(made)) == 2  # not the doc in hand
        assert word_index(other) == {t.text: [t.i] for t in other}
    assert per_doc(doc, "probe", lambda d: made.append(d) or len(made)) == 3  # the block is over


CUES = ("Японский инженер Хироки Сакамаки рассказал о её работе. Об Адриане Лиме рассказано о её детстве. "
        "Нападающий сборной Японии Кэйсукэ Хонда забил, а румынской гимнастке Надии Команечи вручили приз. "
        "Иван Петров приехал. Говорили о Серафиме Дурново: балерина вернулась к нему.")


def test_person_cues_in_hand_are_the_scans():
    """The origin and pronoun cues of each person mention, with the trigger test of the entity step
    (a cue word or a pronoun in reach) and without it (the scan of every word in reach)."""
    from rufacts.entities.name_apposition import pronoun_gender
    from rufacts.entities.name_origins import origin_cue

    doc = shared().nlp(CUES)
    persons = [s for s in doc.ents if s.label_ == "PER"]
    assert len(persons) >= 5
    fresh = [(origin_cue(s), pronoun_gender(s)) for s in persons]
    with doc_in_hand(doc):
        assert [(origin_cue(s), pronoun_gender(s)) for s in persons] == fresh
    assert any(origin for origin, _ in fresh) and any(gender for _, gender in fresh)
    assert any(not origin for origin, _ in fresh) and any(not gender for _, gender in fresh)


def test_legislature_starts_are_the_hash_test():
    """The first words of legislatures' names by the lower-case word index, as the array of LOWER
    hashes found them."""
    from spacy.attrs import LOWER
    from spacy.strings import get_string_id

    from rufacts.entities.org_legislatures import _by_form, _names, _starts

    doc = shared().nlp(CASES[-1][0] + " Мажилисом и Сейму Латвии, хуралу и Курултаем.")
    wanted = {get_string_id(form) for form in _by_form()}
    by_hash = {i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in wanted}
    names = _names()
    by_lemma = set(lemma_positions(doc, lambda lemma: lemma.replace("ё", "е") in names))
    assert _starts(doc, names) == sorted(by_hash | by_lemma)
    assert by_hash
