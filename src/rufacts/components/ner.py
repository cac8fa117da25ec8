"""slovnet NER (the natasha news model) as a spaCy component -> ``doc.ents``.

The navec embeddings and the slovnet NER weights are read from the files that
ship inside the natasha wheel; nothing is downloaded. The model is fed our
razdel tokens directly (no second tokenization), a batch of docs at a time.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Iterator

import numpy as np

from spacy.attrs import IS_SPACE, ORTH
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


@lru_cache(maxsize=1)
def _features():
    """word -> (word id, shape id) of slovnet's ``WordShapeEncoder.item``, memoized per word."""
    from slovnet.shape import word_shape

    encoder = load_slovnet_ner().encoder
    words, shapes = encoder.words_vocab, encoder.shapes_vocab

    @lru_cache(maxsize=20_000)
    def features(word: str) -> tuple[int, int]:
        word = plain_latin(word)
        return words.encode(word.lower()), shapes.encode(word_shape(word))

    return features


ACCENTED = re.compile(r"[\u00c0-\u024f]")
LATIN_LETTERS = re.compile(r"^[A-Za-z\u00c0-\u024f'’&.-]+$")


def plain_latin(word: str) -> str:
    """A Latin word with accented letters without its accents ("Hermès" -> "Hermes", "Eckerö" ->
    "Eckero"): the embeddings and the shapes the model learned know the plain spelling, not the
    accented one (orgquoted46: "Продажи Hermès", "совершила Aeroméxico" were no names to it);
    other words as they are."""
    if not ACCENTED.search(word) or not LATIN_LETTERS.match(word):
        return word
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return plain if plain.isascii() else word


def _input(pieces: list[list[str]], features, pad_id: int, shape_pad_id: int):
    """The padded (word ids, shape ids) arrays of slovnet's ``WordShapeEncoder.input``."""
    size = max(len(piece) for piece in pieces)
    word_id = np.full((len(pieces), size), pad_id)
    shape_id = np.full((len(pieces), size), shape_pad_id)
    for row, piece in enumerate(pieces):
        if piece:
            w, s = zip(*map(features, piece))
            word_id[row, :len(piece)] = w
            shape_id[row, :len(piece)] = s
    return word_id, shape_id


def _windows(x: np.ndarray, kernel: int, padding: int) -> np.ndarray:
    """The convolution windows of slovnet's ``Conv1d`` (batch * windows, in * kernel, in the
    same order and values) from channels-last ``x`` (batch, seq, in): a few slice copies
    instead of numpy's copy of a strided view with an inner run of ``kernel`` floats."""
    batch, seq, dim = x.shape
    count = seq + 2 * padding - kernel + 1
    out = np.empty((batch, count, dim, kernel), dtype=x.dtype)
    for t in range(kernel):
        shift = t - padding  # window j, tap t reads x[j + shift]
        lo, hi = max(0, -shift), min(count, seq - shift)
        if lo > 0:
            out[:, :lo, :, t] = 0
        if hi < count:
            out[:, max(hi, 0):, :, t] = 0
        if hi > lo:
            out[:, lo:hi, :, t] = x[:, lo + shift:hi + shift]
    return out.reshape(batch * count, dim * kernel)


def _embed(emb, word_id: np.ndarray, shape_id: np.ndarray) -> np.ndarray:
    """slovnet's ``WordShapeEmbedding`` (navec product-quantized vectors, then the shape
    vector; batch x seq x dim), the same values, gathered with one ``take`` instead of
    a broadcast two-array index."""
    codes = emb.word.codes.array  # subvectors x centroids x chunk
    parts, centroids, chunk = codes.shape
    batch, seq = word_id.shape
    width = parts * chunk
    out = np.empty((batch * seq, width + emb.shape.dim), dtype=codes.dtype)
    indexes = emb.word.indexes.array[word_id.ravel()] + np.arange(0, parts * centroids, centroids)
    out[:, :width] = np.take(codes.reshape(parts * centroids, chunk), indexes,
                             axis=0).reshape(batch * seq, width)
    out[:, width:] = emb.shape.weight.array[shape_id.ravel()]
    return out.reshape(batch, seq, -1)


def tag_scores(model, word_id: np.ndarray, shape_id: np.ndarray,
               pad_mask: np.ndarray) -> np.ndarray:
    """slovnet's ``NER.__call__`` (embedding, CNN encoder, projection) -> emissions
    (batch, seq, tags), bit for bit: the same matrix products on the same arrays and the
    same elementwise float32 operations, kept channels-last between the layers (slovnet
    swaps axes back and forth and copies each layer's input twice)."""
    x = _embed(model.emb, word_id, shape_id)  # batch x seq x dim, C-contiguous
    batch = x.shape[0]
    masked = bool(pad_mask.any())
    for layer in model.encoder.layers:
        conv, norm = layer.conv, layer.norm
        filters, dim, kernel = conv.weight.shape
        windows = _windows(x, kernel, conv.padding)
        weight = conv.weight.array.reshape(filters, dim * kernel)
        x = np.matmul(windows, weight.T)
        x += conv.bias.array
        x = x.reshape(batch, -1, filters)
        np.clip(x, 0, None, out=x)  # ReLU
        x -= norm.mean.array  # BatchNorm1d, in slovnet's order of operations
        x /= norm.std.array
        x *= norm.weight.array
        x += norm.bias.array
        if masked:
            x[pad_mask] = 0
    return model.head.proj(x)


