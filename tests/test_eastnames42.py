"""East Asian, Southeast Asian and Arabic/Persian names, family eastnames42: a family letter after a
hyphenated word (name_asian_missed.letter_family), listed family names more (Korean Ё, the Koryo
spellings Тен/Тян/Цой, Vietnamese Луонг/Куах, Khmer Сар), a listed family name and two syllables the
dictionary knows (name_asian_missed._listed_three), a name before lower-case words the tagger took for
a body (name_asian_missed._asian_head), Burmese names cut in two or in a text about Myanmar
(name_burmese_cue), a woman's given name as written and a Western first name before a one-letter family
name (name_asian_order), an Arabic surname the dictionary guesses a place (place_persons._place_word), a
title word before a theophoric surname (name_honorifics.given_not_title), -йя names after the article
(name_arabic_ya), Persian women's names in -е (name_written_over_rare), Malay given names
(lexicons/name_foreign_first_names.tsv), Japanese given names in -е (names_asian.japanese_given).
Sentences of this file's own, not the gold's."""
import pytest
from spacy.tokens import Span

import rufacts
from rufacts.grammars.morph import get_morph


def _persons(text):
    return {(p.name, p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


def _doc(text):
    nlp = rufacts.load()
    with nlp.select_pipes(disable=["rufacts_entities"]):
        return nlp(text)


@pytest.mark.parametrize("text, person", [
    # a one-letter family name after a hyphenated word is no preposition
    ("Соглашение подписал экс-министр О Гён Хо.", ("О Гён Хо", "Гён Хо", None, "О")),
    # the Koryo spelling Цой opens a Korean name (not a given name and patronymic before the surname)
    ("Ферму Цой Ён Ги проверили инспекторы.", ("Цой Ён Ги", "Ён Ги", None, "Цой")),
    # Vietnamese and Khmer family names of the press, their given syllable declined
    ("Делегацию возглавил Куах Минь Шон.", ("Куах Минь Шон", "Минь Шон", None, "Куах")),
    ("Переговоры с Луонг Тамом продлились час.", ("Луонг Там", "Там", None, "Луонг")),
    ("Встречу открыл Сар Сокха.", ("Сар Сокха", "Сокха", None, "Сар")),
])
def test_east_asian_names(text, person):
    assert person in _persons(text)


def test_listed_family_and_known_syllables_missed():
    """"Тен Сон Ми"-like names the tagger missed: the last syllable a word the dictionary knows."""
    from rufacts.entities.name_asian_missed import asian_missed
    doc = _doc("Теплицы Тен Хе Ми дают урожай.")
    assert asian_missed(doc, 1, set(), get_morph()) == 3
    doc = _doc("Книги Толстого Лев Ми читал.")  # no listed family name: nothing
    assert asian_missed(doc, 1, set(), get_morph()) == 0


def test_korean_yo_opens_three_words():
    from rufacts.entities.name_asian_missed import letter_family
    doc = _doc("Ноту вручил посол Ё Хон Ман.")
    assert letter_family(doc, 3)


def test_name_before_lower_case_body_words():
    from rufacts.entities.name_asian_missed import asian_tail
    doc = _doc("Аренду с Лю Цзинхуа арбитражный суд расторг досрочно.")
    parts = asian_tail(Span(doc, 2, 6, label="ORG"), get_morph())
    assert [(s.text, s.label_) for s in parts] == [("Лю Цзинхуа", "PER")]
    # a body whose name opens with capitalized words of its own stays
    doc = _doc("Решение принял Ленинский районный суд.")
    assert [s.text for s in asian_tail(Span(doc, 2, 5, label="ORG"), get_morph())] == ["Ленинский районный суд"]


@pytest.mark.parametrize("text, person", [
    # a Burmese name the tagger cut in two: every word a Burmese syllable
    ("В окружении Кхин Тхан Мьинт опровергли слухи о переговорах.", ("Кхин Тхан Мьинт", "Кхин Тхан", None, "Мьинт")),
    # in a text about Myanmar: three words that read as Vietnamese elsewhere
    ("Власти Мьянмы назначили Зо Мин Вина послом.", ("Зо Мин Вин", "Зо Мин", None, "Вин")),
])
def test_burmese_names(text, person):
    assert person in _persons(text)


def test_east_asian_neighbours_keep_their_order():
    """Without a cue of Myanmar a two-word name of syllables stays Chinese, family name first; in one, a
    Chinese family name that is no Burmese syllable too."""
    assert ("Ли Мин", "Мин", None, "Ли") in _persons("Посол Китая встретился с Ли Мином в Пекине.")
    # two words in a text about Myanmar as before (names-family-mensforeign33b-aside reads them so)
    assert ("Вин Тун", "Тун", None, "Вин") in _persons("Адвокаты встретились с Вин Туном в Нейпьидо.")
    assert ("Ван И", "И", None, "Ван") in _persons("В Мьянме генерал Мин Аунг Хлайн принял Ван И.")
    assert ("Виктор Цой", "Виктор", None, "Цой") in _persons("Виктор Цой записал альбом в 1988 году.")


def test_korean_woman_given_name_as_written():
    assert ("Ли Сору", "Сору", None, "Ли") in _persons("Кубок вручили кореянке Ли Сору.")
    # a man's given syllable still declines
    assert ("Ким Сор", "Сор", None, "Ким") in _persons("Тренер похвалил Ким Сору за игру.")


def test_western_first_name_and_one_letter_family_name():
    assert ("Джон Ю", "Джон", None, "Ю") in _persons("Доклад представил американский юрист Джон Ю.")
    # an initial before the surname stays an initial
    assert ("О. Петрова", "О.", None, "Петрова") in _persons("Отчёт подготовила О. Петрова.")


@pytest.mark.parametrize("text, person", [
    ("Генсек встретился в Дамаске с Фарисом аш-Шейбани.", ("Фарис аш-Шейбани", "Фарис", None, "аш-Шейбани")),
    ("В Каире делегация встретилась с министром Египта Шерифом Абдель Рахманом.",
     ("Шериф Абдель Рахман", "Шериф", None, "Абдель Рахман")),
    ("Пас отдали нападающему Омару эль-Хамайе.", ("Омар эль-Хамайя", "Омар", None, "эль-Хамайя")),
])
def test_arabic_names(text, person):
    assert person in _persons(text)


def test_arabic_place_stays_a_place():
    assert not _persons("Бои идут в Дейр эз-Зоре.")
    from rufacts.entities.place_persons import _place_word
    assert not _place_word(get_morph(), "аль-Мутейри")


def test_persian_woman_name_in_e():
    assert ("Фатеме Назари", "Фатеме", None, "Назари") in _persons("Депутаты обратились с письмом к Фатеме Назари.")
    # another people's name beside a Russian one's case stays the Russian one's case
    assert ("Инга Шевчук", "Инга", None, "Шевчук") in _persons("Об Инге Шевчук рассказали коллеги.")


def test_malay_given_name():
    assert ("Хассанал Ибрагим", "Хассанал", None, "Ибрагим") in _persons("Речь шла о Хассанале Ибрагиме.")


def test_japanese_given_name_in_e():
    from rufacts.entities.name_readings import _readings
    from rufacts.entities.names_asian import japanese_given
    morph = get_morph()
    assert japanese_given(morph, "Хадзиме", _readings(morph, "Хадзиме"))
    assert not japanese_given(morph, "Кобахидзе", _readings(morph, "Кобахидзе"))
    assert ("Ираклий Кобахидзе", "Ираклий", None, "Кобахидзе") in _persons("Ираклий Кобахидзе прибыл в Баку.")
