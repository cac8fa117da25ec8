"""The batch job: input records in, one JSON record out for every one of them, in order.

:func:`run_batch` reads records, skips those a previous run already wrote
(``resume``), sends chunks to an engine (this process, a process pool or a Dask
cluster, all running :func:`rufacts.worker.process_record`), writes the results
in input order as they come, and returns a :class:`Summary`. Records that
cannot be processed become error records; only failures of the run itself
(an input that cannot be opened, an output that cannot be written or resumed,
workers that cannot start) raise.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

from ..facts import Article
from ..io import InputRecord, JsonlWriter, OutputError, prepare, resume_state
from .pool import CHUNK_SIZE, Engine, PoolEngine, SequentialEngine, chunked, ordered_results
from .progress import Progress
from .worker import MAX_CHARS, RecordOptions, Result

if TYPE_CHECKING:  # the pipeline (spaCy, numpy) loads where records are processed
    from ..pipeline import Pipeline

ENGINES = ("local", "dask")


@dataclass
class Summary:
    """What a run did: records read and written (this run), errors by kind, seconds."""

    read: int = 0
    written: int = 0
    errors: Counter = field(default_factory=Counter)
    warnings: Counter = field(default_factory=Counter)  # records with a warning, by kind
    seconds: float = 0.0
    resumed: int = 0  # records already in the output, skipped
    interrupted: bool = False
    engine: str = "local"
    workers: int = 1

    def lines(self) -> list[str]:
        """The summary as lines for stderr."""
        rate = self.read / self.seconds if self.seconds else 0.0
        out = [f"read {self.read}, written {self.written}, errors {sum(self.errors.values())}, "
               f"{self.seconds:.1f} s ({rate:.1f} articles/s, {self.engine} engine, "
               f"{self.workers} worker{'s' if self.workers != 1 else ''})"]
        if self.resumed:
            out.append(f"resumed after {self.resumed} records already written")
        out += [f"  error {kind}: {n}" for kind, n in sorted(self.errors.items())]
        out += [f"  warning {kind}: {n} (see meta.warnings)"
                for kind, n in sorted(self.warnings.items())]
        if self.interrupted:
            out.append("interrupted: the output holds whole records only; "
                       "run again with --resume to continue")
        return out


def skip_done(records: Iterable[InputRecord], done_ids: list[str],
              out: str) -> Iterator[InputRecord]:
    """``records`` without the first ``len(done_ids)``, which must carry those ids in order."""
    source = iter(records)
    for n, expected in enumerate(done_ids, 1):
        record = next(source, None)
        if record is None:
            raise OutputError(f"cannot resume: {out} holds {len(done_ids)} records, "
                              f"the inputs only {n - 1}")
        if record.id != expected:
            raise OutputError(f"cannot resume: record {n} of {out} is {expected!r}, input "
                              f"record {n} is {record.id!r} (not an output of these inputs)")
    yield from source


def make_engine(options: RecordOptions, engine: str = "local", workers: Optional[int] = None,
                scheduler: Optional[str] = None,
                on_lines: Optional[Callable[[list[str]], Any]] = None) -> Engine:
    """The engine for ``engine`` (``local``: this process when 1 worker, else a process pool).
    ``on_lines``: dask only, run on the workers with each partition's JSON lines."""
    if engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(options, scheduler=scheduler, workers=workers, on_lines=on_lines)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    if on_lines is not None:
        raise ValueError("on_lines (writing on the workers) needs the dask engine")
    if workers == 1:
        return SequentialEngine(options)
    return PoolEngine(options, workers)


def run_batch(inputs: Iterable[InputRecord], out: str,
              options: RecordOptions = RecordOptions(), *, workers: Optional[int] = 1,
              engine: str = "local", scheduler: Optional[str] = None, resume: bool = False,
              chunk_size: int = CHUNK_SIZE, progress: Optional[Progress] = None,
              on_result: Optional[Callable[[Result], None]] = None,
              on_lines: Optional[Callable[[list[str]], Any]] = None) -> Summary:
    """Process ``inputs`` and write one JSONL record each to ``out`` (``-``: stdout).

    ``workers``: processes (``None``: all cores; 1: this process). ``resume``:
    keep the whole records ``out`` already holds and go on after them.
    Ctrl-C ends the run cleanly (``Summary.interrupted``), whole records only.
    ``on_lines`` (dask engine): called on the workers with each partition's JSON lines.
    """
    if resume and out == "-":
        raise OutputError("--resume needs an output file, not stdout")
    summary = Summary(engine=engine)
    start = time.monotonic()
    writer = JsonlWriter(out, append=resume)  # locked first: one run per output
    runner: Optional[Engine] = None
    cancel = True
    try:
        done_ids = resume_state(out) if resume else []
        summary.resumed = len(done_ids)
        records = skip_done(inputs, done_ids, out)
        runner = make_engine(options, engine, workers, scheduler, on_lines)
        summary.workers = runner.workers
        chunks = chunked(records, chunk_size * (runner.workers if engine == "dask" else 1))
        for results in ordered_results(runner, chunks, options):
            writer.write_lines(result.line for result in results)
            for result in results:
                summary.read += 1
                summary.written += 1
                if result.error is not None:
                    summary.errors[result.error] += 1
                summary.warnings.update(set(getattr(result, "warnings", ())))
                if on_result is not None:
                    on_result(result)
            if progress is not None:
                progress.update(summary.read, sum(summary.errors.values()))
        cancel = False
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if runner is not None:
            runner.close(cancel=cancel)
        writer.close()
        if progress is not None:
            progress.close()
        summary.seconds = time.monotonic() - start
    return summary


# ---- one article at a time, in this process (``rufacts extract``) ----

def _checked(record: InputRecord, max_chars: int) -> InputRecord:
    if record.error is None and not (record.text or "").strip():
        record.error = ("empty_text", "the text is empty or only whitespace")
    elif record.error is None and len(record.text or "") > max_chars:
        record.error = ("too_large", f"{len(record.text or '')} characters, "
                                     f"over the limit of {max_chars}")
    return record


def process(records: Iterable[InputRecord], pipeline: "Pipeline", batch_size: int = 16,
            max_chars: int = MAX_CHARS) -> Iterator[Article]:
    """One Article per input record, in input order; failures become error records."""
    batch: list[InputRecord] = []

    def flush() -> Iterator[Article]:
        good = [r for r in batch if r.error is None]
        try:
            done = {id(r): a for r, a in zip(good, pipeline.pipe((r.id, r.text or "", r.meta)
                                                                for r in good))}
        except Exception:  # isolate the record that failed, keep the others
            done = {}
            for r in good:
                try:
                    done[id(r)] = pipeline.extract(r.text or "", id=r.id, **r.meta)
                except Exception as exc:  # noqa: BLE001 - any failure is data here
                    r.error = ("pipeline", f"{type(exc).__name__}: {exc}")
        for r in batch:
            if r.error is not None:
                yield Article.failed(r.id, r.error[0], r.error[1], meta=r.meta)
            else:
                yield done[id(r)]
        batch.clear()

    for record in records:
        batch.append(_checked(prepare(record), max_chars))
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
