"""Experiment: a linear re-ranker of analyze_name's readings (conditional logit, numpy only),
scored leave-one-writer-out against the current hand-set scores.

    PYTHONPATH=src python scripts/name_ranker/lowo.py DUMP.jsonl [--l2 X] [--feats base,hint,parts,ends,tr]

DUMP is the output of dump_candidates.py. Each fold trains on every writer but one (rows whose gold
is among the readings) and picks the best-scored reading for each row of the held-out writer; the
baseline is analyze_name's own first reading. A row is right when the picked reading's
(first, middle, last) is the gold's. Figures: mention-level accuracy of both, fixes and breaks per
writer; the pipeline's own (whole-article) accuracy for reference.
"""
from __future__ import annotations

import argparse
import collections
import json

import numpy as np

from rufacts.entities.first_names import name_class
from rufacts.morph import get_morph

MORPH = get_morph()


def _bucket(w):
    if w is None:
        return "none"
    if w < 0:
        return "neg"
    if w <= 0.36:
        return "le035"
    if w <= 0.5:
        return "le05"
    if w < 1.0:
        return "lt1"
    if w < 1.05:
        return "eq1"
    return "gt1"


def _tail(word, nom):
    """The change from the written word to the nominative: the letters after their common prefix."""
    word, nom = word.lower(), (nom or "").lower()
    k = 0
    while k < min(len(word), len(nom)) and word[k] == nom[k]:
        k += 1
    return f"{word[k:]}>{nom[k:]}"


def featurize(rec, kinds):
    cands = rec["cands"]
    top = cands[0][0]
    cases = set(rec.get("cases") or ())
    hint = rec.get("gender_hint")
    out = []
    for j, c in enumerate(cands):
        score, first, middle, last, gender = c
        f = {"score": score}
        if "base" in kinds:
            f["margin"] = top - score
            f[f"rank={min(j, 3)}"] = 1.0
            f[f"ncands={min(len(cands), 5)}"] = 1.0
            f[f"gen={gender}"] = 1.0
            f[f"shape={int(first is not None)}{int(middle is not None)}{int(last is not None)}"] = 1.0
            f[f"initial={int(bool(first and first.endswith('.')))}"] = 1.0
        sol = rec["sol"][j] if rec.get("sol") else None
        if sol is None:
            out.append(f)
            continue
        case, g, order = sol["case"], sol["gender"], "-".join(sol["order"])
        if "base" in kinds:
            f[f"order={order}"] = 1.0
            f[f"case={case}"] = 1.0
            f[f"case={case}:gen={g}"] = 1.0
        if "hint" in kinds:
            f["h_case"] = float(case in cases)
            f["h_casegen"] = float(f"{case}:{g}" in cases)
            f["h_nocases"] = float(not cases)
            f["h_case_prep"] = float(case in cases and rec.get("case_weight", 0.3) > 0.4)
            f["h_subj"] = float(hint == g)
            f["h_subj_other"] = float(hint is not None and hint != g)
            f["h_pron"] = float(f"gender:{g}" in cases)
            f["h_pron_other"] = float(any(x.startswith("gender:") for x in cases) and f"gender:{g}" not in cases)
            f["h_agree"] = float(f"agree:{case}:{g}" in cases)
            f["h_noloct"] = float(case == "loct" and "noloct" in cases)
            f["h_onlynomn"] = float(case != "nomn" and "onlynomn" in cases)
            f[f"h_case={case}:in={int(case in cases)}"] = 1.0
        for word, role, r in zip(sol["full"], sol["order"], sol["chosen"]):
            w = r["w"] if r else None
            if "parts" in kinds:
                f[f"p:{role}:{_bucket(w)}"] = f.get(f"p:{role}:{_bucket(w)}", 0.0) + 1.0
                if r:
                    # the exact weight: which source read the word (dictionary 1.0+, lexicon 1.2, a
                    # row of the declension table 0.3-0.6, a noun, a guess)
                    f[f"p:{role}:wv={round(w * 20) / 20}"] = 1.0
                    f[f"p:{role}:as={r['role']}"] = 1.0
                    f[f"p:{role}:ggen={r['gender'] is not None}"] = 1.0
                    unchanged = r["nom"] == word.lower()
                    f[f"p:{role}:unch={unchanged}:{case}"] = 1.0
                    if r["role"] == "first":
                        f[f"p:freq={name_class(r['nom'], r['gender'])}"] = 1.0
                    f[f"p:{role}:known={MORPH.is_known(word)}"] = 1.0
            if "ends" in kinds:
                lw = word.lower()
                f[f"e1:{role}:{case}:{g}:{lw[-1:]}"] = 1.0
                f[f"e2:{role}:{case}:{g}:{lw[-2:]}"] = 1.0
                f[f"e3:{role}:{case}:{g}:{lw[-3:]}"] = 1.0
            if "tr" in kinds and r:
                f[f"tr:{role}:{g}:{_tail(word, r['nom'])}"] = 1.0
        out.append(f)
    return out


class Data:
    def __init__(self, recs, kinds):
        self.recs = recs
        self.feats = [featurize(r, kinds) for r in recs]


