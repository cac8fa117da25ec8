"""Score typed entity mentions against gold JSONL (the ``../shared/eval/`` format).

Gold files hold one document per line: ``{"id", "text", "spans": [{"type",
"start", "stop", ...}]}``. Predictions are ``(type, start, stop)`` triples per
document id, usually taken from our JSON records with :func:`record_mentions`.

Three matching modes are reported side by side:

``exact``
    same type, same start and same stop.
``exact_ws``
    same type and the same span after trimming whitespace, invisible format
    characters and edge punctuation (quotes, brackets, ``.,;:!?``, dashes)
    from both ends of both spans, using the document text. NEREL spans often
    include the quotes around a title; factRuEval spans leave out a closing
    quote; this mode forgives both.
``partial``
    same type and an overlap of at least one character. Matching is one to
    one: candidate pairs are taken greedily by largest overlap (ties: the
    tighter pair, then text order), each gold and each predicted mention is
    used at most once.

Identical ``(type, start, stop)`` triples are counted once per document, in
gold and in predictions alike. Precision, recall and F1 are 0.0 where their
denominator is 0.

The module needs only the standard library (and rufacts.io to read compressed files).
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..io.compressed import read_json_objects

Span = tuple[str, int, int]
"""A typed mention: ``(type, start, stop)``, Python offsets, stop exclusive."""

MODES: tuple[str, ...] = ("exact", "exact_ws", "partial")

NEREL_MAP: dict[str, str] = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "CITY": "LOC",
    "COUNTRY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "LOCATION": "LOC",
    "DISTRICT": "LOC",
    "DATE": "DATE",
    "MONEY": "MONEY",
}

DEFAULT_MAPS: dict[str, dict[str, str]] = {"nerel/": NEREL_MAP}
"""Type mapping per document-id prefix. factRuEval types (PER, ORG, LOC) need none."""

DEFAULT_TYPES: frozenset[str] = frozenset({"PER", "ORG", "LOC", "DATE", "MONEY", "PERCENT",
                                           "AREA", "COUNT", "MEASURE"})
"""The types rufacts predicts; gold PROJECT, FACILITY etc. fall outside it."""

TYPE_ORDER: tuple[str, ...] = ("PER", "ORG", "LOC", "DATE", "MONEY", "PERCENT", "AREA", "COUNT",
                                "MEASURE")

EDGE_PUNCT = frozenset(
    "«»\"„“”‟'‘’‚‹›"  # quotes
    "()[]{}<>"  # brackets
    ".,;:!?…"  # stops
    "-‐‑‒–—―−"  # hyphen, dashes, minus
)


@dataclass
class GoldDoc:
    """One gold document: its id, text and deduplicated typed spans."""

    id: str
    text: str
    spans: list[Span] = field(default_factory=list)


def default_mapping(doc_id: str) -> dict[str, str] | None:
    """The :data:`DEFAULT_MAPS` entry whose prefix starts ``doc_id``, else None."""
    for prefix, mapping in DEFAULT_MAPS.items():
        if doc_id.startswith(prefix):
            return mapping
    return None


def load_gold(
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    types: Iterable[str] | None = None,
) -> list[GoldDoc]:
    """Read gold documents from a JSONL file.

    Each span's ``type`` (for NEREL equal to its ``orig_type``) is mapped
    through ``mapping``: without a mapping every type is kept as is, with one
    unmapped types are dropped. The result is then restricted to ``types``
    (None keeps all). Identical ``(type, start, stop)`` spans count once.
    """
    wanted = set(types) if types is not None else None
    docs: list[GoldDoc] = []
    for obj in read_json_objects(path):
        spans: set[Span] = set()
        for span in obj.get("spans") or ():
            label = span["type"]
            if mapping is not None:
                label = mapping.get(label)
                if label is None:
                    continue
            if wanted is not None and label not in wanted:
                continue
            spans.add((label, int(span["start"]), int(span["stop"])))
        docs.append(GoldDoc(str(obj["id"]), obj["text"], sorted(spans, key=_span_key)))
    return docs


def _span_key(span: Span) -> tuple[int, int, str]:
    return (span[1], span[2], span[0])


def gold_predictions(docs: Iterable[GoldDoc]) -> dict[str, list[Span]]:
    """Gold spans in the predictions format (scoring them gives 1.0 everywhere)."""
    return {doc.id: list(doc.spans) for doc in docs}


def _offsets(items: Any) -> Iterable[tuple[int, int]]:
    for item in items or ():
        if isinstance(item, Mapping) and "start" in item and "stop" in item:
            yield int(item["start"]), int(item["stop"])


AMOUNT_TYPES: dict[str, str] = {"money": "MONEY", "percent": "PERCENT", "area": "AREA",
                                 "count": "COUNT"}
"""Amount kinds as scored types; every other kind (length, mass, ...) is MEASURE."""


def by_name(mentions):
    """Mentions by name: places said as adjectives (``form`` "adjective": "российский")
    are left out of scoring, as the gold corpora mark them only inside other names."""
    return [m for m in mentions or () if not (isinstance(m, Mapping) and m.get("form") == "adjective")]


def record_mentions(record: Mapping[str, Any], duration_as: str = "DURATION") -> list[Span]:
    """Typed mentions of one rufacts JSON record, in text order, without duplicates.

    PER, ORG and LOC come from ``persons``/``organizations``/``locations``
    ``[].mentions``; DATE from ``dates``; MONEY, PERCENT, AREA and COUNT from ``amounts``
    of those kinds, other kinds are MEASURE; amounts of kind ``duration`` are scored as
    ``duration_as`` (DURATION, which no gold file has, unless NEREL's view is asked for:
    ``rufacts eval --durations-as-date`` scores them as DATE, hours and minutes as TIME).
    """
    found: set[Span] = set()
    for key, label in (("persons", "PER"), ("organizations", "ORG"), ("locations", "LOC")):
        for entity in record.get(key) or ():
            for start, stop in _offsets(by_name(entity.get("mentions"))):
                found.add((label, start, stop))
    for start, stop in _offsets(record.get("dates")):
        found.add(("DATE", start, stop))
    for amount in record.get("amounts") or ():
        label = AMOUNT_TYPES.get(amount.get("kind"), "MEASURE" if amount.get("kind") else None)
        if amount.get("kind") == "duration":  # hours and minutes: NEREL's TIME
            label = "TIME" if duration_as == "DATE" and amount.get("unit") in (
                "hour", "minute") else duration_as
        if label is not None:
            for start, stop in _offsets([amount]):
                found.add((label, start, stop))
    return sorted(found, key=_span_key)


def predictions_from_records(records: Iterable[Mapping[str, Any]],
                             duration_as: str = "DURATION") -> dict[str, list[Span]]:
    """``{record id: record_mentions(record)}`` for a stream of records."""
    return {str(rec["id"]): record_mentions(rec, duration_as) for rec in records}


# --------------------------------------------------------------------------- matching


def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch in EDGE_PUNCT or unicodedata.category(ch) == "Cf"


def trim(text: str, start: int, stop: int) -> tuple[int, int]:
    """Offsets of ``text[start:stop]`` without edge whitespace/punctuation.

    A span made only of such characters is returned unchanged.
    """
    lo, hi = max(start, 0), min(stop, len(text))
    while lo < hi and _trimmable(text[lo]):
        lo += 1
    while hi > lo and _trimmable(text[hi - 1]):
        hi -= 1
    return (lo, hi) if lo < hi else (start, stop)


def _match_exact(gold: list[Span], pred: list[Span]) -> int:
    return len(set(gold) & set(pred))


def _match_exact_ws(text: str, gold: list[Span], pred: list[Span]) -> int:
    def bag(spans: list[Span]) -> Counter:
        return Counter((t, *trim(text, s, e)) for t, s, e in spans)

    g, p = bag(gold), bag(pred)
    return sum(min(n, p[key]) for key, n in g.items())


def _match_partial(gold: list[Span], pred: list[Span]) -> int:
    pairs: list[tuple[int, int, int, int]] = []
    for gi, (gt, gs, ge) in enumerate(gold):
        for pi, (pt, ps, pe) in enumerate(pred):
            if gt != pt:
                continue
            overlap = min(ge, pe) - max(gs, ps)
            if overlap >= 1:
                union = max(ge, pe) - min(gs, ps)
                pairs.append((-overlap, union, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


# --------------------------------------------------------------------------- report


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_json(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Report:
    """Scores per mode and type; ``counts[mode]['micro']`` sums over types."""

    types: list[str]
    counts: dict[str, dict[str, Counts]]
    gold: dict[str, int]
    pred: dict[str, int]
    docs: int
    docs_without_predictions: int = 0

    @property
    def rows(self) -> list[str]:
        """Row labels: each type, then ``micro``."""
        return [*self.types, "micro"]

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict: docs, types, gold/pred counts and per-mode scores."""
        return {
            "docs": self.docs,
            "docs_without_predictions": self.docs_without_predictions,
            "types": list(self.types),
            "gold": {row: self.gold[row] for row in self.rows},
            "pred": {row: self.pred[row] for row in self.rows},
            "modes": {mode: {row: self.counts[mode][row].as_json() for row in self.rows}
                      for mode in MODES},
        }


