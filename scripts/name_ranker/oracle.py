"""Experiment: how often the gold name is among analyze_name's readings of its mention (the oracle of
a re-ranker), from the output of dump_candidates.py.

    python scripts/name_ranker/oracle.py DUMP.jsonl [...] [-v]
"""
from __future__ import annotations

import collections
import json
import sys


def family(r):
    """A rough family of a row whose gold no reading has: what differs from the first reading."""
    if not r.get("cands"):
        return "no mention read (span not found)"
    top, gold = r["cands"][0][1:4], r["gold"]
    diff = [k for k, a, b in zip(("first", "middle", "last"), top, gold) if a != b]
    n = len([w for w in r["words"] if len(w.rstrip(".")) > 1])
    return f"{n} words, differs in {'+'.join(diff) or 'nothing (order/gender)'}"


def main():
    paths = [a for a in sys.argv[1:] if not a.startswith("-")]
    recs = [json.loads(line) for p in paths for line in open(p, encoding="utf-8")]
    c = collections.Counter()
    fam = collections.Counter()
    missing = []
    for r in recs:
        c["rows"] += 1
        c["pipe_ok"] += r["ok"]
        if not r.get("cands"):
            c["no_call"] += 1
            fam[family(r)] += 1
            missing.append(r)
            continue
        g = r["gold_idx"]
        c["top_ok"] += g == 0
        c["in_cands"] += g is not None
        c["in_wide"] += g is not None or r.get("wide_gold_idx") is not None
        c["wide_only"] += g is None and r.get("wide_gold_idx") is not None
        c["single"] += len(r["cands"]) == 1
        c["pipe_ok_top_wrong"] += r["ok"] and g != 0
        c["pipe_wrong_top_ok"] += (not r["ok"]) and g == 0
        c["ranking_errors"] += g is not None and g != 0
        c["ranking_errors_pipe_wrong"] += g is not None and g != 0 and not r["ok"]
        if g is None:
            fam[family(r)] += 1
            missing.append(r)
    n = c["rows"]
    for k, v in c.items():
        print(f"{k:28s} {v:5d}  {v / n:.4f}")
    print("gold not among the readings, by family:")
    for k, v in fam.most_common():
        print(f"  {v:4d}  {k}")
    if "-v" in sys.argv:
        for r in missing:
            print(" ", r["file"], r.get("words"), "gold", r["gold"], "cands",
                  [x[1:4] for x in r.get("cands") or []][:4], "ok" if r["ok"] else "WRONG")


if __name__ == "__main__":
    main()
