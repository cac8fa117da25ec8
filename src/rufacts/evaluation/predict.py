"""Predictions for scoring: run a system over gold texts, or read saved records.

``rufacts eval`` uses this; the scoring itself lives in :mod:`rufacts.evaluate`.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Iterable, Optional

from .mentions import GoldDoc, Span, default_mapping, load_gold, predictions_from_records
from ..io.compressed import read_json_objects


def first_id(path: Path) -> str:
    """The id of the first record of a gold JSONL file ('' if there is none)."""
    first = next(iter(read_json_objects(path)), {})
    return str(first.get("id", ""))


def read_gold_records(path: Path) -> list[dict]:
    """The raw JSON objects of a gold JSONL file."""
    return list(read_json_objects(path))


def load_gold_auto(path: Path, mapping: Optional[dict[str, str]] = None,
                   types: Optional[Iterable[str]] = None) -> list[GoldDoc]:
    """Gold documents, with the corpus' default type map when none is given."""
    return load_gold(path, mapping=mapping or default_mapping(first_id(path)), types=types)


def _records_of(system: str, docs: list[GoldDoc], pipeline: str) -> Iterable[dict]:
    if system == "natasha":
        from .baseline import natasha_record

        for doc in docs:
            yield {"id": doc.id, **natasha_record(doc.text)}
    else:
        from ..pipeline import shared

        items = ((doc.id, doc.text, {}) for doc in docs)
        for article in shared(pipeline).pipe(items):
            yield article.as_json()


def predict_records(docs: list[GoldDoc], pred_path: Optional[str] = None,
                    system: str = "rufacts", pipeline: str = "default",
                    log=sys.stderr) -> list[dict]:
    """JSON records for ``docs``: read from ``pred_path``, else made by running ``system``."""
    if pred_path:
        return list(read_json_objects(pred_path))
    start = time.monotonic()
    records = list(_records_of(system, docs, pipeline))
    seconds = time.monotonic() - start
    if log is not None:
        chars = sum(len(d.text) for d in docs)
        print(f"rufacts eval: {system} on {len(docs)} documents ({chars} chars) in "
              f"{seconds:.1f} s, {len(docs) / seconds:.1f} docs/s", file=log)
    return records


def predict(docs: list[GoldDoc], pred_path: Optional[str] = None, system: str = "rufacts",
            pipeline: str = "default", log=sys.stderr) -> dict[str, list[Span]]:
    """Typed mentions per document id: from ``pred_path`` records, else by running ``system``."""
    return predictions_from_records(predict_records(docs, pred_path, system, pipeline, log))
