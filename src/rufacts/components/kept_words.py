"""Words whose lexemes outlive the memory zone: those of two articles or more.

The pipeline runs each batch in spaCy's memory zone (:class:`rufacts.pipeline.Pipeline`), which
drops every lexeme the batch made: spaCy made each word's lexeme again in every article, with
its twenty attributes (shape, prefix, suffix, flags...), a third of the tokenizer's time. Here
a word found in a second article (a text seen again does not count twice) has its lexeme made
once more outside the zone, where it stays; in later articles spaCy finds it. A lexeme's
attributes depend on its text alone, so the records are the same.

Bounded: at most :data:`MAX_KEPT` words kept (~150 bytes each with their strings; 7 MB), and
:data:`MAX_COUNTED` words counted (the counts start again when full).
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

MAX_KEPT = 50_000
MAX_COUNTED = 200_000
MAX_TEXTS = 20_000  # texts remembered as counted (a text read again counts its words once)


class KeptWords:
    """Counts the words of each article inside the zone (:meth:`count`), and makes the lexemes
    of the words found in a second article after it (:meth:`keep`)."""

    def __init__(self, max_kept: int = MAX_KEPT, max_counted: int = MAX_COUNTED) -> None:
        self.max_kept = max_kept
        self.max_counted = max_counted
        self.counts: dict[int, int] = {}  # word hash -> articles it was found in
        self.kept: set[int] = set()
        self.texts: set[int] = set()
        self.todo: list[str] = []  # words to keep, taken while their strings exist

    def count(self, doc: Doc, text: str) -> None:
        """Count the words of ``doc`` (made from ``text``) once; inside the memory zone."""
        if len(self.kept) >= self.max_kept or not len(doc):
            return
        key = hash(text)
        if key in self.texts:
            return
        if len(self.texts) >= MAX_TEXTS:
            self.texts.clear()
        self.texts.add(key)
        if len(self.counts) >= self.max_counted:
            self.counts.clear()
        counts, kept, strings = self.counts, self.kept, doc.vocab.strings
        for orth in set(doc.to_array([ORTH]).tolist()):
            if orth in kept:
                continue
            if counts.get(orth):
                del counts[orth]
                if len(kept) < self.max_kept:
                    kept.add(orth)
                    self.todo.append(strings[orth])
            else:
                counts[orth] = 1

    def keep(self, vocab: Vocab) -> None:
        """Make the lexemes of the words counted in a second article; outside the zone."""
        if vocab.in_memory_zone:
            return
        for word in self.todo:
            vocab[word]  # made outside a zone: the vocab keeps it
        self.todo.clear()
