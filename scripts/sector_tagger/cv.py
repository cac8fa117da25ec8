"""python cv.py ALIGNED.jsonl RULES_DIR WORK_DIR [--folds 5] [--epochs 6] [--only K ...]:
cross-validation BY FILE over the training files: fold k holds out every 5th file
(sorted names, offset k), trains on the rest (train.py --no-dev) and scores (a)-(d) on
the held-out files pooled (evaluate.py's systems). The evaluation files are never used."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

import spacy

from common import HELD_OUT, read, train_files
from evaluate import SYSTEM_NAMES, SYSTEMS, combine, fmt, tagged
from rufacts.evaluation.sectors import score_sector_counts

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("aligned")
    ap.add_argument("rules")
    ap.add_argument("work")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--only", type=int, nargs="*")
    ap.add_argument("--dump")
    args = ap.parse_args()
    files = train_files(HELD_OUT)
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for k in range(args.folds):
        if args.only and k not in args.only:
            continue
        held = files[k::args.folds]
        model = os.path.join(args.work, f"cv-model-{k}")
        if not os.path.exists(model):
            subprocess.run([sys.executable, os.path.join(HERE, "train.py"), args.aligned, model,
                            "--epochs", str(args.epochs), "--no-dev", "--exclude", *held],
                           check=True)
        nlp = spacy.load(model)
        rows, systems = [], {x: {} for x in SYSTEMS}
        for name in held:
            part = read(name)
            out, ms = tagged(nlp, part)
            rules = {r["id"]: r["facts"] for r in map(
                json.loads, open(os.path.join(args.rules, "rules-" + name), encoding="utf-8"))}
            for r, (t, ents) in zip(part, out):
                new = combine(systems, r["id"], rules.get(r["id"], []), t, ents)
                if dump and new:
                    dump.write(json.dumps({"id": r["id"], "text": r["text"], "gold": [
                        [g["count"], g["object"], g["sector"], g["total"]] for g in r["sector_counts"]],
                        "new": [[f["count"], f["object"], f["sector"], f["total"]] for f in new]},
                        ensure_ascii=False) + "\n")
            rows += part
        print(f"fold {k}: {len(held)} files, {len(rows)} sentences: {' '.join(held)}")
        for x, label in SYSTEM_NAMES:
            print(f"  ({x}) {label:26s} {fmt(score_sector_counts(rows, systems[x])['exact'])}",
                  flush=True)


if __name__ == "__main__":
    main()
