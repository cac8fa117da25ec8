"""Helpers shared by the sector test files (tests/test_sector_*.py): the sector counts of a
text read through the public API, as tuples to compare with a test's expectation."""
from __future__ import annotations

import rufacts


def counts(text: str) -> set[tuple]:
    """(count, object, sector, total) of every sector count of ``text``."""
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


def counts_without_total(text: str) -> set[tuple]:
    """(count, object, sector) of every sector count of ``text``."""
    return {item[:3] for item in counts(text)}
