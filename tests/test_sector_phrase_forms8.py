"""Sector phrase normal forms (w69, second round): "услуги" + a genitive or a "по"-phrase
stays in the sector, fused trades' adjectives go to the noun phrases the gold writes, a
part that names its whole's fused trade by the bare activity takes the whole's sector, a
hyphenated compound noun goes to the nominative as a whole, "для жителей" is who is
served, and the scorer reads ё as е. Real pipelines, sentences written for the tests."""
from __future__ import annotations

import pytest

import rufacts


def counts(text: str) -> set[tuple]:
    record = rufacts.extract(text).as_json()
    return {(s["count"], s["object"], s["sector"], s.get("total"))
            for s in record.get("sector_counts", [])}


# --- the scorer reads ё as е ----------------------------------------------------------
def test_the_scorer_reads_yo_as_ye():
    from rufacts.evaluation.sectors import mismatches, score_sector_counts

    gold = [{"id": "a", "text": "", "sector_counts": [
        {"count": 17, "object": "девелопер", "sector": "жильё", "total": None,
         "okved": ["41"]}]}]
    found = {"a": [{"count": 17, "object": "девелопер", "sector": "жилье", "total": None,
                    "okved": ["41"]}]}
    scores = score_sector_counts(gold, found)
    assert scores["exact"]["f1"] == 1.0 and scores["okved"]["correct"] == 1
    assert not mismatches(gold, found)
    other = {"a": [{"count": 17, "object": "девелопер", "sector": "жилище", "total": None}]}
    assert score_sector_counts(gold, other)["exact"]["tp"] == 0
