"""python train.py ALIGNED.jsonl OUT_DIR [--epochs N] [--exclude FILE ...] [--seed S]:
a spaCy NER (COUNT, OBJECT, SECTOR, TOTAL) on the fully aligned training sentences
(negatives included) of every file in ALIGNED but the ``--exclude`` ones (and never a
round-18 file: ``common.ROUND18``), one CPU thread, fixed seed. 10% of the training sentences
(by a fixed hash of the id) are a development part for the per-epoch span figures (``--no-dev``: trained on too)."""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import time

import spacy
from spacy.tokens import Doc, Span  # noqa: F401
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from common import LABELS, _forbidden
from common import make_doc as doc_for


def make_doc(nlp, row: dict) -> Doc:
    return doc_for(nlp, row["words"], row["spaces"])


def example(nlp, row: dict) -> Example:
    doc = make_doc(nlp, row)
    ref = make_doc(nlp, row)
    ref.ents = [Span(ref, s, e, label=lab) for s, e, lab in row["ents"]]
    return Example(doc, ref)


def span_prf(nlp, rows: list[dict]) -> dict:
    """Exact token-span P/R/F per label and overall."""
    tp, fp, fn = {}, {}, {}
    docs = nlp.pipe(make_doc(nlp, r) for r in rows)
    for row, doc in zip(rows, docs):
        gold = {tuple(e) for e in row["ents"]}
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        for lab in LABELS + ("ALL",):
            g = {x for x in gold if lab in ("ALL", x[2])}
            p = {x for x in pred if lab in ("ALL", x[2])}
            tp[lab] = tp.get(lab, 0) + len(g & p)
            fp[lab] = fp.get(lab, 0) + len(p - g)
            fn[lab] = fn.get(lab, 0) + len(g - p)
    out = {}
    for lab in tp:
        p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 1.0
        r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 1.0
        out[lab] = {"P": round(100 * p, 1), "R": round(100 * r, 1),
                    "F": round(200 * p * r / (p + r), 1) if p + r else 0.0,
                    "tp": tp[lab], "fp": fp[lab], "fn": fn[lab]}
    return out


def is_dev(row_id: str) -> bool:
    return int(hashlib.md5(row_id.encode()).hexdigest(), 16) % 10 == 0


def build(width: int, window: int = 1) -> "spacy.Language":
    nlp = spacy.blank("ru")
    config = {"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
        "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
        "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                    "width": width, "depth": 4, "embed_size": 2000, "window_size": window,
                    "maxout_pieces": 3, "subword_features": True}}}
    ner = nlp.add_pipe("ner", config=config)
    for lab in LABELS:
        ner.add_label(lab)
    return nlp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("aligned")
    ap.add_argument("out")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--window", type=int, default=1, help="CNN window (tokens each side a layer)")
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--lemma-norm", action="store_true", help="NORM = pymorphy3 lemma")
    ap.add_argument("--no-dev", action="store_true", help="train on the dev part too")
    args = ap.parse_args()
    fix_random_seed(args.seed)
    rows = [json.loads(line) for line in open(args.aligned, encoding="utf-8")]
    rows = [r for r in rows if r["ok"] and not _forbidden(r["file"])
            and r["file"] not in args.exclude]
    dev = [] if args.no_dev else [r for r in rows if is_dev(r["id"])]
    train = [r for r in rows if args.no_dev or not is_dev(r["id"])]
    print(f"train {len(train)} sentences, dev {len(dev)}", flush=True)
    nlp = build(args.width, args.window)
    if args.lemma_norm:
        nlp.meta["rufacts_norm"] = "lemma"
    examples = [example(nlp, r) for r in train]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(args.seed)
    for epoch in range(args.epochs):
        start = time.time()
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        line = f"epoch {epoch + 1} loss {losses.get('ner', 0):.1f} {time.time() - start:.0f}s"
        if dev:
            line += f" dev ALL {span_prf(nlp, dev)['ALL']}"
        print(line, flush=True)
    nlp.to_disk(args.out)
    if dev:
        print(json.dumps(span_prf(nlp, dev), ensure_ascii=False))


if __name__ == "__main__":
    main()
