"""slovnet NER (the natasha news model) as a spaCy component -> ``doc.ents``.

The navec embeddings and the slovnet NER weights are read from the files that
ship inside the natasha wheel; nothing is downloaded. The model is fed our
razdel tokens directly (no second tokenization), a batch of docs at a time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .blas import one_blas_thread

LABELS = ("PER", "LOC", "ORG")


@lru_cache(maxsize=1)
def load_slovnet_ner():
    """The slovnet NER ``Infer`` object, loaded once per process (~1 s)."""
    from .. import _compat

    _compat.install()
    from natasha.data import NEWS_EMBEDDING, NEWS_NER
    from navec import Navec
    from slovnet import NER

    ner = NER.load(NEWS_NER)
    ner.navec(Navec.load(NEWS_EMBEDDING))
    return ner.infer


#: The tagger sees at most this many words at once (its memory grows with the sequence:
#: 200,000 "&" in one piece reached 5 GB); longer texts are cut at a sentence end.
MAX_WORDS = 1000
PIECES_PER_CALL = 8
_SENTENCE_END = frozenset(".!?…")


def word_pieces(words: list[str], max_words: int = MAX_WORDS) -> list[list[str]]:
    """``words`` in pieces of at most ``max_words``, each cut after the last sentence-final
    mark of its second half where there is one.

    >>> word_pieces("a b . c d . e".split(), 4)
    [['a', 'b', '.'], ['c', 'd', '.', 'e']]
    """
    pieces, start = [], 0
    while len(words) - start > max_words:
        stop = start + max_words
        for cut in range(stop, start + max_words // 2, -1):
            if words[cut - 1] in _SENTENCE_END:
                stop = cut
                break
        pieces.append(words[start:stop])
        start = stop
    if start < len(words):
        pieces.append(words[start:])
    return pieces


def bio_to_spans(doc: Doc, token_ids: list[int], tags: list[str]) -> list[Span]:
    """Turn BIO tags over the doc's non-space tokens into entity spans."""
    spans: list[Span] = []
    start = label = None
    last = None
    for i, tag in zip(token_ids, tags):
        prefix, _, kind = tag.partition("-")
        if prefix == "B" or (prefix == "I" and kind != label):
            if label is not None:
                spans.append(Span(doc, start, last + 1, label=label))
            start, label = i, kind
        elif prefix != "I":  # "O"
            if label is not None:
                spans.append(Span(doc, start, last + 1, label=label))
            start = label = None
        last = i
    if label is not None:
        spans.append(Span(doc, start, last + 1, label=label))
    return spans


class SlovnetNER:
    def __init__(self, nlp: Language, name: str, batch_size: int) -> None:
        self.name = name
        self.batch_size = batch_size

    @property
    def infer(self):
        return load_slovnet_ner()

    def _tag(self, docs: list[Doc]) -> None:
        infer = self.infer
        ids = [[t.i for t in doc if not t.is_space] for doc in docs]
        words = [[doc[i].text for i in doc_ids] for doc, doc_ids in zip(docs, ids)]
        pieces = [(k, piece) for k, w in enumerate(words) for piece in word_pieces(w)]
        tags: list[list[str]] = [[] for _ in docs]
        with one_blas_thread():
            for start in range(0, len(pieces), PIECES_PER_CALL):
                batch = pieces[start:start + PIECES_PER_CALL]
                inputs = infer.encoder([piece for _, piece in batch])
                for (k, _), piece_tags in zip(batch, infer.decoder(infer.process(inputs))):
                    tags[k].extend(piece_tags)
        for k, doc_ids in enumerate(ids):
            if doc_ids:
                docs[k].ents = bio_to_spans(docs[k], doc_ids, tags[k])

    def __call__(self, doc: Doc) -> Doc:
        self._tag([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            self._tag(batch)
            yield from batch


@Language.factory(
    "rufacts_ner",
    assigns=["doc.ents"],
    default_config={"batch_size": 8},
)
def make_ner(nlp: Language, name: str, batch_size: int) -> SlovnetNER:
    return SlovnetNER(nlp, name, batch_size)