def viterbi(transitions: np.ndarray, emissions: np.ndarray, mask: np.ndarray) -> list[list[int]]:
    """slovnet's ``CRF.decode`` (best tag ids of each sequence of a batch), the same
    float32 sums and first-maximum choices, without its per-step index arrays."""
    batch_size, seq_len, tags_num = emissions.shape
    if seq_len == 0:
        return [[] for _ in range(batch_size)]
    if batch_size == 1 and mask.all():
        return [_viterbi_one(transitions, emissions[0])]
    emissions = emissions.swapaxes(1, 0)  # seq x batch x tags
    mask = mask.swapaxes(1, 0)
    history = []
    score = emissions[0]
    for index in range(1, seq_len):
        step = score[:, :, None] + transitions  # score[b, i] + transitions[i, j], + emission[j]
        step += emissions[index][:, None, :]
        history.append(step.argmax(1))
        best = step.max(1)
        keep = mask[index]
        score = best if keep.all() else np.where(keep[:, None], best, score)
    sizes = (mask.sum(0) - 1).tolist()
    steps = np.stack(history, axis=1).tolist() if history else [[] for _ in range(batch_size)]
    out = []
    for index in range(batch_size):  # steps: batch x seq - 1 x tags
        best = int(score[index].argmax())
        tags = [best]
        for indexes in reversed(steps[index][:sizes[index]]):
            best = indexes[best]
            tags.append(best)
        tags.reverse()
        out.append(tags)
    return out


def _viterbi_one(transitions: np.ndarray, emissions: np.ndarray) -> list[int]:
    """:func:`viterbi` of one unpadded sequence (seq x tags): the loop keeps only the best
    scores; the choices (argmax) of every step are taken afterwards, over the same sums."""
    seq_len, tags_num = emissions.shape
    scores = np.empty_like(emissions)  # best score of each tag after each step
    scores[0] = emissions[0]
    step = np.empty((tags_num, tags_num), dtype=emissions.dtype)
    add, maximum = np.add, np.maximum.reduce
    # Speed: the emission is added after the maximum, to one row instead of the whole step
    # (float32 rounding is monotone, so max_i(a_i + e) == max_i(a_i) + e, bit for bit), and
    # the step is transposed so the maximum runs along contiguous memory: ~15% less time
    # in this loop (17.9 -> 15.2 ms on 800 tokens), the same scores.
    by_target = np.ascontiguousarray(transitions.T)  # [j, i]: from tag i to tag j
    # the rows of each step as views made by numpy's iteration, not by an index per step;
    # ufunc arguments by position (out=step, axis 1, out=row)
    for previous, emission, row in zip(scores[:-1, None, :], emissions[1:], scores[1:]):
        add(by_target, previous, step)
        maximum(step, 1, None, row)
        add(row, emission, row)
    best = int(scores[-1].argmax())
    if seq_len == 1:
        return [best]
    steps = scores[:-1, :, None] + transitions
    steps += emissions[1:, None, :]
    choices = steps.argmax(1).tolist()  # step index - 1 x tags
    tags = [best]
    for index in range(seq_len - 2, -1, -1):
        best = choices[index][best]
        tags.append(best)
    tags.reverse()
    return tags


class SlovnetNER:
    def __init__(self, nlp: Language, name: str, batch_size: int) -> None:
        self.name = name
        self.batch_size = batch_size

    @property
    def infer(self):
        return load_slovnet_ner()

    def _tag(self, docs: list[Doc]) -> None:
        infer = self.infer
        ids: list[list[int]] = []
        words: list[list[str]] = []
        for doc in docs:  # the non-space words, read from the doc's arrays (no Token made)
            strings = doc.vocab.strings
            rows = doc.to_array([ORTH, IS_SPACE]).tolist() if len(doc) else []
            doc_ids = [i for i, (_, space) in enumerate(rows) if not space]
            ids.append(doc_ids)
            words.append([strings[rows[i][0]] for i in doc_ids])
        pieces = [(k, piece) for k, w in enumerate(words) for piece in word_pieces(w)]
        tags: list[list[str]] = [[] for _ in docs]
        features = _features()
        pad_id = infer.encoder.words_vocab.pad_id
        shape_pad_id = infer.encoder.shapes_vocab.pad_id
        names = infer.decoder.tags_vocab.items
        transitions = infer.model.head.crf.transitions.array
        with one_blas_thread():
            for start in range(0, len(pieces), PIECES_PER_CALL):
                batch = pieces[start:start + PIECES_PER_CALL]
                word_id, shape_id = _input([piece for _, piece in batch], features, pad_id,
                                           shape_pad_id)
                pad_mask = word_id == pad_id
                emissions = tag_scores(infer.model, word_id, shape_id, pad_mask)
                for (k, _), piece_tags in zip(batch, viterbi(transitions, emissions, ~pad_mask)):
                    tags[k].extend([names[t] for t in piece_tags])
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
