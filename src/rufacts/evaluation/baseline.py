"""Plain natasha as a baseline, in the shape of a rufacts JSON record.

natasha is run the way its README shows: ``Doc(text)``, ``doc.segment``,
``doc.tag_ner`` with ``NewsNERTagger(NewsEmbedding())``, plus
``DatesExtractor`` and ``MoneyExtractor`` on ``MorphVocab``. The models load
once per process, on first use.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

NER_KEYS: dict[str, str] = {"PER": "persons", "ORG": "organizations", "LOC": "locations"}


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any, Any, Any]:
    """Segmenter, NER tagger, dates and money extractors (loaded once per process)."""
    import rufacts._compat

    rufacts._compat.install()  # natasha imports pymorphy2: alias it to pymorphy3 first
    from natasha import (
        DatesExtractor,
        MoneyExtractor,
        MorphVocab,
        NewsEmbedding,
        NewsNERTagger,
        Segmenter,
    )

    segmenter = Segmenter()
    ner_tagger = NewsNERTagger(NewsEmbedding())
    morph_vocab = MorphVocab()
    return segmenter, ner_tagger, DatesExtractor(morph_vocab), MoneyExtractor(morph_vocab)


def load() -> None:
    """Load the natasha models now (else on the first :func:`natasha_record` call)."""
    _models()


def natasha_record(text: str) -> dict[str, Any]:
    """natasha's PER/ORG/LOC spans, dates and money in a record-like dict.

    Every NER span is its own entity with one mention (natasha does no
    clustering); dates carry year/month/day, amounts are ``kind: money`` with
    natasha's amount and currency as ``value`` and ``unit``.
    """
    segmenter, ner_tagger, dates_extractor, money_extractor = _models()
    from natasha import Doc  # after _models(): pymorphy2 is aliased by then
    record: dict[str, Any] = {
        "persons": [], "organizations": [], "locations": [],
        "dates": [], "amounts": [], "sector_counts": [], "error": None,
    }
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(ner_tagger)
    for span in doc.spans:
        key = NER_KEYS.get(span.type)
        if key is not None:
            mention = {"start": span.start, "stop": span.stop, "text": text[span.start:span.stop]}
            record[key].append({"name": mention["text"], "mentions": [mention]})
    for match in dates_extractor(text):
        fact = match.fact
        record["dates"].append({
            "start": match.start, "stop": match.stop, "text": text[match.start:match.stop],
            "year": fact.year, "month": fact.month, "day": fact.day,
        })
    for match in money_extractor(text):
        fact = match.fact
        record["amounts"].append({
            "start": match.start, "stop": match.stop, "text": text[match.start:match.stop],
            "kind": "money", "value": fact.amount, "unit": fact.currency,
        })
    return record
