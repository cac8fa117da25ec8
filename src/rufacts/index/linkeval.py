"""How well entities are linked across articles, against hand-judged pairs.

    python -m rufacts.index.linkeval tests/gold/entity_pairs.tsv OUT.jsonl [--index facts.duckdb]

A gold pair names an entity in two articles by the words an article uses (``Путина``,
``Главного управления``) and says whether the two are the same. Each side is found where the
words first occur in the article's text as (part of) a mention of that type: the index
entity whose mention overlaps them most; none anywhere is "not found". The linker says "same" when both sides have
one entity id. Precision: of pairs it says are the same, the share that are; recall: of the
gold "same" pairs, the share it links (a side not found counts as not linked).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Union


@dataclass(frozen=True)
class Pair:
    type: str
    article_a: str
    text_a: str
    article_b: str
    text_b: str
    same: bool
    note: str = ""


def load_pairs(path: Union[str, Path]) -> list[Pair]:
    """The pairs of a gold TSV (``#`` comments, a header line)."""
    pairs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        cells = line.split("\t")
        pairs.append(Pair(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5] == "1",
                          cells[6] if len(cells) > 6 else ""))
    return pairs


def _texts(records: Union[str, Path], ids: set[str]) -> dict[str, str]:
    found = {}
    with open(records, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("id") in ids and record.get("text"):
                found[record["id"]] = record["text"]
    return found


def _entity(con: Any, texts: dict[str, str], article: str, type: str,
            words: str) -> Optional[int]:
    text = texts.get(article) or ""
    start = text.find(words)
    while start >= 0:  # the first place the words are a mention of that type
        stop = start + len(words)
        rows = con.execute(
            "SELECT entity_id, least(stop, ?) - greatest(start, ?) AS overlap FROM mentions "
            "WHERE article_id = ? AND type = ? AND start < ? AND stop > ? "
            "ORDER BY overlap DESC, start LIMIT 1", [stop, start, article, type, stop, start]
        ).fetchall()
        if rows:
            return rows[0][0]
        start = text.find(words, start + 1)
    return None


def score(pairs: list[Pair], records: Union[str, Path], index: Union[str, Path]) -> dict:
    """Precision, recall and the pairs behind them (``false_links``, ``missed``)."""
    import duckdb

    texts = _texts(records, {p.article_a for p in pairs} | {p.article_b for p in pairs})
    out: dict[str, Any] = {"pairs": len(pairs), "tp": 0, "fp": 0, "fn": 0, "tn": 0,
                           "not_found": 0, "false_links": [], "missed": []}
    with duckdb.connect(str(index), read_only=True) as con:
        for pair in pairs:
            a = _entity(con, texts, pair.article_a, pair.type, pair.text_a)
            b = _entity(con, texts, pair.article_b, pair.type, pair.text_b)
            out["not_found"] += (a is None) + (b is None)
            linked = a is not None and a == b
            if linked and pair.same:
                out["tp"] += 1
            elif linked:
                out["fp"] += 1
                out["false_links"].append(pair)
            elif pair.same:
                out["fn"] += 1
                out["missed"].append((pair, a is not None and b is not None))
            else:
                out["tn"] += 1
    said = out["tp"] + out["fp"]
    out["precision"] = out["tp"] / said if said else 1.0
    out["recall"] = out["tp"] / (out["tp"] + out["fn"]) if out["tp"] + out["fn"] else 1.0
    return out


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rufacts.index.linkeval")
    parser.add_argument("gold", help="entity pairs TSV (tests/gold/entity_pairs.tsv)")
    parser.add_argument("records", help="the batch output the pairs' articles are in")
    parser.add_argument("--index", help="its index (default: built in a temporary folder)")
    args = parser.parse_args(argv)
    pairs = load_pairs(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        index = args.index
        if index is None:
            from .run import index_files

            index = str(Path(tmp) / "facts.duckdb")
            index_files([args.records], index)
        result = score(pairs, args.records, index)
    same = sum(p.same for p in pairs)
    print(f"{result['pairs']} pairs ({same} same, {result['pairs'] - same} not): "
          f"precision {result['precision']:.3f} ({result['tp']}/{result['tp'] + result['fp']}), "
          f"recall {result['recall']:.3f} ({result['tp']}/{result['tp'] + result['fn']}), "
          f"sides not found {result['not_found']}")
    for pair in result["false_links"]:
        print(f"  false link: {pair.text_a} ({pair.article_a}) = {pair.text_b} ({pair.article_b})")
    for pair, both in result["missed"]:
        why = "not linked" if both else "not found"
        print(f"  missed ({why}): {pair.text_a} ({pair.article_a}) = {pair.text_b} "
              f"({pair.article_b})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
