"""Assemble the spaCy pipeline from a config in ``pipelines/`` and run it.

``load()`` returns a ``spacy.Language``; ``Pipeline`` wraps it with the
article-level API (text + meta in, :class:`rufacts.facts.Article` out) that
the library, the CLI and the batch runner all share.
"""
from __future__ import annotations

from contextlib import nullcontext
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers factories and extensions)
from .entities.article import doc_to_article
from .entities.pieces import PIECE_CHARS, join_pieces, split_text
from .facts import Article
from .components.kept_words import KeptWords

DEFAULT_PIPELINE = "default"


def config_path(name: str = DEFAULT_PIPELINE) -> Path:
    """Path of a bundled pipeline config (``pipelines/<name>.cfg``) or of a given file."""
    path = Path(name)
    if path.suffix == ".cfg" and path.exists():
        return path
    bundled = resources.files("rufacts") / "pipelines" / f"{name}.cfg"
    if not bundled.is_file():
        known = sorted(p.name[:-4] for p in (resources.files("rufacts") / "pipelines").iterdir()
                       if p.name.endswith(".cfg"))
        raise ValueError(f"no pipeline config {name!r}; bundled: {', '.join(known)}")
    return Path(str(bundled))


def load(name: str = DEFAULT_PIPELINE, overrides: dict[str, Any] | None = None) -> Language:
    """A fresh ``Language`` assembled from ``pipelines/<name>.cfg`` (or a .cfg path);
    ``overrides`` change config values by their dotted path, as spaCy's do
    (``{"components.rufacts_sectors.learned": False}``: the sector rules alone)."""
    config = spacy.util.load_config(config_path(name), overrides=overrides or {})
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


class Pipeline:
    """Articles in, :class:`Article` records out, over one spaCy ``Language``.

    A text over ``piece_chars`` characters is run in pieces (cut at paragraph or sentence
    ends, see :mod:`rufacts.entities.pieces`), so that memory and time grow linearly and
    spaCy's ``nlp.max_length`` never applies; its record is that of the whole text.

    Each batch runs inside spaCy's ``nlp.memory_zone()``: the strings and lexemes its docs
    add to the vocab are dropped when the batch's records are made, so the vocab does not grow
    with every new word of a long run (on 962 news texts it held 58k strings at the end, and
    grows without bound). Records are plain Python values, built inside the zone; no Doc,
    Token or string id outlives it. ``memory_zone=False`` keeps spaCy's growing vocab. The
    lexemes of words found in two articles or more are kept, up to a bound
    (:mod:`rufacts.components.kept_words`): spaCy need not make them again in every article.
    """

    def __init__(self, nlp: Language | None = None, piece_chars: int = PIECE_CHARS,
                 memory_zone: bool = True) -> None:
        self.nlp = nlp if nlp is not None else load()
        self.piece_chars = piece_chars
        self.memory_zone = memory_zone
        self.kept = KeptWords() if memory_zone else None

    def _zone(self):
        """spaCy's memory zone (none when one is open already: zones do not nest)."""
        if not self.memory_zone or self.nlp.vocab.in_memory_zone:
            return nullcontext()
        return self.nlp.memory_zone()

    def extract(self, text: str, id: str = "", **meta: Any) -> Article:
        return next(self.pipe([(id, text, meta)]))

    @property
    def _piece_size(self) -> int:
        return min(self.piece_chars, self.nlp.max_length)

    def _count(self, doc, text: str) -> None:
        if self.kept is not None:
            self.kept.count(doc, text)

    def _keep(self) -> None:
        if self.kept is not None:
            self.kept.keep(self.nlp.vocab)

    def _long(self, id: str, text: str, meta: dict[str, Any]) -> Article:
        pieces = []
        for offset, piece in split_text(text, self._piece_size):
            with self._zone():
                doc = self.nlp(piece)
                pieces.append((offset, doc_to_article(doc, meta=meta)))
                self._count(doc, piece)
            self._keep()
        return join_pieces(pieces, text, id=id, meta=meta)

    def pipe(self, items: Iterable[tuple[str, str, dict[str, Any]]],
             batch_size: int | None = None) -> Iterator[Article]:
        """(id, text, meta) triples -> Articles, in order."""
        size = batch_size or self.nlp.batch_size or 16
        batch: list[tuple[str, tuple[str, dict[str, Any]]]] = []

        def flush() -> Iterator[Article]:
            with self._zone():  # records made inside, handed out after: no zone left open
                articles = []
                for (doc, (id, meta)), (text, _) in zip(
                        self.nlp.pipe(batch, as_tuples=True, batch_size=size), batch):
                    articles.append(doc_to_article(doc, id=id, meta=meta))
                    self._count(doc, text)
            self._keep()
            batch.clear()
            yield from articles

        for id, text, meta in items:
            if len(text) > self._piece_size:
                yield from flush()
                yield self._long(id, text, meta)
                continue
            batch.append((text, (id, meta)))
            if len(batch) >= size:
                yield from flush()
        yield from flush()


@lru_cache(maxsize=4)
def shared(name: str = DEFAULT_PIPELINE) -> Pipeline:
    """One pipeline per process and config (the lazy singleton workers use)."""
    return Pipeline(load(name))