def build(data, idx, vocab=None, min_count=2):
    """Flat sparse arrays for rows ``idx``: (row of cand, feat, value), the gold mask."""
    if vocab is None:
        counts = collections.Counter(k for i in idx for c in data.feats[i] for k in c)
        vocab = {k: n for n, k in enumerate(sorted(k for k, v in counts.items() if v >= min_count or k == "score"))}
    cand_row, fi, fv, cid, gold, starts = [], [], [], [], [], []
    n = 0
    for ri, i in enumerate(idx):
        starts.append(n)
        g = data.recs[i]["gold_idx"]
        for j, c in enumerate(data.feats[i]):
            for k, v in c.items():
                if k in vocab and v:
                    fi.append(vocab[k]); fv.append(v); cid.append(n)
            cand_row.append(ri)
            gold.append(1.0 if g == j else 0.0)
            n += 1
    return vocab, (np.array(cand_row), np.array(fi, dtype=np.int64), np.array(fv), np.array(cid, dtype=np.int64),
                   np.array(gold), np.array(starts), n)


def scores(w, arrays):
    cand_row, fi, fv, cid, gold, starts, n = arrays
    return np.bincount(cid, weights=w[fi] * fv, minlength=n)


def train(arrays, nfeat, w0, l2, steps=400, lr=0.05):
    cand_row, fi, fv, cid, gold, starts, n = arrays
    nrows = len(starts)
    has_gold = np.bincount(cand_row, weights=gold, minlength=nrows) > 0
    use = has_gold[cand_row]
    w = w0.copy()
    m = np.zeros_like(w); v = np.zeros_like(w)
    for t in range(1, steps + 1):
        s = scores(w, arrays)
        mx = np.maximum.reduceat(s, starts)
        e = np.exp(s - mx[cand_row])
        z = np.add.reduceat(e, starts)
        p = e / z[cand_row]
        d = np.where(use, p - gold, 0.0)
        grad = np.bincount(fi, weights=d[cid] * fv, minlength=nfeat) / max(has_gold.sum(), 1)
        grad += l2 * (w - w0)
        m = 0.9 * m + 0.1 * grad; v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def pick(w, arrays):
    cand_row, fi, fv, cid, gold, starts, n = arrays
    s = scores(w, arrays)
    out = []
    ends = list(starts[1:]) + [n]
    for a, b in zip(starts, ends):
        out.append(int(np.argmax(s[a:b])))  # first of the best on a tie: the current order
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", nargs="+")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--feats", default="base,hint,parts,ends,tr")
    ap.add_argument("--steps", type=int, default=400)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--noscore", action="store_true",
                    help="no current score, margin or rank: a scorer learned from the features alone")
    ap.add_argument("--insample", action="store_true", help="train on every writer, test on every writer")
    ap.add_argument("--top", type=int, default=0, help="print the heaviest learned weights (last fold)")
    args = ap.parse_args()
    kinds = set(args.feats.split(","))
    recs = [json.loads(line) for f in args.dump for line in open(f, encoding="utf-8")]
    recs = [r for r in recs if r.get("cands")]
    data = Data(recs, kinds)
    if args.noscore:
        for fs in data.feats:
            for f in fs:
                f["score"] = 0.0  # kept in the vocabulary, never counts
                for k in [k for k in f if k == "margin" or k.startswith("rank=")]:
                    del f[k]
    writers = sorted({r["writer"] for r in recs})
    if args.insample:
        for r in recs:
            r["writer"] = "all"
        writers = ["all"]
    tot = collections.Counter()
    per = []
    changed = []
    for wr in writers:
        test = [i for i, r in enumerate(recs) if r["writer"] == wr]
        tr = [i for i, r in enumerate(recs) if r["writer"] != wr or args.insample]
        vocab, tra = build(data, tr)
        w0 = np.zeros(len(vocab)); w0[vocab["score"]] = 0.0 if args.noscore else 1.0
        w = train(tra, len(vocab), w0, args.l2, args.steps, args.lr)
        _, tea = build(data, test, vocab)
        picks = pick(w, tea)
        c = collections.Counter()
        for i, p in zip(test, picks):
            g = recs[i]["gold_idx"]
            base_ok, new_ok = g == 0, g == p
            c["n"] += 1; c["base"] += base_ok; c["new"] += new_ok; c["pipe"] += recs[i]["ok"]
            c["fix"] += new_ok and not base_ok; c["break"] += base_ok and not new_ok
            if p != 0:
                changed.append((wr, recs[i], p))
        tot.update(c)
        per.append((wr, c))
        print(f"{wr:28s} n={c['n']:4d} base={c['base']/c['n']:.3f} new={c['new']/c['n']:.3f} "
              f"pipe={c['pipe']/c['n']:.3f} fix={c['fix']} break={c['break']}", flush=True)
    n = tot["n"]
    if args.top:
        names = {v: k for k, v in vocab.items()}
        for k in np.argsort(-np.abs(w - w0))[:args.top]:
            print(f"  w {names[k]:40s} {w[k]:+.3f}")
    gain_writers = sum(c["fix"] > c["break"] for _, c in per)
    loss_writers = sum(c["fix"] < c["break"] for _, c in per)
    macro_b = np.mean([c["base"] / c["n"] for _, c in per]); macro_n = np.mean([c["new"] / c["n"] for _, c in per])
    print(f"ALL n={n} base={tot['base']/n:.4f} new={tot['new']/n:.4f} pipe={tot['pipe']/n:.4f} "
          f"fix={tot['fix']} break={tot['break']} writers +{gain_writers} -{loss_writers} "
          f"={len(per)-gain_writers-loss_writers}  macro base={macro_b:.4f} new={macro_n:.4f}")
    for wr, r, p in changed[:args.show]:
        g = r["gold_idx"]
        print(f"  {wr} {'FIX' if g == p else 'BREAK' if g == 0 else 'miss'} {r['words']} gold={r['gold']} "
              f"base={r['cands'][0][1:4]} new={r['cands'][p][1:4]} cases={r.get('cases')}")


if __name__ == "__main__":
    main()
