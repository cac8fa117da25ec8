"""Tests of the razdel tokenizer in rufacts.tokenizer: the Doc reproduces the text (a
no-break or other horizontal space read as a plain one, two or three spaces between words as
one, the input kept in ``doc.user_data``), tokens follow razdel, sentence starts follow
razdel.sentenize."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rufacts.components.tokenizer import RazdelTokenizer
from rufacts.entities.doc_text import OFFSETS, SOURCE, doc_text, read_spaces


def reproduces(doc, text) -> bool:
    """The doc's text is ``text`` with plain single spaces, the doc keeps ``text`` itself and,
    where it is shorter, the offset in ``text`` of each of its characters."""
    offsets = doc.user_data.get(OFFSETS, range(len(doc.text) + 1))
    return doc.text == read_spaces(text)[0] and doc.user_data.get(SOURCE, doc.text) == text \
        and len(offsets) == len(doc.text) + 1 and offsets[-1] == len(text) \
        and all(text[offsets[i]].translate({0xa0: " "}) == c or text[offsets[i]].isspace() and c == " "
                for i, c in enumerate(doc.text))


@pytest.fixture(scope="session")
def tokenizer(nlp) -> RazdelTokenizer:
    return RazdelTokenizer(nlp.vocab)


def sentences(doc) -> list[str]:
    """Sentence texts by ``is_sent_start``, whitespace stripped, empty ones dropped."""
    out: list[list[str]] = []
    for token in doc:
        if token.is_sent_start or not out:
            out.append([])
        out[-1].append(token.text_with_ws)
    return [s for s in ("".join(parts).strip() for parts in out) if s]


ROUND_TRIP = [
    "",
    " ",
    "\n",
    "Мэр Москвы Сергей Собянин открыл станцию.",
    "Первый абзац новости.\n\nВторой абзац новости.",
    "Цены  выросли   на  5%.",
    "Колонка\tтаблицы\tс\tтабуляцией",
    "Сумма составила 10\u00a0млн\u00a0рублей.",
    "ООО\u00a0«Ромашка»\u00a0\u00a0открыло цех.",
    "   Заголовок с отступом.",
    "Текст с хвостом.   \n\n",
    "\n\n  Собянин: технополис «Москва»  \t\n11.12.2015\n\n",
    "Смешанные пробелы \u00a0 \t \n между словами",
    "Слово\r\nс переводом строки в стиле Windows\r\n",
    "Сегодня,5 марта,в Казани(Татарстан)—праздник!",
    'Компания "Газпром нефть" и АО "Концерн "Калашников"".',
    "«Цитата»…и многоточие… ?!",
]


@pytest.mark.parametrize("text", ROUND_TRIP, ids=[repr(t)[:40] for t in ROUND_TRIP])
def test_tokenizer_reproduces_text(tokenizer, text):
    doc = tokenizer(text)
    assert reproduces(doc, text)
    # no token is empty and no token mixes whitespace with a word
    for token in doc:
        assert token.text
        assert token.is_space or not any(c.isspace() for c in token.text), token.text


def test_tokenizer_whitespace_runs_become_space_tokens(tokenizer):
    doc = tokenizer("Первый абзац.\n\nВторой    абзац.")
    assert [t.text for t in doc] == ["Первый", "абзац", ".", "\n\n", "Второй", "   ", "абзац", "."]
    assert doc[4].text_with_ws == "Второй "  # one space goes to the token itself
    assert doc[3].is_space and doc[5].is_space


def test_two_or_three_spaces_between_words_read_as_one(tokenizer):
    text = "Мэр Москвы  Сергей   Собянин открыл станцию  \nметро."
    doc = tokenizer(text)
    assert [t.text for t in doc][:5] == ["Мэр", "Москвы", "Сергей", "Собянин", "открыл"]
    assert doc.text == "Мэр Москвы Сергей Собянин открыл станцию  \nметро."  # not before a line's end
    assert doc.user_data[SOURCE] == text
    offsets = doc.user_data[OFFSETS]
    assert text[offsets[doc[2].idx]:offsets[doc[3].idx + len(doc[3]) - 1] + 1] == "Сергей   Собянин"
    assert OFFSETS not in tokenizer("Цены выросли.").user_data


def test_a_no_break_space_reads_as_a_plain_one(tokenizer):
    doc = tokenizer("Мэр\u00a0Москвы открыл 1\u202f500 мест.")
    assert [t.text for t in doc][:2] == ["Мэр", "Москвы"] and doc[0].whitespace_ == " "
    assert doc.user_data[SOURCE] == "Мэр\u00a0Москвы открыл 1\u202f500 мест."
    assert SOURCE not in tokenizer("Мэр Москвы открыл сквер.").user_data  # nothing kept where nothing changed


def test_doc_text_is_the_text_of_the_doc_in_hand(tokenizer):
    first = tokenizer("Первая    статья.\n")
    second = tokenizer("Вторая статья о заводе.")
    assert doc_text(second) == "Вторая статья о заводе."
    assert doc_text(first) == "Первая    статья.\n"  # an earlier doc: its own text, joined
    assert doc_text(second) == second.text


def test_tokenizer_empty_text(tokenizer):
    doc = tokenizer("")
    assert len(doc) == 0 and doc.text == ""


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_tokenizer_round_trip_any_text(tokenizer, text):
    doc = tokenizer(text)
    assert reproduces(doc, text)
    assert doc_text(doc) == doc.text  # the text the tokenizer hands the steps, not joined again
    assert all(isinstance(t.is_sent_start, bool) for t in doc)
    if len(doc):
        assert doc[0].is_sent_start is True
    assert sum(len(t.text_with_ws) for t in doc) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Собянин", "сказал", ".", " ", "  ", "\n", "\u00a0", "\t", "С.", "г.", "1,5", "млн.",
    "«", "»", '"', "ООО", "Ромашка", "!", "?", ":", "2015", "Москве",
]), max_size=30).map("".join))
def test_tokenizer_round_trip_news_like_text(tokenizer, text):
    doc = tokenizer(text)
    assert reproduces(doc, text)
    if len(doc):
        assert doc[0].is_sent_start is True
    for token in doc:
        assert token.idx == doc.text.index(token.text, token.idx)  # tokens sit where they claim


SENTENCES = [
    ("С.Собянин сказал. Потом ушёл.", ["С.Собянин сказал.", "Потом ушёл."]),
    ("А. С. Пушкин родился в Москве. Он стал поэтом.",
     ["А. С. Пушкин родился в Москве.", "Он стал поэтом."]),
    ("В 2015 г. компания открыла завод. Его посетил мэр.",
     ["В 2015 г. компания открыла завод.", "Его посетил мэр."]),
    ("Т.е. объём вырос. Это рекорд!", ["Т.е. объём вырос.", "Это рекорд!"]),
    ("Строительство началось в 1990-х гг. в Зеленограде. Работы завершены.",
     ["Строительство началось в 1990-х гг. в Зеленограде.", "Работы завершены."]),
    ("Цех открыт? Да. Работает с понедельника!",
     ["Цех открыт?", "Да.", "Работает с понедельника!"]),
    ("«Мы готовы», — сказал министр. Переговоры продолжатся.",
     ["«Мы готовы», — сказал министр.", "Переговоры продолжатся."]),
    ("Завод открыт.\n\nТекст новости начинается здесь.",
     ["Завод открыт.", "Текст новости начинается здесь."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[t[:30] for t, _ in SENTENCES])
def test_tokenizer_sentence_boundaries(tokenizer, text, expected):
    assert sentences(tokenizer(text)) == expected


@pytest.mark.parametrize(("text", "expected"), SENTENCES[:3], ids=[t[:30] for t, _ in SENTENCES[:3]])
def test_tokenizer_sentences_survive_the_pipeline(nlp, text, expected):
    """No later component resets the tokenizer's sentence starts."""
    assert [s.text.strip() for s in nlp(text).sents] == expected


TOKENS = [
    ("Выручка составила 1,5 млн. долл.", "1,5", ["1,5", "млн", ".", "долл", "."]),
    ("Доля выросла до 12,75% за год.", "12,75", ["12,75", "%"]),
    ("С.Собянин открыл цех.", "С", ["С", ".", "Собянин"]),
    ("Пресс-служба мэрии сообщила.", "Пресс-служба", ["Пресс-служба"]),
    ("в 2015 г. компания", "2015", ["2015", "г", "."]),
    ("ООО «Ромашка» открылось.", "«", ["«", "Ромашка", "»"]),
]


@pytest.mark.parametrize(("text", "first", "expected"), TOKENS, ids=[t[:30] for t, _, _ in TOKENS])
def test_tokenizer_tokens(tokenizer, text, first, expected):
    words = [t.text for t in tokenizer(text) if not t.is_space]
    i = words.index(first)
    assert words[i:i + len(expected)] == expected


def test_tokenizer_serialization_is_a_no_op(tokenizer, tmp_path):
    assert tokenizer.to_bytes() == b""
    assert tokenizer.from_bytes(b"") is tokenizer
    tokenizer.to_disk(tmp_path)
    assert tokenizer.from_disk(tmp_path) is tokenizer