def _order_types(types: Iterable[str]) -> list[str]:
    rank = {t: i for i, t in enumerate(TYPE_ORDER)}
    return sorted(set(types), key=lambda t: (rank.get(t, len(rank)), t))


def score(
    gold_docs: Iterable[GoldDoc],
    predictions: Mapping[str, Iterable[Span]],
    types: Iterable[str] | None = None,
) -> Report:
    """Score ``predictions`` (doc id -> typed mentions) against ``gold_docs``.

    Only types in ``types`` are scored, in gold and predictions alike; None
    means every type seen in either. Gold documents missing from
    ``predictions`` count as empty predictions; predictions for ids not in the
    gold are ignored.
    """
    wanted = set(types) if types is not None else None
    per_doc: list[tuple[GoldDoc, list[Span], list[Span]]] = []
    seen: set[str] = set()
    missing = 0
    for doc in gold_docs:
        if doc.id not in predictions:
            missing += 1
        gold = {s for s in doc.spans if wanted is None or s[0] in wanted}
        pred = {(str(t), int(s), int(e)) for t, s, e in predictions.get(doc.id, ())}
        pred = {s for s in pred if wanted is None or s[0] in wanted}
        seen.update(s[0] for s in gold | pred)
        per_doc.append((doc, sorted(gold, key=_span_key), sorted(pred, key=_span_key)))

    labels = _order_types(wanted if wanted is not None else seen)
    counts = {mode: {t: Counts() for t in [*labels, "micro"]} for mode in MODES}
    n_gold = Counter({t: 0 for t in labels})
    n_pred = Counter({t: 0 for t in labels})
    for doc, gold, pred in per_doc:
        for label in labels:
            g = [s for s in gold if s[0] == label]
            p = [s for s in pred if s[0] == label]
            n_gold[label] += len(g)
            n_pred[label] += len(p)
            if not g and not p:
                continue
            tps = {
                "exact": _match_exact(g, p),
                "exact_ws": _match_exact_ws(doc.text, g, p),
                "partial": _match_partial(g, p),
            }
            for mode, tp in tps.items():
                c = Counts(tp, len(p) - tp, len(g) - tp)
                counts[mode][label].add(c)
                counts[mode]["micro"].add(c)
    gold_totals = {t: n_gold[t] for t in labels}
    pred_totals = {t: n_pred[t] for t in labels}
    gold_totals["micro"] = sum(n_gold.values())
    pred_totals["micro"] = sum(n_pred.values())
    return Report(labels, counts, gold_totals, pred_totals, len(per_doc), missing)


