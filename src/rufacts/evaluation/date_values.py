"""Score date values and durations against a gold file of expected values
(``tests/gold/dates.jsonl``): values, not only spans, are scored exactly.

Each gold line: ``{"id", "part", "text", "meta", "dates": [{"start", "stop", "text",
"value", "kind"}], "durations": [{"start", "stop", "text", "iso"}]}``. A predicted date
(``record["dates"]``) or duration (``record["amounts"]`` of kind ``duration``) is a
true positive when it overlaps an unused gold item of the same group and has the same
``(value, kind)`` (dates) or ``duration`` (durations); everything else found is a false
positive and every gold item left a false negative (a wrong value is both).
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

from .mentions import Counts

Item = tuple[int, int, tuple]


def gold_items(gold: Mapping[str, Any]) -> list[Item]:
    items = [(d["start"], d["stop"], ("date", d["value"], d["kind"])) for d in gold.get("dates", ())]
    items += [(d["start"], d["stop"], ("duration", d["iso"])) for d in gold.get("durations", ())]
    return items


def predicted_items(record: Mapping[str, Any]) -> list[Item]:
    items = [(d["start"], d["stop"], ("date", d.get("value"), d.get("kind", "point")))
             for d in record.get("dates") or ()]
    items += [(a["start"], a["stop"], ("duration", a.get("duration")))
              for a in record.get("amounts") or () if a.get("kind") == "duration"]
    return items


def match(gold: list[Item], pred: list[Item]) -> tuple[Counts, list[tuple[Optional[Item], Optional[Item]]]]:
    """Counts and the (gold, predicted) pairs: matched, wrong value, missed or extra."""
    pairs = sorted(((-(min(g[1], p[1]) - max(g[0], p[0])), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if g[2][0] == p[2][0] and min(g[1], p[1]) > max(g[0], p[0])))
    used_g: dict[int, int] = {}
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g[gi] = pi
            used_p.add(pi)
    counts, out = Counts(), []
    for gi, g in enumerate(gold):
        pi = used_g.get(gi)
        if pi is not None and pred[pi][2] == g[2]:
            counts.tp += 1
            out.append((g, pred[pi]))
        else:
            counts.fn += 1
            out.append((g, pred[pi] if pi is not None else None))
            if pi is not None:
                counts.fp += 1
    for pi, p in enumerate(pred):
        if pi not in used_p:
            counts.fp += 1
            out.append((None, p))
    return counts, out


def score_values(gold: Iterable[Mapping[str, Any]], records: Mapping[str, Mapping[str, Any]],
                 part: Optional[str] = None) -> Counts:
    """Summed counts over the gold lines (of one ``part`` if given)."""
    total = Counts()
    for line in gold:
        if part is not None and line.get("part") != part:
            continue
        counts, _ = match(gold_items(line), predicted_items(records.get(line["id"], {})))
        total.add(counts)
    return total
