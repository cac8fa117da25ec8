"""The ``rufacts`` command: a thin layer over the library.

    rufacts extract PATH|-            one article -> its JSON record
    rufacts batch INPUT... -o OUT     dumps of any format -> JSONL records (all cores)
    rufacts bench [FILE]              speed and memory, against plain natasha
    rufacts eval GOLD.jsonl           precision / recall / F1 against gold mentions
    rufacts report OUT.jsonl -o report.html   one self-contained page to review a dump
    rufacts index OUT.jsonl... -o facts.duckdb   the dump as tables, entities linked
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .evaluation.command import add_bench_parser, add_eval_parser  # scorers: only when they run
from .review.report import add_report_parser  # pandas/matplotlib are imported only when it runs
from .index.command import (  # duckdb/pyarrow: only when it runs
    add_index_parser, batch_indexer, batch_parts, consolidate_parts,
)
from .io.readers import FORMAT_CHOICES


def _err(message: str) -> int:
    print(f"rufacts: error: {message}", file=sys.stderr)
    return 2


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch.worker import RecordOptions, process_record
    from .io import read_inputs
    from .io.writer import dumps

    if args.path != "-" and Path(args.path).is_dir():
        return _err(f"{args.path} is a folder; 'rufacts extract' takes one article file. "
                    f"For every article in it: rufacts batch {args.path} -o OUT.jsonl")
    if args.path != "-" and not Path(args.path).is_file():
        return _err(f"no such file: {args.path}")
    problem = _pipeline_error(args.pipeline) or _limits_error(args)
    if problem:
        return _err(problem)
    # the same path as a batch record: HTML reduced to text, decode warnings, error records
    options = RecordOptions(pipeline=args.pipeline, keep_text=not args.no_text,
                            max_chars=args.max_chars, timeout=args.timeout or None,
                            max_memory=args.max_memory or None)
    status = 0
    for record in read_inputs([args.path], max_chars=args.max_chars, prepared=False):
        result = process_record(record, options)
        data = json.loads(result.line)
        print(dumps(data, pretty=args.pretty))
        for warning in (data.get("meta") or {}).get("warnings") or ():
            print(f"rufacts: {result.id}: warning {warning['kind']}: {warning['message']}",
                  file=sys.stderr)
        if data["error"] is not None:
            print(f"rufacts: {result.id}: {data['error']['kind']}: {data['error']['message']}",
                  file=sys.stderr)
            status = 1
    return status


def _limits_error(args: argparse.Namespace) -> Optional[str]:
    """Why --max-chars / --timeout / --max-memory cannot be used, or None."""
    if args.max_chars < 1:
        return "--max-chars must be at least 1"
    if args.timeout < 0:
        return "--timeout must be 0 (none) or more"
    if args.max_memory < 0:
        return "--max-memory must be 0 (none) or more"
    return None


def _add_limits(p: argparse.ArgumentParser) -> None:
    from .batch.worker import MAX_CHARS, MAX_MEMORY_MB, TIMEOUT

    p.add_argument("--max-chars", type=int, default=MAX_CHARS,
                   help="longer texts become error records (default: %(default)s)")
    p.add_argument("--timeout", type=float, default=TIMEOUT, metavar="SECONDS",
                   help="time limit per article, 0 for none (default: %(default)s)")
    p.add_argument("--max-memory", type=int, default=MAX_MEMORY_MB, metavar="MB",
                   help="memory ceiling of a process working on an article: an article that "
                        "needs more becomes a 'memory' error record, 0 for none "
                        "(default: %(default)s)")


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


def _output_is_input(output: str, inputs: Sequence[str]) -> Optional[str]:
    """The input that ``output`` is (the same file by inode: also through links), or None."""
    import os

    if output == "-":
        return None
    try:
        target = os.stat(output)
    except OSError:
        return None  # a new file is no input
    for name in inputs:
        try:
            info = os.fstat(0) if name == "-" else os.stat(name)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino):
            return name
        if name != "-" and Path(name).is_dir() and output.lower().endswith(".txt") and \
                Path(name).resolve() in Path(output).resolve().parents:
            return name  # a .txt output inside a folder input would be read as an article
    return None


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
    same = _output_is_input(args.output, args.inputs)
    if same is not None:
        return _err(f"the output {args.output} is the input {same}: writing it would destroy it")
    if args.resume and args.overwrite:
        return _err("--resume and --overwrite exclude each other")
    if (args.output != "-" and not args.resume and not args.overwrite
            and Path(args.output).is_file() and Path(args.output).stat().st_size > 0):
        return _err(f"{args.output} already exists: --resume to continue it, "
                    "--overwrite to replace it")
    problem = _pipeline_error(args.pipeline)
    missing_code = [c for c in args.code if not Path(c).is_file()]
    if problem or missing_code:
        return _err(problem or f"no such code file: {', '.join(missing_code)}")
    if args.workers is not None and args.workers < 1:
        return _err("--workers must be at least 1")
    problem = _limits_error(args)
    if problem:
        return _err(problem)
    fields = Fields.parse(args.text_field, args.id_field, args.title_field, args.date_field)
    options = RecordOptions(pipeline=args.pipeline, keep_text=not args.no_text,
                            max_chars=args.max_chars, timeout=args.timeout or None,
                            max_memory=args.max_memory or None, html=not args.no_html,
                            code=tuple(str(Path(c).resolve()) for c in args.code))
    workers = args.workers or (None if args.engine == "dask" else os.cpu_count() or 1)
    progress = None if args.quiet else Progress(every=args.progress_every)
    if args.parquet and (args.engine != "dask" or args.index):
        return _err("--parquet DIR is written by the workers of --engine dask (on one machine, "
                    "or with --index: --index DIR/)")
    _stop_on_sigterm()
    indexer = batch_indexer(args.index, args.output)
    parts = batch_parts(args.parquet)
    try:
        summary = run_batch(
            read_inputs(args.inputs, fields, args.format, max_chars=args.max_chars,
                        quoting={"auto": None, "csv": True, "none": False}[args.quoting],
                        prepared=False),  # decoding and layout: in the workers
            args.output, options, workers=workers, engine=args.engine,
            scheduler=args.scheduler, resume=args.resume, chunk_size=args.chunk_size,
            progress=progress, on_result=indexer.add if indexer else None, on_lines=parts)
    except (InputError, OutputError, RunError) as exc:
        if progress is not None:
            progress.close()
        return _err(str(exc))
    except Exception as exc:  # noqa: BLE001 - any other failure of the run: exit 2, one line
        if progress is not None:
            progress.close()
        return _err(f"the run failed: {type(exc).__name__}: {exc}")
    finally:
        if indexer is not None:
            indexer.close(quiet=args.quiet)
        if parts is not None:
            consolidate_parts(args.parquet, quiet=args.quiet)
    if not args.quiet or summary.interrupted:
        for line in summary.lines():
            print(f"rufacts: {line}", file=sys.stderr)
        if args.output != "-" and not args.quiet:
            print(f"rufacts: wrote {args.output}", file=sys.stderr)
    if summary.interrupted:
        return 130
    return _nothing_read(args, summary)


#: Error kinds of records that could not be read at all (as opposed to processed).
READ_ERRORS = {"decode", "io", "bad_json", "bad_record", "no_text", "empty_text"}


def _nothing_read(args: argparse.Namespace, summary) -> int:  # noqa: ANN001
    """0, or an error when the inputs held no article, or none that could be read."""
    if summary.read == 0 and summary.resumed == 0:
        if args.output != "-" and Path(args.output).is_file() \
                and Path(args.output).stat().st_size == 0:
            Path(args.output).unlink()
        return _err(f"no articles in {', '.join(args.inputs)}: a folder is searched for .txt "
                    "files (also compressed); dumps are .jsonl, .json, .csv or .tsv files")
    unread = sum(n for kind, n in summary.errors.items() if kind in READ_ERRORS)
    if summary.read and unread == summary.read:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(summary.errors.items()))
        print(f"rufacts: error: none of the {summary.read} records could be read ({kinds}); "
              "see the error records", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rufacts",
        description="Structured facts (people, organizations, locations, dates, amounts) "
                    "from Russian news articles, as JSON.")
    parser.add_argument("--version", action="version", version=f"rufacts {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "extract", help="extract the facts of one article",
        description="Print the JSON record of one article: persons, organizations, locations, "
                    "dates, amounts and sector counts with their offsets. The file is read "
                    "and processed as 'rufacts batch' does (any encoding, compression, "
                    "HTML reduced to text); exit code 1 when the record is an error record. "
                    "For a folder or a dump of many articles use 'rufacts batch'.")
    p.add_argument("path", help="an article file (.txt, .html, also compressed), or - for "
                                "standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--no-text", action="store_true", help="leave the article text out")
    p.add_argument("--pipeline", default="default", help="bundled config name or a .cfg path")
    _add_limits(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "batch", help="process dumps: folders, .txt, .jsonl, .json, .csv/.tsv, compressed, stdin",
        description="One JSON record per input record, in input order, errors included. "
                    "Exit code 0 even when records fail (see the summary); 1 when no record "
                    "could be read; 2 when the run itself fails or the inputs hold no "
                    "article; 130 when interrupted (continue with --resume).")
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
    p.add_argument("--overwrite", action="store_true",
                   help="replace OUT when it exists (without --resume or --overwrite an "
                        "existing OUT is an error)")
    p.add_argument("--format", choices=list(FORMAT_CHOICES), default="auto",
                   help="input format of files and stdin (default: by extension and content)")
    p.add_argument("--quoting", choices=["auto", "csv", "none"], default="auto",
                   help="quotes in CSV/TSV fields: csv = quoted fields (may hold separators and "
                        "line breaks), none = literal; auto: csv for .csv, none for .tsv")
    p.add_argument("--text-field", metavar="A|B", help="text field(s) (default: text|body|content)")
    p.add_argument("--id-field", metavar="A|B", help="id field(s) (default: id|url)")
    p.add_argument("--title-field", metavar="A|B", help="title field(s) (default: title)")
    p.add_argument("--date-field", metavar="A|B",
                   help="publication date field(s) (default: date|published)")
    p.add_argument("--no-text", action="store_true", help="leave article texts out of the records")
    p.add_argument("--no-html", action="store_true",
                   help="do not reduce HTML-looking texts to plain text")
    _add_limits(p)
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
    p.add_argument("--index", metavar="FACTS.duckdb",
                   help="also index the records as they are written (a folder: Parquet)")
    p.add_argument("--parquet", metavar="DIR",
                   help="with --engine dask: the workers write the index as Parquet parts to "
                        "DIR (a path they can all write to); linked into DIR at the end")
    p.set_defaults(func=cmd_batch)

    add_bench_parser(sub)
    add_eval_parser(sub)
    add_report_parser(sub)
    add_index_parser(sub)
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