def format_table(report: Report, digits: int = 1) -> str:
    """An aligned plain-text table: rows per type and micro; P/R/F1 (%) per mode."""
    head = ["type", "gold", "pred"] + ["P", "R", "F1"] * len(MODES)
    body = []
    for row in report.rows:
        cells = [row, str(report.gold[row]), str(report.pred[row])]
        for mode in MODES:
            c = report.counts[mode][row]
            cells += [f"{100 * v:.{digits}f}" for v in (c.precision, c.recall, c.f1)]
        body.append(cells)
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(3)]
    num = max(len(cell) for r in [head, *body] for cell in r[3:])  # one width for all scores
    block = 3 * num + 4  # three score columns joined by two spaces each

    def fmt(cells: list[str]) -> str:
        out = "  ".join([cells[0].ljust(widths[0]),
                         cells[1].rjust(widths[1]), cells[2].rjust(widths[2])])
        for k in range(len(MODES)):
            out += " | " + "  ".join(c.rjust(num) for c in cells[3 + 3 * k: 6 + 3 * k])
        return out

    top = " " * (sum(widths) + 4) + "".join(" | " + m.center(block) for m in MODES)
    missing = report.docs_without_predictions
    lines = [f"docs: {report.docs}" + (f" ({missing} without predictions)" if missing else ""),
             top.rstrip(), fmt(head)]
    lines.append("-" * len(lines[-1]))
    lines += [fmt(cells) for cells in body]
    return "\n".join(lines)
