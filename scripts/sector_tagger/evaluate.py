"""python evaluate.py MODEL_DIR RULES_DIR FILE ... : exact sector-count P/R/F1
(rufacts.evaluation.sectors) of
  (a) the rules (cached by rule_preds.py as RULES_DIR/rules-<file>.jsonl),
  (b) the tagger alone (spans -> rufacts.grammars.sector_learned_assembly),
  (c) the rules + tagger facts whose count number the rules did not give in that sentence,
  (d) the rules less facts whose count number the tagger did not tag COUNT;
(c1)-(c3) the gates; with several files, the figures pooled and the tp/fp each system adds to the
rules'; and the tagger's token-span P/R on the sentences aligned by align.py (--aligned FILE).
``--oracle`` instead assembles the ALIGNED gold spans (the ceiling of the assembly);
``--all-objects`` assembles facts of any OBJECT (not only ``counted_noun`` s)."""
from __future__ import annotations

import argparse
import json
import os
import time

import spacy

from common import read, tokens
from rufacts.evaluation.sectors import score_sector_counts
from rufacts.components.sector_learned import tag
from rufacts.grammars.sector_learned_assembly import assemble, count_values


SYSTEM_NAMES = (("a", "rules"), ("b", "tagger"), ("c", "rules+tagger new counts"),
                ("d", "rules filtered by tagger"), ("c1", "c, only where rules gave none"),
                ("c2", "c, only where rules gave some"),
                ("c3", "c1 + c2 less wholes"))
SYSTEMS = [k for k, _ in SYSTEM_NAMES]


def combine(systems: dict, rid: str, ruled: list, t, ents, counted_only: bool = True) -> list:
    """Fill every system's facts for one sentence from the rules' facts and the tagger's spans
    (a: rules, b: tagger, c: rules + the tagger's new counts, d: rules the tagger confirms,
    c1/c2: (c) only where the rules gave none / some, c3: c without wholes); the new facts."""
    mine = assemble(t, ents, counted_only)
    have = {f["count"] for f in ruled}
    tagged_counts = count_values(t, ents)
    new = [f for f in mine if f["count"] not in have]
    systems["a"][rid] = ruled
    systems["b"][rid] = mine
    systems["c"][rid] = ruled + new
    systems["d"][rid] = [f for f in ruled if f["count"] in tagged_counts]
    systems["c1"][rid] = ruled + (new if not ruled else [])
    systems["c2"][rid] = ruled + (new if ruled else [])
    systems["c3"][rid] = ruled + [f for f in new if not ruled or not f["whole"]]
    return new


def fmt(s: dict) -> str:
    return (f"P {100 * s['precision']:.1f} R {100 * s['recall']:.1f} F1 {100 * s['f1']:.1f} "
            f"(tp {s['tp']} fp {s['fp']} fn {s['fn']})")


def tagged(nlp, rows: list[dict]):
    """(tokens, ents) per row, and ms per sentence of the tagger (tokens excluded)."""
    toks = [tokens(r["text"]) for r in rows]
    start = time.perf_counter()
    ents = [tag(nlp, [t], r["text"])[0] for t, r in zip(toks, rows)]  # as the pipeline tags
    ms = 1000 * (time.perf_counter() - start) / max(1, len(rows))
    return list(zip(toks, ents)), ms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("rules")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--aligned")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--dump")
    ap.add_argument("--all-objects", action="store_true",
                    help="assemble facts of any OBJECT (not only counted nouns)")
    args = ap.parse_args()
    pooled_rows, pooled = [], {k: {} for k in SYSTEMS}
    nlp = None if args.oracle else spacy.load(args.model)
    aligned = {}
    if args.aligned:
        aligned = {r["id"]: r for r in map(json.loads, open(args.aligned, encoding="utf-8"))}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for name in args.files:
        rows = read(name)
        if args.oracle:
            rows = [r for r in rows if aligned.get(r["id"], {}).get("ok")]
            out = [(tokens(r["text"]), [tuple(e) for e in aligned[r["id"]]["ents"]])
                   for r in rows]
            preds = {r["id"]: assemble(t, e, not args.all_objects) for r, (t, e) in zip(rows, out)}
            if dump:
                from rufacts.evaluation.sectors import mismatches
                for m in mismatches(rows, preds):
                    dump.write(json.dumps(m, ensure_ascii=False) + "\n")
            print(f"{name} ORACLE spans ({len(rows)} aligned sentences): "
                  f"{fmt(score_sector_counts(rows, preds)['exact'])}")
            continue
        out, ms = tagged(nlp, rows)
        rule_path = os.path.join(args.rules, "rules-" + os.path.basename(name))
        rules = {r["id"]: r["facts"] for r in map(json.loads, open(rule_path, encoding="utf-8"))}
        systems = {k: {} for k in SYSTEMS}
        for r, (t, ents) in zip(rows, out):
            new = combine(systems, r["id"], rules.get(r["id"], []), t, ents,
                          not args.all_objects)
            if dump:
                dump.write(json.dumps({"id": r["id"], "text": r["text"], "gold": r["sector_counts"],
                                       "rules": systems["a"][r["id"]], "tagger": systems["b"][r["id"]],
                                       "ents": [(" ".join(x.value for x in t[s:e]), lab)
                                                for s, e, lab in ents]},
                                      ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} sentences, tagger {ms:.1f} ms/sentence")
        for k, label in SYSTEM_NAMES:
            print(f"  ({k}) {label:26s} {fmt(score_sector_counts(rows, systems[k])['exact'])}")
        pooled_rows += rows
        for k in SYSTEMS:
            pooled[k].update(systems[k])
        if aligned:
            from train import span_prf
            ok = [aligned[r["id"]] for r in rows if aligned.get(r["id"], {}).get("ok")]
            print(f"  tagger spans on {len(ok)} aligned sentences: "
                  + json.dumps(span_prf(nlp, ok), ensure_ascii=False))
    if len(args.files) > 1 and pooled_rows:
        print(f"pooled: {len(pooled_rows)} sentences")
        base = score_sector_counts(pooled_rows, pooled["a"])["exact"]
        for k, label in SYSTEM_NAMES:
            s = score_sector_counts(pooled_rows, pooled[k])["exact"]
            added = "" if k == "b" else (
                f" added tp {s['tp'] - base['tp']:+d} fp {s['fp'] - base['fp']:+d}")
            print(f"  ({k}) {label:26s} {fmt(s)}{added}")


if __name__ == "__main__":
    main()
