"""The ``rufacts`` command: a thin layer over the library.

    rufacts extract PATH|-            one article -> its JSON record
    rufacts batch INPUT... -o OUT     folders of .txt / JSONL dumps -> JSONL records
    rufacts eval GOLD.jsonl           precision / recall / F1 against gold mentions
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__


def _err(message: str) -> int:
    print(f"rufacts: error: {message}", file=sys.stderr)
    return 2


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import process
    from .io import read_inputs
    from .io.writer import dumps
    from .pipeline import shared

    if args.path != "-" and not Path(args.path).is_file():
        return _err(f"no such file: {args.path}")
    records = list(read_inputs([args.path]))
    pipeline = shared(args.pipeline)
    for article in process(records, pipeline):
        record = article.as_json()
        if args.no_text:
            record["text"] = None
        print(dumps(record, pretty=args.pretty))
        if article.error is not None:
            print(f"rufacts: {article.id}: {article.error.kind}: {article.error.message}",
                  file=sys.stderr)
            return 1
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import Progress, run_batch
    from .io import read_inputs
    from .pipeline import shared

    missing = [p for p in args.inputs if p != "-" and not Path(p).exists()]
    if missing:
        return _err(f"no such input: {', '.join(missing)}")
    pipeline = shared(args.pipeline)
    progress = Progress(every=args.progress_every) if not args.quiet else None
    summary = run_batch(read_inputs(args.inputs), args.output, pipeline=pipeline,
                        keep_text=not args.no_text, max_chars=args.max_chars,
                        progress=progress)
    if not args.quiet:
        for line in summary.lines():
            print(f"rufacts: {line}", file=sys.stderr)
        if args.output != "-":
            print(f"rufacts: wrote {args.output}", file=sys.stderr)
    return 0


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
    from . import evaluate, predict

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
    predictions = predict.predict(gold, pred_path=args.pred, system=args.system,
                                  pipeline=args.pipeline)
    report = evaluate.score(gold, predictions, types=types)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(evaluate.format_table(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rufacts",
        description="Structured facts (people, organizations, locations, dates, amounts) "
                    "from Russian news articles, as JSON.")
    parser.add_argument("--version", action="version", version=f"rufacts {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract the facts of one article")
    p.add_argument("path", help="a .txt article, or - for standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--no-text", action="store_true", help="leave the article text out")
    p.add_argument("--pipeline", default="default", help="bundled config name or a .cfg path")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("batch", help="process a dump: folders of .txt, .jsonl files")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a folder of .txt articles (recursive), a .txt file, a .jsonl file "
                        "with id and text fields, or -")
    p.add_argument("-o", "--output", required=True, help="output JSONL file, or - for stdout")
    p.add_argument("--no-text", action="store_true", help="leave article texts out of the records")
    p.add_argument("--max-chars", type=int, default=1_000_000,
                   help="longer texts become error records (default: %(default)s)")
    p.add_argument("--pipeline", default="default", help="bundled config name or a .cfg path")
    p.add_argument("--progress-every", type=float, default=5.0, metavar="SECONDS",
                   help="seconds between progress lines on stderr (default: %(default)s)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("eval", help="score mentions against a gold JSONL file")
    p.add_argument("gold", help="gold JSONL (the format of shared/eval: id, text, spans)")
    p.add_argument("--pred", help="score these predictions (our JSONL records) instead of "
                                  "running a pipeline")
    p.add_argument("--system", choices=["rufacts", "natasha"], default="rufacts",
                   help="what predicts when --pred is not given (default: %(default)s)")
    p.add_argument("--types", help="comma-separated types to score, e.g. PER,ORG,LOC")
    p.add_argument("--map", nargs="+", metavar="SRC=DST",
                   help="map gold types, e.g. PERSON=PER CITY=LOC (default: by corpus)")
    p.add_argument("--limit", type=int, help="score only the first N documents")
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p.add_argument("--pipeline", default="default", help="bundled config name or a .cfg path")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("rufacts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
