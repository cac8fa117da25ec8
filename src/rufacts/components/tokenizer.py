"""razdel as the spaCy tokenizer: tokens and sentence boundaries from razdel.

Registered as ``rufacts.razdel_tokenizer.v1`` (the ``spacy/lang/vi`` pattern):
the Doc reproduces the input text (whitespace runs become whitespace tokens; a no-break
or other horizontal space is read as a plain one, one for one, with the input kept in
``doc.user_data``: :mod:`rufacts.entities.doc_text`) and ``token.is_sent_start`` comes from
``razdel.sentenize``.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Callable

from spacy.attrs import LIKE_NUM, LIKE_URL
from spacy.lang import lex_attrs
from spacy.lang.ru import lex_attrs as ru_lex_attrs
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..entities.doc_text import OFFSETS, SOURCE, known_text, read_spaces
from ..grammars.razdel_tokens import razdel_sentences, razdel_tokens


_SCALES = frozenset({"тыс", "млн", "млрд"})


@lru_cache(maxsize=1)
def _org_forms() -> frozenset[str]:
    """Abbreviated organization forms counted as firms ("ИП", "ООО", "КФХ", "НКО"): the
    ``form`` class of sector_object_classes.tsv and the short nouns of sector_objects.txt."""
    from ..lexicons import load_list, load_rows

    return frozenset(row[0] for row in load_rows("sector_object_classes.tsv")
                     if len(row) > 1 and row[1] == "form") \
        | frozenset(w for w in load_list("sector_objects.txt") if len(w) <= 3)


def _counted_after_scale(words: list[str], i: int) -> bool:
    """razdel ends a sentence at "3 тыс. ИП" (a capital after an abbreviation's dot): an
    organization form in capitals right after "<number> тыс." is the counted noun
    ("порядка 3 тыс. ИП", "1,2 млн. ООО", "40 тыс. НКО"), not a new sentence ("до 80 тыс.
    МВД сообщило" stays two) (w102)."""
    k = i - 1
    while k >= 0 and words[k].isspace():
        k -= 1
    if k < 2 or words[k] != ".":
        return False
    scale = k - 1
    number = scale - 1
    while number >= 0 and words[number].isspace():
        number -= 1
    word = words[i]
    return words[scale].lower() in _SCALES and number >= 0 \
        and words[number][:1].isdigit() and word.isupper() and word.lower() in _org_forms()

# --- lexeme attributes ---------------------------------------------------------
# spaCy computes every lexical attribute of a word the first time a Doc holds it, and again in
# every memory zone (the pipeline opens one per batch, so once per word per article). Two of
# spaCy's Russian getters are slow for what they do: ``like_num`` looks the word up in a *list*
# of 800 number words (43 us a word, the tokenizer's largest cost), ``like_url`` walks every
# word. The two below give the same value for every string, faster
# (tests/test_tokenizer_lex_attrs.py compares them with spaCy's on every word of the gold).

_NUM_WORDS = frozenset(ru_lex_attrs._num_words)


def like_num(text: str) -> bool:
    """``spacy.lang.ru.lex_attrs.like_num`` with a set of the number words."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    if text.endswith("%"):
        text = text[:-1]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    return text.lower() in _NUM_WORDS


def like_url(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_url``, False at once for a word with no dot that does not
    start with ``http://`` or ``https://`` (spaCy's answer for it: its loop finds no dot)."""
    if "." not in text and not text.startswith(("http://", "https://")):
        return False
    return lex_attrs.like_url(text)


_FASTER = {ru_lex_attrs.like_num: like_num, lex_attrs.like_url: like_url}


def faster_lex_attrs(vocab: Vocab) -> None:
    """Swap spaCy's slow lexical getters in ``vocab`` for the equivalent ones above."""
    getters = vocab.lex_attr_getters
    for attr in (LIKE_NUM, LIKE_URL):
        if getters.get(attr) in _FASTER:
            getters[attr] = _FASTER[getters[attr]]


class RazdelTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        faster_lex_attrs(vocab)

    def __call__(self, text: str) -> Doc:
        source = text
        text, offsets = read_spaces(source)
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[int] = []  # char offset of each word

        def add_gap(pos: int, gap: str) -> None:
            """Whitespace between tokens: one plain space trails the previous token
            (spaCy's ``whitespace_``), the rest becomes a whitespace token."""
            if words and gap[0] == " " and not spaces[-1]:
                spaces[-1] = True
                gap, pos = gap[1:], pos + 1
            if gap:
                words.append(gap)
                spaces.append(False)
                starts.append(pos)

        pos = 0
        for start, stop in razdel_tokens(text):
            if start > pos:
                add_gap(pos, text[pos:start])
            words.append(text[start:stop])
            spaces.append(False)
            starts.append(start)
            pos = stop
        if pos < len(text):
            add_gap(pos, text[pos:])
        sent_starts: list[bool] = [False] * len(words)
        for sent in razdel_sentences(text):
            i = bisect_left(starts, sent.start)
            if i < len(words):
                sent_starts[i] = True
        for i in range(3, len(words)):  # "порядка 3 тыс. ИП": a scale, no sentence end
            if sent_starts[i] and _counted_after_scale(words, i):
                sent_starts[i] = False
        if words:
            sent_starts[0] = True
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
        known_text(doc, text)  # the doc's text is ``text``: the steps need not join it
        if text != source:
            doc.user_data[SOURCE] = source
        if offsets is not None:
            doc.user_data[OFFSETS] = offsets
        return doc

    # a stateless tokenizer: nothing to save, but spaCy calls these on to_disk/from_disk
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "RazdelTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "RazdelTokenizer":
        return self


@registry.tokenizers("rufacts.razdel_tokenizer.v1")
def create_razdel_tokenizer() -> Callable[[Language], RazdelTokenizer]:
    def create(nlp: Language) -> RazdelTokenizer:
        return RazdelTokenizer(nlp.vocab)

    return create
