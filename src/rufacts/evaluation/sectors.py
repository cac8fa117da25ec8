"""Scoring of sector counts against gold records (``tests/gold/sectors.jsonl``).

A gold record is ``{"id": ..., "text": ..., "sector_counts": [{"count", "object",
"sector", "total"}, ...]}``. Facts are compared as multisets of tuples per record:
exactly on ``(count, object, sector, total)`` and loosely on ``(count, object)``; ё and е
are one letter in the comparison ("жильё" = "жилье"), as in the names scorer, and letter case
is no difference ("ГЭС" = "гэс": writers lemmatize abbreviations either way).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Mapping, Sequence

KEYS = {"exact": ("count", "object", "sector", "total"), "count_object": ("count", "object")}


def _field(item: Any, name: str) -> Any:
    return item[name] if isinstance(item, Mapping) else getattr(item, name)


def _fold(value: Any) -> Any:
    """ё and е are one letter here and case is none: a sector keeps the spelling its author used."""
    return value.replace("ё", "е").replace("Ё", "Е").casefold() if isinstance(value, str) else value


def _key(item: Any, keys: Sequence[str]) -> tuple:
    """The compared tuple of one fact, ё read as е, case folded."""
    return tuple(_fold(_field(item, k)) for k in keys)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def score_sector_counts(gold_records: Iterable[Mapping[str, Any]],
                        predicted: Mapping[str, Sequence[Any]]) -> dict[str, dict]:
    """Precision, recall and F1 of predicted sector counts, exact and on (count, object);
    where the gold carries ОКВЭД codes, also ``okved``: :func:`okved_agreement`.

    ``predicted`` maps a record id to its facts: dicts or objects (``SectorValue``,
    ``SectorCount``) with ``count``, ``object``, ``sector`` and ``total``.

    >>> gold = [{"id": "a", "sector_counts": [
    ...     {"count": 3, "object": "компания", "sector": "IT", "total": None}]}]
    >>> score_sector_counts(gold, {"a": [{"count": 3, "object": "компания",
    ...                                   "sector": "ИТ", "total": None}]})["count_object"]["f1"]
    1.0
    """
    counts = {name: [0, 0, 0] for name in KEYS}
    gold_records = list(gold_records)
    for record in gold_records:
        facts = predicted.get(record["id"], ())
        for name, keys in KEYS.items():
            gold = Counter(_key(f, keys) for f in record["sector_counts"])
            pred = Counter(_key(f, keys) for f in facts)
            tp = sum((gold & pred).values())
            counts[name][0] += tp
            counts[name][1] += sum(pred.values()) - tp
            counts[name][2] += sum(gold.values()) - tp
    scores = {name: _prf(*values) for name, values in counts.items()}
    if any("okved" in f for r in gold_records for f in r["sector_counts"]):
        scores["okved"] = okved_agreement(gold_records, predicted)
    return scores


def _codes(item: Any) -> frozenset[str]:
    codes = _field(item, "okved") if (isinstance(item, Mapping) and "okved" in item) or \
        hasattr(item, "okved") else ()
    return frozenset(c if isinstance(c, str) else _field(c, "code") for c in codes or ())


def okved_agreement(gold_records: Iterable[Mapping[str, Any]],
                    predicted: Mapping[str, Sequence[Any]]) -> dict[str, float | int]:
    """Of the predicted counts that match a gold count exactly, how many carry exactly the
    gold's ОКВЭД codes (gold ``okved``: a list of codes, empty where none fits)."""
    keys = KEYS["exact"]
    matched = correct = 0
    for record in gold_records:
        gold = {}
        for f in record["sector_counts"]:
            if "okved" in f:
                gold.setdefault(_key(f, keys), _codes(f))
        for item in predicted.get(record["id"], ()):
            key = _key(item, keys)
            if key in gold:
                matched += 1
                correct += _codes(item) == gold[key]
    return {"matched": matched, "correct": correct,
            "share": round(correct / matched, 4) if matched else 1.0}


def mismatches(gold_records: Iterable[Mapping[str, Any]],
               predicted: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """Records whose exact tuples differ: id, text, missed and spurious tuples."""
    keys = KEYS["exact"]
    out = []
    for record in gold_records:
        gold = Counter(_key(f, keys) for f in record["sector_counts"])
        pred = Counter(_key(f, keys) for f in predicted.get(record["id"], ()))
        if gold != pred:
            out.append({"id": record["id"], "text": record["text"],
                        "missed": sorted(gold - pred, key=str),
                        "spurious": sorted(pred - gold, key=str)})
    return out
