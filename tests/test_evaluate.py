"""Tests of the mention scorer in rufacts.evaluate."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rufacts.evaluation.mentions import (
    DEFAULT_MAPS,
    MODES,
    NEREL_MAP,
    GoldDoc,
    default_mapping,
    format_table,
    gold_predictions,
    load_gold,
    record_mentions,
    score,
    trim,
)

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"

TEXT = "Глава «Газпрома» Алексей Миллер прибыл в Москву 5 мая."
#       0123456789...
GAZPROM_Q = (TEXT.index("«"), TEXT.index("»") + 1)  # «Газпрома»
GAZPROM = (GAZPROM_Q[0] + 1, GAZPROM_Q[1] - 1)  # Газпрома
MILLER = (TEXT.index("Алексей"), TEXT.index(" прибыл"))
ALEXEY = (MILLER[0], MILLER[0] + len("Алексей"))
MOSCOW = (TEXT.index("Москву"), TEXT.index("Москву") + len("Москву"))
MAY = (TEXT.index("5 мая"), TEXT.index("5 мая") + len("5 мая"))


def doc(*spans: tuple[str, int, int], text: str = TEXT) -> GoldDoc:
    return GoldDoc("d1", text, list(spans))


# (name, gold spans, predicted spans, expected {mode: (tp, fp, fn)})
CASES = [
    ("exact hit", [("PER", *MILLER)], [("PER", *MILLER)],
     {"exact": (1, 0, 0), "exact_ws": (1, 0, 0), "partial": (1, 0, 0)}),
    ("quote off: exact miss, exact_ws hit", [("ORG", *GAZPROM_Q)], [("ORG", *GAZPROM)],
     {"exact": (0, 1, 1), "exact_ws": (1, 0, 0), "partial": (1, 0, 0)}),
    ("closing quote only", [("ORG", GAZPROM_Q[0], GAZPROM[1])], [("ORG", *GAZPROM_Q)],
     {"exact": (0, 1, 1), "exact_ws": (1, 0, 0), "partial": (1, 0, 0)}),
    ("trailing stop and space", [("DATE", *MAY)], [("DATE", MAY[0] - 1, MAY[1] + 1)],
     {"exact": (0, 1, 1), "exact_ws": (1, 0, 0), "partial": (1, 0, 0)}),
    ("overlap: partial hit only", [("PER", *MILLER)], [("PER", *ALEXEY)],
     {"exact": (0, 1, 1), "exact_ws": (0, 1, 1), "partial": (1, 0, 0)}),
    ("type mismatch", [("PER", *MILLER)], [("ORG", *MILLER)],
     {"exact": (0, 1, 1), "exact_ws": (0, 1, 1), "partial": (0, 1, 1)}),
    ("disjoint", [("LOC", *MOSCOW)], [("LOC", *MAY)],
     {"exact": (0, 1, 1), "exact_ws": (0, 1, 1), "partial": (0, 1, 1)}),
    ("one-to-one: two preds over one gold", [("PER", *MILLER)],
     [("PER", *ALEXEY), ("PER", ALEXEY[1] + 1, MILLER[1])],
     {"exact": (0, 2, 1), "exact_ws": (0, 2, 1), "partial": (1, 1, 0)}),
    ("one-to-one: exact pred plus overlapping pred", [("PER", *MILLER)],
     [("PER", *MILLER), ("PER", *ALEXEY)],
     {"exact": (1, 1, 0), "exact_ws": (1, 1, 0), "partial": (1, 1, 0)}),
    ("one-to-one: two golds trimmed alike, one pred", [("ORG", *GAZPROM_Q), ("ORG", *GAZPROM)],
     [("ORG", *GAZPROM)],
     {"exact": (1, 0, 1), "exact_ws": (1, 0, 1), "partial": (1, 0, 1)}),
    ("greedy by largest overlap", [("PER", *ALEXEY), ("PER", *MILLER)], [("PER", *MILLER)],
     {"exact": (1, 0, 1), "exact_ws": (1, 0, 1), "partial": (1, 0, 1)}),
    ("duplicate gold and pred spans counted once", [("LOC", *MOSCOW), ("LOC", *MOSCOW)],
     [("LOC", *MOSCOW), ("LOC", *MOSCOW)],
     {"exact": (1, 0, 0), "exact_ws": (1, 0, 0), "partial": (1, 0, 0)}),
    ("empty doc", [], [],
     {"exact": (0, 0, 0), "exact_ws": (0, 0, 0), "partial": (0, 0, 0)}),
    ("nothing predicted", [("LOC", *MOSCOW), ("PER", *MILLER)], [],
     {"exact": (0, 0, 2), "exact_ws": (0, 0, 2), "partial": (0, 0, 2)}),
]


@pytest.mark.parametrize("name,gold,pred,expected", CASES, ids=[c[0] for c in CASES])
def test_matching_modes(name, gold, pred, expected):
    report = score([doc(*gold)], {"d1": pred})
    assert report.docs == 1
    for mode in MODES:
        c = report.counts[mode]["micro"]
        assert (c.tp, c.fp, c.fn) == expected[mode], mode


def test_partial_greedy_prefers_largest_overlap():
    # gold A overlaps pred X by 3 and pred Y by 5; gold B overlaps only pred X.
    text = "x" * 40
    gold = [("PER", 0, 10), ("PER", 12, 20)]
    pred = [("PER", 7, 14), ("PER", 5, 11)]  # X: overlaps A by 3, B by 2; Y: A by 5
    report = score([GoldDoc("d", text, gold)], {"d": pred})
    c = report.counts["partial"]["micro"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)


def test_missing_doc_counts_as_empty_prediction():
    docs = [doc(("PER", *MILLER)), GoldDoc("d2", TEXT, [("LOC", *MOSCOW)])]
    report = score(docs, {"d1": [("PER", *MILLER)], "other": [("PER", 0, 5)]})
    assert report.docs == 2 and report.docs_without_predictions == 1
    micro = report.counts["exact"]["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (1, 0, 1)
    assert report.counts["exact"]["LOC"].recall == 0.0
    assert report.counts["exact"]["PER"].f1 == 1.0


def test_types_filter_in_score_and_per_type_rows():
    gold = [("PER", *MILLER), ("ORG", *GAZPROM_Q), ("FACILITY", *MOSCOW)]
    pred = [("PER", *MILLER), ("ORG", *GAZPROM), ("DATE", *MAY)]
    report = score([doc(*gold)], {"d1": pred}, types={"PER", "ORG"})
    assert report.types == ["PER", "ORG"]
    assert report.rows == ["PER", "ORG", "micro"]
    assert report.gold == {"PER": 1, "ORG": 1, "micro": 2}
    assert report.pred == {"PER": 1, "ORG": 1, "micro": 2}
    assert report.counts["exact"]["ORG"].precision == 0.0
    assert report.counts["exact_ws"]["ORG"].precision == 1.0
    assert report.counts["exact"]["micro"].f1 == pytest.approx(0.5)


def test_precision_recall_f1_values():
    gold = [("PER", *MILLER), ("LOC", *MOSCOW), ("DATE", *MAY)]
    pred = [("PER", *MILLER), ("LOC", *MAY)]
    c = score([doc(*gold)], {"d1": pred}).counts["exact"]["micro"]
    assert (c.precision, c.recall) == (0.5, pytest.approx(1 / 3))
    assert c.f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))


def test_trim():
    assert trim(TEXT, *GAZPROM_Q) == GAZPROM
    assert trim("a — «b» —", 1, 10) == (5, 6)
    assert trim("x\u00a0\u200bМосква.\u00a0", 1, 11) == (3, 9)
    assert trim("« »", 0, 3) == (0, 3)  # nothing left: unchanged


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return path


NEREL_DOC = {
    "id": "nerel/dev/1",
    "text": "Барак Обама в Вашингтоне, США. ФБР. 21 июня. 5 млн долларов. Белый дом.",
    "spans": [
        {"id": "T1", "type": "PERSON", "orig_type": "PERSON", "start": 0, "stop": 11},
        {"id": "T2", "type": "CITY", "orig_type": "CITY", "start": 14, "stop": 24},
        {"id": "T3", "type": "COUNTRY", "orig_type": "COUNTRY", "start": 26, "stop": 29},
        {"id": "T4", "type": "ORGANIZATION", "orig_type": "ORGANIZATION", "start": 31, "stop": 34},
        {"id": "T5", "type": "DATE", "orig_type": "DATE", "start": 36, "stop": 43},
        {"id": "T6", "type": "MONEY", "orig_type": "MONEY", "start": 45, "stop": 59},
        {"id": "T7", "type": "FACILITY", "orig_type": "FACILITY", "start": 61, "stop": 70},
        {"id": "T8", "type": "PERSON", "orig_type": "PERSON", "start": 0, "stop": 11},
    ],
}


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_load_gold_mapping_and_types(tmp_path, suffix):
    path = write_jsonl(tmp_path / f"gold{suffix}", [NEREL_DOC])
    raw = load_gold(path)
    assert len(raw) == 1 and raw[0].id == "nerel/dev/1"
    assert raw[0].text == NEREL_DOC["text"]
    # no mapping: types kept as is; the duplicate PERSON span counted once
    assert {t for t, _, _ in raw[0].spans} == {
        "PERSON", "CITY", "COUNTRY", "ORGANIZATION", "DATE", "MONEY", "FACILITY"}
    assert len(raw[0].spans) == 7
    mapped = load_gold(path, mapping=NEREL_MAP)
    assert mapped[0].spans == [
        ("PER", 0, 11), ("LOC", 14, 24), ("LOC", 26, 29), ("ORG", 31, 34),
        ("DATE", 36, 43), ("MONEY", 45, 59)]  # FACILITY unmapped: dropped
    only = load_gold(path, mapping=NEREL_MAP, types={"LOC", "PER"})
    assert only[0].spans == [("PER", 0, 11), ("LOC", 14, 24), ("LOC", 26, 29)]
    kept = load_gold(path, types={"FACILITY"})
    assert kept[0].spans == [("FACILITY", 61, 70)]


def test_default_maps():
    assert default_mapping("nerel/dev/1") is NEREL_MAP is DEFAULT_MAPS["nerel/"]
    assert default_mapping("factru/dev/book_58") is None


RECORD = {
    "id": "r1",
    "persons": [{"name": "Алексей Миллер", "mentions": [
        {"start": MILLER[0], "stop": MILLER[1], "text": "Алексей Миллер"}]}],
    "organizations": [{"name": "Газпром", "mentions": [
        {"start": GAZPROM[0], "stop": GAZPROM[1], "text": "Газпрома"}]}],
    "locations": [{"name": "Москва", "mentions": [
        {"start": MOSCOW[0], "stop": MOSCOW[1], "text": "Москву"},
        {"start": MOSCOW[0], "stop": MOSCOW[1], "text": "Москву"}]}],
    "dates": [{"start": MAY[0], "stop": MAY[1], "text": "5 мая", "value": "--05-05"}],
    "amounts": [
        {"start": 1, "stop": 3, "text": "..", "kind": "money", "value": 5, "unit": "RUB"},
        {"start": 4, "stop": 6, "text": "..", "kind": "area", "value": 5, "unit": "m2"},
        {"start": 7, "stop": 9, "text": "..", "kind": "percent", "value": 5, "unit": "%"},
        {"start": 60, "stop": 62, "text": "..", "kind": "mass", "value": 5, "unit": "t"},
    ],
    "sector_counts": [],
    "error": None,
}


def test_record_mentions():
    assert record_mentions(RECORD) == [
        ("MONEY", 1, 3), ("AREA", 4, 6), ("PERCENT", 7, 9), ("ORG", *GAZPROM), ("PER", *MILLER),
        ("LOC", *MOSCOW), ("DATE", *MAY), ("MEASURE", 60, 62)]
    assert record_mentions({"id": "x", "persons": [], "error": {"kind": "E"}}) == []


def test_report_json_and_table():
    report = score([doc(("PER", *MILLER), ("ORG", *GAZPROM_Q))],
                   {"d1": [("PER", *MILLER), ("ORG", *GAZPROM)]})
    data = report.as_json()
    json.dumps(data)
    assert data["docs"] == 1 and data["types"] == ["PER", "ORG"]
    assert data["modes"]["exact_ws"]["micro"]["f1"] == 1.0
    assert data["modes"]["exact"]["ORG"] == {
        "tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    table = format_table(report)
    lines = table.splitlines()
    assert lines[0] == "docs: 1"
    assert all(mode in lines[1] for mode in MODES)
    rows = [line.split()[0] for line in lines[4:]]
    assert rows == ["PER", "ORG", "micro"]
    assert len({len(line) for line in lines[2:]}) == 1  # aligned
    assert "100.0" in lines[4]


def test_factru_dev_scored_against_itself():
    path = EVAL_DIR / "factru-dev.jsonl"
    if not path.exists():
        pytest.skip(f"gold file not found: {path} (../shared/eval/ is not part of the repo)")
    docs = load_gold(path)
    assert len(docs) == 122
    report = score(docs, gold_predictions(docs))
    assert set(report.types) >= {"PER", "ORG", "LOC"}
    for mode in MODES:
        for row in report.rows:
            c = report.counts[mode][row]
            assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0), (mode, row)
    assert report.gold["micro"] == report.pred["micro"] == 2611 - 2  # 2 duplicates
