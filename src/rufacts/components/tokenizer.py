"""razdel as the spaCy tokenizer: tokens and sentence boundaries from razdel.

Registered as ``rufacts.razdel_tokenizer.v1`` (the ``spacy/lang/vi`` pattern):
the Doc reproduces the input text exactly (whitespace runs become whitespace
tokens) and ``token.is_sent_start`` comes from ``razdel.sentenize``.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable

import razdel
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab


class RazdelTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
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
        for token in razdel.tokenize(text):
            if token.start > pos:
                add_gap(pos, text[pos:token.start])
            words.append(token.text)
            spaces.append(False)
            starts.append(token.start)
            pos = token.stop
        if pos < len(text):
            add_gap(pos, text[pos:])
        sent_starts: list[bool] = [False] * len(words)
        for sent in razdel.sentenize(text):
            i = bisect_left(starts, sent.start)
            if i < len(words):
                sent_starts[i] = True
        if words:
            sent_starts[0] = True
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_starts)

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
