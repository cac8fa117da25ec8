"""The tokenizer's faster lexical getters give spaCy's own values (components/tokenizer.py);
razdel_tokens gives razdel.tokenize's tokens (grammars/razdel_tokens.py)."""
import json
from pathlib import Path

import pytest
import razdel
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import LIKE_NUM, LIKE_URL
from spacy.lang import lex_attrs
from spacy.lang.ru import lex_attrs as ru_lex_attrs

from rufacts.components.tokenizer import like_num, like_url, razdel_tokens

EDGE = ["", "1", "-5", "+3,5", "~10%", "±2.5", "1/2", "1/2/3", "a/b", "%", "-", "Сто", "СТА",
        "двадцати", "Миллиардов", "xxix", "XIV", "ii", "трлн", "5%", "-треть", "http://x",
        "https://a", "www.ru", "www.", "ya.ru", "a.b.com", ".ru", "ru.", "a@b.ru", "host:80",
        "x.com/", "сайт.рф", "gov.uk", "12.11.2015", "3,5", "т.е", "e.g.", "..."]


def _words() -> list[str]:
    words = set(EDGE)
    gold = Path(__file__).parent / "gold"
    for path in sorted(gold.glob("sectors-news-1[0-6].jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            words.update(text[a:b] for a, b in razdel_tokens(text))
    return sorted(words)


def test_like_num_and_like_url_as_spacy():
    words = _words()
    assert len(words) > 5000
    assert [like_num(w) for w in words] == [ru_lex_attrs.like_num(w) for w in words]
    assert [like_url(w) for w in words if w] == [lex_attrs.like_url(w) for w in words if w]


@pytest.mark.parametrize("word, num", [("двадцати", True), ("3,5", True), ("компаний", False)])
def test_pipeline_uses_them(word, num):
    from rufacts.pipeline import load

    nlp = load()
    assert nlp.vocab.lex_attr_getters[LIKE_NUM] is like_num
    assert nlp.vocab.lex_attr_getters[LIKE_URL] is like_url
    with nlp.memory_zone():
        assert nlp.make_doc(f"всего {word}")[-1].like_num is num


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("аяЁz1,.-—–_/\\:;!?()«»\"' \n\u00a0*%IT")), max_size=40))
def test_razdel_tokens_as_razdel(text):
    """razdel_tokens (the tokenizer's and the sector grammar's tokens) is razdel.tokenize."""
    assert razdel_tokens(text) == [(t.start, t.stop) for t in razdel.tokenize(text)]


def test_razdel_tokens_as_razdel_on_gold():
    gold = Path(__file__).parent / "gold" / "sectors-news-16.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        assert razdel_tokens(text) == [(t.start, t.stop) for t in razdel.tokenize(text)]
