"""``rufacts index`` and ``rufacts batch --index``: the CLI side of the index.

Imports duckdb and pyarrow only when an index is written, so the CLI loads without them.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Optional


def add_index_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``index`` subcommand to the ``rufacts`` command's subparsers."""
    p = subparsers.add_parser(
        "index", help="batch outputs into a DuckDB file (or Parquet tables), entities linked",
        description="Index records written by 'rufacts batch' into tables (articles, entities, "
                    "mentions, roles, dates, amounts, sector_counts, co_occurrence). An article "
                    "id indexed again replaces its rows; new ids append. Exit code 0 even when "
                    "lines are broken (each is indexed as an error article and named).")
    p.add_argument("inputs", nargs="*", metavar="OUT.jsonl",
                   help="records written by 'rufacts batch' (.jsonl, also .gz .bz2 .xz .zst); "
                        "none with --parquet DIR: take in the parts workers wrote to DIR")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FACTS.duckdb",
                       help="the DuckDB file to create or add to (default: facts.duckdb)")
    where.add_argument("--parquet", metavar="DIR",
                       help="write Parquet tables instead, one folder per table under DIR")
    p.add_argument("--batch-size", type=int, default=2000, metavar="N",
                   help="records per Arrow batch (default: %(default)s)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary")
    p.set_defaults(func=cmd_index)
    return p


def _fail(message: str) -> int:
    print(f"rufacts: error: {message}", file=sys.stderr)
    return 2


def _report(summary: Any, quiet: bool, where: str) -> None:
    lines = summary.lines(max_messages=100) if not quiet else summary.messages
    for line in lines:
        print(f"rufacts: {line}", file=sys.stderr)
    if not quiet:
        print(f"rufacts: wrote {where}", file=sys.stderr)


def cmd_index(args: argparse.Namespace) -> int:
    """Run ``rufacts index``: 0 when indexed, 2 on a usage or input error."""
    missing = [p for p in args.inputs if p != "-" and not Path(p).is_file()]
    if missing:
        return _fail(f"no such input: {', '.join(missing)}")
    if not args.inputs and not (args.parquet and Path(args.parquet, "_parts").is_dir()):
        return _fail("no input (OUT.jsonl...), and no parts to take in (--parquet DIR)")
    if args.batch_size < 1:
        return _fail("--batch-size must be at least 1")
    try:
        from .run import index_files
    except ImportError as exc:
        return _fail(f"rufacts index needs duckdb and pyarrow ({exc})")
    from ..io import InputError

    try:
        summary = index_files(args.inputs, args.output, parquet=args.parquet,
                              batch_size=args.batch_size)
    except (InputError, OSError) as exc:
        return _fail(str(exc))
    _report(summary, args.quiet, args.parquet or args.output or "facts.duckdb")
    return 0


def batch_indexer(target: Optional[str], output: str) -> Optional[Any]:
    """For ``batch --index TARGET``: an object whose ``add(result)`` indexes each written
    record and ``close(quiet)`` links and reports; None without ``--index``. A TARGET that is
    a folder (or ends with ``/``) is a Parquet index, else a DuckDB file."""
    if not target:
        return None
    from .run import Indexer, open_store

    parquet = target.endswith(("/", "\\")) or Path(target).is_dir()
    store = open_store(None if parquet else target, target if parquet else None)
    return _BatchIndex(Indexer(store), target, output)


def batch_parts(directory: Optional[str]) -> Optional[Any]:
    """For ``batch --engine dask --parquet DIR``: the hook the workers run on each partition's
    lines (writing Parquet parts to DIR); None without ``--parquet``."""
    if not directory:
        return None
    from .parts import PartWriter

    Path(directory).mkdir(parents=True, exist_ok=True)
    return PartWriter(directory)


def consolidate_parts(directory: str, quiet: bool = False) -> None:
    """The end of ``batch --parquet DIR``: the parts taken in, entities linked, tables written."""
    from .parts import consolidate

    if not Path(directory, "_parts").is_dir():
        return
    summary = consolidate(directory)
    if not quiet:
        print(f"rufacts: index: took in {summary.indexed} articles written by the workers in "
              f"{summary.seconds:.1f} s; {summary.articles} articles, {summary.entities} "
              f"entities; wrote {directory}", file=sys.stderr)


class _BatchIndex:
    def __init__(self, indexer: Any, target: str, output: str) -> None:
        self.indexer, self.target, self.output, self.n = indexer, target, output, 0

    def add(self, result: Any) -> None:
        self.n += 1
        self.indexer.add_line(result.line, self.output, self.n)

    def close(self, quiet: bool = False) -> None:
        _report(self.indexer.close(), quiet, self.target)
