"""python align.py OUT.jsonl [FILE ...]: token spans of the gold sector counts.

Gold rows give normal forms, not spans. For each fact we look for
  COUNT  a run of number tokens whose rufacts reading (``count_value``) is the count,
  OBJECT a token whose counted-noun lemma (or any lemma) is the object,
  SECTOR a run of tokens matching the gold sector's words one by one (lemma, form, or a
         shared stem of all but the last 3 letters),
  TOTAL  a number run read as the total,
each the occurrence nearest the count. A sentence is ``ok`` (usable for training) when
every fact aligned and no token got two labels; a sentence with no facts is a negative.
A count that is also another fact's total keeps COUNT (the assembly reads "из них").
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from common import lemmas, number_span_ok, object_of, read, tokens, train_files, value_of
from common import words_spaces
from rufacts.grammars.sector_context import adjective_sectors, object_lemma
from rufacts.grammars.sector_words import forms


def number_spans(toks: list, value: int) -> list[tuple[int, int]]:
    """Maximal runs (<= 5 tokens) read as ``value``."""
    found = []
    for i in range(len(toks)):
        for j in range(min(len(toks), i + 5), i, -1):
            span = toks[i:j]
            if number_span_ok(span) and value_of(span) == value:
                found.append((i, j))
                break
    # drop runs inside a longer one ("двадцать одно": not "одно")
    return [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]


def object_tokens(toks: list, obj: str) -> list[int]:
    obj = obj.lower().replace("ё", "е")
    out = []
    for k, t in enumerate(toks):
        names = {(object_of(t) or "").lower().replace("ё", "е")}
        if forms(t):
            names.add((object_lemma(t) or "").lower())
        names |= lemmas(t)
        if obj in names:
            out.append(k)
    return out


def _word_match(token, word: str, lemma_set: set[str]) -> bool:
    mine = lemmas(token)
    if mine & lemma_set:
        return True
    a, b = token.value.lower().replace("ё", "е"), word.lower().replace("ё", "е")
    stem = max(4, len(b) - 3)
    return len(a) >= stem and len(b) >= stem and a[:stem] == b[:stem]


def sector_spans(toks: list, sector: str) -> list[tuple[int, int]]:
    words = tokens(sector)
    if not words:
        return []
    wanted = [(w.value, lemmas(w)) for w in words]
    n = len(wanted)
    return [(i, i + n) for i in range(len(toks) - n + 1)
            if all(_word_match(toks[i + k], *wanted[k]) for k in range(n))]


def adjective_spans(toks: list, sector: str, obj: str | None) -> list[tuple[int, int]]:
    """Sector adjectives and compound prefixes the rules read as a sector
    ("целлюлозно-бумажных комбинатов" -> целлюлозно-бумажная промышленность)."""
    want = sector.lower().replace("ё", "е")
    out = []
    for k, t in enumerate(toks):
        try:
            names = adjective_sectors([t], obj)
        except Exception:
            names = []
        if any(n.lower().replace("ё", "е") == want for n in names):
            out.append((k, k + 1))
    return out


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 0 if a[0] < b[1] and b[0] < a[1] else min(abs(a[0] - b[1]), abs(b[0] - a[1]))


def align(record: dict) -> dict:
    text = record["text"]
    toks = tokens(text)
    words, spaces = words_spaces(toks, text)
    facts = record["sector_counts"]
    labels: dict[int, str] = {}
    spans: set[tuple[int, int, str]] = set()
    parts = Counter()
    used_counts: set[tuple[int, int]] = set()
    conflict = False
    all_ok = True
    detail = []
    for fact in facts:
        counts = number_spans(toks, fact["count"])
        objs = object_tokens(toks, fact["object"])
        pairs = sorted(((_dist(c, (o, o + 1)) + (2 if o < c[0] else 0) + (50 if c in used_counts else 0), c, o)
                        for c in counts for o in objs), key=lambda x: x[0])
        count = pairs[0][1] if pairs else (counts[0] if counts else None)
        obj = pairs[0][2] if pairs else (objs[0] if objs else None)
        anchor = count or ((obj, obj + 1) if obj is not None else None)
        sectors = sector_spans(toks, fact["sector"]) or adjective_spans(
            toks, fact["sector"], fact["object"])
        sector = min(sectors, key=lambda s: _dist(s, anchor)) if sectors and anchor else (
            sectors[0] if sectors else None)
        total = None
        if fact["total"] is not None:
            totals = [s for s in number_spans(toks, fact["total"]) if s != count]
            total = min(totals, key=lambda s: _dist(s, anchor)) if totals and anchor else None
        ok = {"count": count is not None, "object": obj is not None,
              "sector": sector is not None,
              "total": fact["total"] is None or total is not None}
        for k, v in ok.items():
            parts[k] += v
        fine = all(ok.values())
        parts["fact"] += fine
        all_ok &= fine
        if count:
            used_counts.add(count)
        detail.append({"count": count, "object": obj, "sector": sector, "total": total})
        if not fine:
            continue
        for span, label in ((count, "COUNT"), ((obj, obj + 1), "OBJECT"), (sector, "SECTOR"),
                            (total, "TOTAL")):
            if span is not None:
                spans.add((span[0], span[1], label))
    # a number both COUNT and TOTAL: COUNT
    counted = {(s, e) for s, e, lab in spans if lab == "COUNT"}
    spans = {x for x in spans if not (x[2] == "TOTAL" and (x[0], x[1]) in counted)}
    for s, e, label in sorted(spans):
        for k in range(s, e):
            if labels.get(k, label) != label:
                conflict = True
            labels[k] = label
    # two different extents of one label overlapping
    ordered = sorted(spans)
    for a, b in zip(ordered, ordered[1:]):
        if a[1] > b[0]:
            conflict = True
    return {"id": record["id"], "words": words, "spaces": spaces, "ents": sorted(spans),
            "facts": len(facts), "parts": dict(parts), "ok": all_ok and not conflict,
            "conflict": conflict, "detail": detail}


def main(out: str, names: list[str]) -> None:
    totals = Counter()
    with open(out, "w", encoding="utf-8") as fh:
        for name in names:
            for record in read(name):
                row = align(record)
                row["file"] = name
                totals["sentences"] += 1
                totals["facts"] += row["facts"]
                totals["negatives"] += row["facts"] == 0
                for k, v in row["parts"].items():
                    totals[k] += v
                totals["ok"] += row["ok"]
                totals["ok_pos"] += row["ok"] and row["facts"] > 0
                totals["conflict"] += row["conflict"]
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    facts = totals["facts"]
    print(dict(totals))
    for k in ("count", "object", "sector", "total", "fact"):
        print(f"{k:7s} aligned {totals[k]}/{facts} = {100 * totals[k] / facts:.1f}%")
    pos = totals["sentences"] - totals["negatives"]
    print(f"positive sentences fully aligned: {totals['ok_pos']}/{pos} = "
          f"{100 * totals['ok_pos'] / pos:.1f}%")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or train_files())  # every allowed file
