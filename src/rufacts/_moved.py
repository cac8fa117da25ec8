"""Old module paths of rufacts 0.1 (before the package layout of folders), kept importable.

``import rufacts.worker`` or ``from rufacts.report import write_report`` still work: each old
name is the same module object as its new one, with a DeprecationWarning on first import.
"""
from __future__ import annotations

import sys

from ._compat import AliasFinder

MOVED = {
    "tokenizer": "components.tokenizer", "extensions": "components.extensions",
    "morph": "grammars.morph", "numbers": "grammars.numbers",
    "names": "entities.names", "normal": "entities.normal", "orgs": "entities.orgs",
    "roles": "entities.roles", "spans": "entities.spans", "article": "entities.article",
    "layout": "io.layout",
    "parallel": "batch.pool", "worker": "batch.worker", "dask_engine": "batch.dask_engine",
    "deadline": "batch.deadline", "progress": "batch.progress",
    "evaluate": "evaluation.mentions", "eval_entities": "evaluation.entities",
    "sector_score": "evaluation.sectors", "predict": "evaluation.predict",
    "baseline": "evaluation.baseline", "bench": "evaluation.bench",
    "report": "review.report",
}

_FINDER = AliasFinder({f"rufacts.{old}": f"rufacts.{new}" for old, new in MOVED.items()},
                      deprecated=True)


def install() -> None:
    """Make the old module paths importable; safe to call many times."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.append(_FINDER)
