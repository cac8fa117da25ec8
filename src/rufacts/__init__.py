"""rufacts: structured facts from Russian news articles, as JSON.

    >>> import rufacts
    >>> article = rufacts.extract("Мэр Москвы Сергей Собянин открыл завод 11.12.2015.")
    >>> [p.name for p in article.persons]
    ['Сергей Собянин']
    >>> [d.value for d in article.dates]
    ['2015-12-11']
"""
from __future__ import annotations

from . import _compat, _moved

_compat.install()  # natasha/yargy must see pymorphy3 as pymorphy2, before anything imports them
_moved.install()   # rufacts 0.1 module paths (rufacts.worker, rufacts.report, ...) still import

from .facts import (  # noqa: E402
    Amount, Article, DateFact, ErrorInfo, Location, Mention, Organization, Person, Role,
    SectorCount,
)

__version__ = "0.1.0"
__all__ = [
    "load", "extract", "to_article", "Article", "Person", "Organization", "Location", "DateFact", "Amount",
    "SectorCount", "Mention", "Role", "ErrorInfo", "__version__",
]


def load(name: str = "default"):
    """The spaCy ``Language`` of a bundled pipeline config (``pipelines/<name>.cfg``)."""
    from .pipeline import load as _load

    return _load(name)


def to_article(doc, id: str = "", **meta) -> Article:
    """The :class:`Article` record of a ``Doc`` that ``rufacts.load()`` processed (``nlp(text)``,
    ``nlp.pipe(...)``, or a doc read back from ``DocBin``/``Doc.from_bytes``); its ``as_json()``
    is the JSON record. ``meta`` is kept as given; ``published`` (ISO date) resolves relative
    dates ("вчера"), as in :func:`extract`."""
    from .entities.article import doc_to_article

    return doc_to_article(doc, id=id, meta=meta)


def extract(text: str, id: str = "", **meta) -> Article:
    """Extract the facts of one article; the pipeline is loaded once per process.

    ``meta`` (title, published, url, ...) is kept in the record as given.
    """
    from .pipeline import shared

    return shared().extract(text, id=id, **meta)
