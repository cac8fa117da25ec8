"""The ``rufacts`` command: a thin layer over the library.

    rufacts extract PATH|-            one article -> its JSON record
    rufacts batch INPUT... -o OUT     dumps of any format -> JSONL records (all cores)
    rufacts bench [FILE]              speed and memory, against plain natasha
    rufacts eval GOLD.jsonl           precision / recall / F1 against gold mentions
    rufacts report OUT.jsonl -o report.html   one self-contained page to review a dump
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .review.report import add_report_parser  # pandas/matplotlib are imported only when it runs
from .io.readers import FORMAT_CHOICES


def _err(message: str) -> int:
    print(f"rufacts: error: {message}", file=sys.stderr)
    return 2


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch.run import process
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


def _pipeline_error(name: str) -> Optional[str]:
    """Why ``--pipeline`` cannot be used, or None (checked without loading spaCy)."""
    from importlib import resources

    if name.endswith(".cfg"):
        return None if Path(name).is_file() else f"no such pipeline config: {name}"
    if (resources.files("rufacts") / "pipelines" / f"{name}.cfg").is_file():
        return None
    return f"no bundled pipeline config {name!r}"


def _stop_on_sigterm() -> None:
    import signal

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def cmd_batch(args: argparse.Namespace) -> int:
    import os

    from .batch.run import run_batch
    from .io import Fields, InputError, OutputError, read_inputs
    from .batch.pool import RunError
    from .batch.progress import Progress
    from .batch.worker import RecordOptions

    missing = [p for p in args.inputs if p != "-" and not Path(p).exists()]
    if missing:
        return _err(f"no such input: {', '.join(missing)}")
    if args.inputs.count("-") > 1:
        return _err("standard input (-) can be read only once")
    if args.resume and args.output == "-":
        return _err("--resume needs an output file, not stdout (-)")
    problem = _pipeline_error(args.pipeline)
    missing_code = [c for c in args.code if not Path(c).is_file()]
    if problem or missing_code:
        return _err(problem or f"no such code file: {', '.join(missing_code)}")
    if args.workers is not None and args.workers < 1:
        return _err("--workers must be at least 1")
    fields = Fields.parse(args.text_field, args.id_field, args.title_field, args.date_field)
    options = RecordOptions(pipeline=args.pipeline, keep_text=not args.no_text,
                            max_chars=args.max_chars, timeout=args.timeout or None,
                            html=not args.no_html,
                            code=tuple(str(Path(c).resolve()) for c in args.code))
    workers = args.workers or (None if args.engine == "dask" else os.cpu_count() or 1)
    progress = None if args.quiet else Progress(every=args.progress_every)
    _stop_on_sigterm()
    try:
        summary = run_batch(
            read_inputs(args.inputs, fields, args.format, max_chars=args.max_chars),
            args.output, options, workers=workers, engine=args.engine,
            scheduler=args.scheduler, resume=args.resume, chunk_size=args.chunk_size,
            progress=progress)
    except (InputError, OutputError, RunError) as exc:
        if progress is not None:
            progress.close()
        return _err(str(exc))
    if not args.quiet or summary.interrupted:
        for line in summary.lines():
            print(f"rufacts: {line}", file=sys.stderr)
        if args.output != "-" and not args.quiet:
            print(f"rufacts: wrote {args.output}", file=sys.stderr)
    return 130 if summary.interrupted else 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .evaluation import bench

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
    from .evaluation import entities as eval_entities, mentions as evaluate, predict
    from .evaluation import roles as eval_roles

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
    if args.json:
        out = report.as_json()
        if extra is not None:
            out["clustering"], out["roles"] = extra
        if sectors is not None:
            out["sector_counts"] = sectors
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        if any(doc.spans for doc in gold) or sectors is None:
            print(evaluate.format_table(report))
        if extra is not None:
            print()
            print(eval_entities.format_entity_tables(*extra))
        if sectors is not None:
            print("sector counts: exact = (count, object, sector, total); count_object = "
                  "(count, object)")
            for name, row in sectors.items():
                print(f"  {name:13} P {100 * row['precision']:5.1f}  R {100 * row['recall']:5.1f}"
                      f"  F1 {100 * row['f1']:5.1f}  (tp {row['tp']}, fp {row['fp']}, "
                      f"fn {row['fn']})")
    return 0


def _sector_scores(gold_path: Path, ids: set, records: list) -> Optional[dict]:
    """Sector-count scores where the gold records carry ``sector_counts``, else None."""
    from .evaluation.predict import read_gold_records
    from .evaluation.sectors import score_sector_counts

    gold = [g for g in read_gold_records(gold_path) if "sector_counts" in g and g["id"] in ids]
    if not gold:
        return None
    return score_sector_counts(gold, {str(r["id"]): r.get("sector_counts") or [] for r in records})


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

    p = sub.add_parser(
        "batch", help="process dumps: folders, .txt, .jsonl, .json, .csv/.tsv, compressed, stdin",
        description="One JSON record per input record, in input order, errors included. "
                    "Exit code 0 even when records fail (see the summary); 2 when the run "
                    "itself fails; 130 when interrupted (continue with --resume).")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a folder of .txt articles (recursive), .txt, .jsonl/.ndjson, .json "
                        "(array), .csv/.tsv, any of them .gz/.bz2/.xz/.zst, or - for stdin")
    p.add_argument("-o", "--output", required=True, help="output JSONL file, or - for stdout")
    p.add_argument("--workers", type=int, metavar="N",
                   help="worker processes (default: all cores; 1: no pool)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes, or a Dask distributed cluster (default: %(default)s)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 "
                        "(default: start a local cluster of --workers processes)")
    p.add_argument("--resume", action="store_true",
                   help="keep the records OUT already holds and continue after them")
    p.add_argument("--format", choices=list(FORMAT_CHOICES), default="auto",
                   help="input format of files and stdin (default: by extension and content)")
    p.add_argument("--text-field", metavar="A|B", help="text field(s) (default: text|body|content)")
    p.add_argument("--id-field", metavar="A|B", help="id field(s) (default: id|url)")
    p.add_argument("--title-field", metavar="A|B", help="title field(s) (default: title)")
    p.add_argument("--date-field", metavar="A|B",
                   help="publication date field(s) (default: date|published)")
    p.add_argument("--no-text", action="store_true", help="leave article texts out of the records")
    p.add_argument("--no-html", action="store_true",
                   help="do not reduce HTML-looking texts to plain text")
    p.add_argument("--max-chars", type=int, default=1_000_000,
                   help="longer texts become error records (default: %(default)s)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="time limit per article, 0 for none (default: %(default)s)")
    p.add_argument("--pipeline", default="default", help="bundled config name or a .cfg path")
    p.add_argument("--code", action="append", default=[], metavar="FILE.py",
                   help="Python file to import first, e.g. registering custom components "
                        "for --pipeline (repeatable)")
    p.add_argument("--chunk-size", type=int, default=16, metavar="N",
                   help="records per task sent to a worker (default: %(default)s)")
    p.add_argument("--progress-every", type=float, default=5.0, metavar="SECONDS",
                   help="seconds between progress lines when stderr is not a terminal "
                        "(default: %(default)s)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("bench", help="speed and memory, against plain natasha")
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
    p.add_argument("--durations-as-date", action="store_true",
                   help="score amounts of kind duration as DATE (NEREL's DATE includes durations)")
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p.add_argument("--pipeline", default="default", help="bundled config name or a .cfg path")
    p.set_defaults(func=cmd_eval)

    add_report_parser(sub)
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
