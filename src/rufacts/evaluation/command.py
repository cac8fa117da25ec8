"""The ``rufacts bench`` and ``rufacts eval`` commands (parsers and runners), added to the
``rufacts`` command by :mod:`rufacts.cli`; the scorers are imported only when a command runs."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional, Sequence


def _err(message: str) -> int:
    print(f"rufacts: error: {message}", file=sys.stderr)
    return 2


def cmd_bench(args: argparse.Namespace) -> int:
    from . import bench

    if args.input is not None and not Path(args.input).exists():
        return _err(f"no such input: {args.input}")
    try:
        return bench.main(args.input, args.workers, args.limit, not args.no_natasha, args.json,
                          repeat=args.repeat)
    except ValueError as exc:
        return _err(str(exc))


def _parse_map(items: Optional[Sequence[str]]) -> Optional[dict[str, str]]:
    if not items:
        return None
    mapping = {}
    for item in items:
        source, sep, target = item.partition("=")
        if not sep:
            raise ValueError(f"--map takes SOURCE=TARGET pairs, got {item!r}")
        mapping[source] = target
    return mapping


def cmd_eval(args: argparse.Namespace) -> int:
    from . import entities as eval_entities, mentions as evaluate, predict
    from . import roles as eval_roles

    gold_path = Path(args.gold)
    if not gold_path.is_file():
        return _err(f"no such gold file: {args.gold}")
    try:
        mapping = _parse_map(args.map)
    except ValueError as exc:
        return _err(str(exc))
    types = set(args.types.split(",")) if args.types else None
    gold = predict.load_gold_auto(gold_path, mapping=mapping, types=types)
    if args.limit:
        gold = gold[: args.limit]
    if types is None:  # score what both sides can have
        types = {t for doc in gold for t, _, _ in doc.spans} & evaluate.DEFAULT_TYPES
    ids = {doc.id for doc in gold}
    entity_gold = [d for d in eval_entities.load_gold_entities(gold_path) if d.id in ids]
    records = predict.predict_records(gold, pred_path=args.pred, system=args.system,
                                      pipeline=args.pipeline)
    duration_as = "DATE" if args.durations_as_date else "DURATION"
    report = evaluate.score(gold, evaluate.predictions_from_records(records, duration_as),
                            types=types)
    extra = None
    if eval_entities.has_entity_layers(entity_gold):  # factRuEval: coref and facts layers
        by_id = {str(rec["id"]): rec for rec in records}
        extra = (eval_entities.clustering_scores(entity_gold, by_id),
                 eval_roles.role_scores(entity_gold, by_id))
    sectors = _sector_scores(gold_path, ids, records)
    nerel = _nerel_role_scores(gold_path, ids, records)
    if args.json:
        out = report.as_json()
        if extra is not None:
            out["clustering"], out["roles"] = extra
        if sectors is not None:
            out["sector_counts"] = sectors
        if nerel is not None:
            out["roles_nerel"] = nerel
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        if any(doc.spans for doc in gold) or sectors is None:
            print(evaluate.format_table(report))
        if extra is not None:
            print()
            print(eval_entities.format_entity_tables(*extra))
        if nerel is not None:
            from .roles_nerel import format_table

            print()
            print(format_table(nerel))
        if sectors is not None:
            print("sector counts: exact = (count, object, sector, total); count_object = "
                  "(count, object)")
            for name, row in sectors.items():
                if name == "okved":
                    print(f"  ОКВЭД codes of matched counts: {row['correct']}/{row['matched']}"
                          f" right ({100 * row['share']:.1f}%)")
                    continue
                print(f"  {name:13} P {100 * row['precision']:5.1f}  R {100 * row['recall']:5.1f}"
                      f"  F1 {100 * row['f1']:5.1f}  (tp {row['tp']}, fp {row['fp']}, "
                      f"fn {row['fn']})")
    return 0


def _sector_scores(gold_path: Path, ids: set, records: list) -> Optional[dict]:
    """Sector-count scores where the gold records carry ``sector_counts``, else None."""
    from .predict import read_gold_records
    from .sectors import score_sector_counts

    gold = [g for g in read_gold_records(gold_path) if "sector_counts" in g and g["id"] in ids]
    if not gold:
        return None
    return score_sector_counts(gold, {str(r["id"]): r.get("sector_counts") or [] for r in records})


def _nerel_role_scores(gold_path: Path, ids: set, records: list) -> Optional[dict]:
    """Role scores against NEREL WORKS_AS relations where the gold has them, else None."""
    from .predict import read_gold_records
    from .roles_nerel import has_works_as, role_scores

    gold = [g for g in read_gold_records(gold_path) if g["id"] in ids]
    if not has_works_as(gold):
        return None
    return role_scores(gold, {str(r["id"]): r for r in records})


def add_bench_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``bench`` subcommand to the ``rufacts`` command's subparsers."""
    p = subparsers.add_parser("bench", help="speed and memory, against plain natasha")
    p.add_argument("input", nargs="?", metavar="FILE",
                   help="texts to run on, any batch input (default: ../shared/eval/"
                        "factru-dev.jsonl where present, else data/sample)")
    p.add_argument("--workers", type=int, metavar="N", help="pool size (default: all cores)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N texts")
    p.add_argument("--repeat", type=int, default=3, metavar="R",
                   help="time R passes over the texts, report the best (default: %(default)s)")
    p.add_argument("--no-natasha", action="store_true", help="skip the natasha baseline")
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p.set_defaults(func=cmd_bench)
    return p


def add_eval_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``eval`` subcommand to the ``rufacts`` command's subparsers."""
    p = subparsers.add_parser("eval", help="score mentions against a gold JSONL file")
    p.add_argument("gold", help="gold JSONL (the format of shared/eval: id, text, spans)")
    p.add_argument("--pred", help="score these predictions (our JSONL records) instead of "
                                  "running a pipeline")
    p.add_argument("--system", choices=["rufacts", "natasha"], default="rufacts",
                   help="what predicts when --pred is not given (default: %(default)s)")
    p.add_argument("--types", help="comma-separated types to score, e.g. PER,ORG,LOC")
    p.add_argument("--map", nargs="+", metavar="SRC=DST",
                   help="map gold types, e.g. PERSON=PER CITY=LOC (default: by corpus)")
    p.add_argument("--limit", type=int, help="score only the first N documents")
    p.add_argument("--durations-as-date", action="store_true",
                   help="score amounts of kind duration as DATE (NEREL's DATE includes durations)")
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p.add_argument("--pipeline", default="default", help="bundled config name or a .cfg path")
    p.set_defaults(func=cmd_eval)
    return p
