"""Experiment (not in the pipeline): for every PER row of tests/gold/names*.jsonl, the readings
analyze_name produced for the gold mention as the pipeline called it (its words and context hints),
each reading's solution (order of parts, case, gender, the chosen reading of each word), and which
reading equals the gold name. Writes one JSON object per row.

    PYTHONPATH=src python scripts/name_ranker/dump_candidates.py OUT.jsonl [FILES...]

The name readings are recorded by wrapping names_group.analyze_name and names._solutions in this
process only (analyze_name is called uncached so every call's solutions are seen).
"""
from __future__ import annotations

import glob
import json
import sys

import rufacts
from rufacts.entities import names, names_group
from rufacts.evaluation.names import _fold, predicted, read_gold

RAW = names.analyze_name.__wrapped__
ORIG_SOLUTIONS = names._solutions
SOLS: list = []
CALLS: list = []
CURRENT: dict = {}


def _rec_solutions(full, readings, cases=frozenset(), gender_hint=None, case_weight=names.HINT):
    out = ORIG_SOLUTIONS(full, readings, cases, gender_hint, case_weight)
    SOLS.append((list(full), out))
    return out


def _rec_words(span):
    CURRENT["span"] = (span.start_char, span.end_char)
    return names_group.name_words(span)


def _rec_analyze(morph, words, cases=frozenset(), gender_hint=None, case_weight=names.HINT):
    SOLS.clear()
    res = RAW(morph, words, cases, gender_hint, case_weight)
    CALLS.append({"span": CURRENT.get("span"), "words": list(words), "cases": sorted(cases),
                  "gender_hint": gender_hint, "case_weight": case_weight, "res": res,
                  "sols": list(SOLS)})
    return res


names.analyze_name = RAW  # uncached: inner calls' solutions are seen too
names._solutions = _rec_solutions
names_group.analyze_name = _rec_analyze
names_group._words = _rec_words


def _reading(r):
    if r is None:
        return None
    return {"role": r.role, "case": r.case, "gender": r.gender, "nom": r.nominative, "w": round(r.weight, 4)}


def _solution_keys(full, solutions, margin):
    """The distinct (first, middle, last, gender) of the solutions in the order analyze_name keeps
    them, each with its first (best) solution; within ``margin`` of the best (None: all)."""
    out = {}
    top = solutions[0][0]
    for s in solutions:
        if margin is not None and s[0] < top - margin:
            break
        g = s[3] if any(r is not None and r.gender for r in s[4]) else None
        key = (*names._parts_of(full, s[1], s[4]), g)
        out.setdefault(key, s)
    return out


def _eq(a, b):
    return _fold(a or None) == _fold(b or None)


def _matches(cand, row):
    first, middle, last = cand
    return _eq(first, row.get("first")) and _eq(middle, row.get("middle")) and _eq(last, row.get("last"))


def main():
    out_path, files = sys.argv[1], sys.argv[2:] or sorted(glob.glob("tests/gold/names*.jsonl"))
    with open(out_path, "w", encoding="utf-8") as out:
        for f in files:
            fname = f.split("/")[-1]
            for i, row in enumerate(read_gold(f)):
                if row["type"] != "PER":
                    continue
                CALLS.clear()
                article = rufacts.extract(row["text"])
                got = predicted(article, row)
                ok = got is not None and all(_fold(got[k]) == _fold(row.get(k))
                                             for k in ("name", "first", "middle", "last"))
                n_mentions = 0
                for p in article.persons:
                    if got is not None and p.name == got["name"]:
                        n_mentions = len(p.mentions)
                best, score = None, 0
                for c in CALLS:
                    if c["span"] is None:
                        continue
                    o = min(c["span"][1], row["stop"]) - max(c["span"][0], row["start"])
                    if o > score:
                        best, score = c, o
                rec = {"file": fname, "i": i, "writer": row.get("writer") or fname, "case": row.get("case"),
                       "gold": [row.get("first"), row.get("middle"), row.get("last")], "name": row.get("name"),
                       "ok": ok, "got": got, "n_mentions": n_mentions, "n_persons": len(article.persons)}
                if best is not None:
                    res = best["res"]
                    cands = [list(c) for c in res.candidates]
                    rec.update(words=best["words"], cases=best["cases"], gender_hint=best["gender_hint"],
                               case_weight=best["case_weight"], family_first=res.family_first,
                               top=[res.first, res.middle, res.last])
                    sols = best["sols"]
                    mapped = None
                    wide_gold = None
                    if sols:
                        full, solutions = sols[-1]
                        keys = _solution_keys(full, solutions, names.JOIN_MARGIN)
                        if len(keys) == len(cands):
                            mapped = [{"order": list(s[1]), "case": s[2], "gender": s[3], "full": full,
                                       "chosen": [_reading(r) for r in s[4]]} for s in keys.values()]
                        wide = _solution_keys(full, solutions, None)
                        wide_gold = [k[:3] for k in wide].index(tuple(rec["gold"])) \
                            if tuple(rec["gold"]) in [k[:3] for k in wide] else None
                        # against the candidates' own forms (initials, particles added after)
                        rec["n_wide"] = len(wide)
                    rec["cands"] = cands
                    rec["sol"] = mapped
                    rec["gold_idx"] = next((j for j, c in enumerate(cands) if _matches(c[1:4], row)), None)
                    rec["wide_gold_idx"] = wide_gold
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                out.flush()
            print(fname, flush=True)


if __name__ == "__main__":
    main()
