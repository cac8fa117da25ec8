"""Engines that run :func:`rufacts.worker.process_chunk`, and the ordered, bounded map over them.

- :class:`SequentialEngine`: this process (``--workers 1``);
- :class:`PoolEngine`: a pool of worker processes (spawned, one pipeline each,
  one BLAS thread each, Ctrl-C left to the parent, gone when the parent is);
- ``rufacts.dask_engine.DaskEngine``: a Dask distributed cluster.

:func:`ordered_results` keeps at most ``window`` chunks in flight and yields
their results in input order, so memory stays bounded whatever the size of the
dump. When a worker process dies (a crash, the OOM killer), the chunks in
flight are redone one record at a time in a fresh pool; the record that kills
its worker becomes a ``crash`` error record and the run goes on.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator, Optional, Protocol

from ..io.records import InputRecord
from .worker import RecordOptions, Result, failed_result, get_pipeline, process_chunk

#: Records per chunk (the unit of work sent to a worker) and chunks in flight per worker.
CHUNK_SIZE = 16
CHUNKS_PER_WORKER = 4
#: A chunk is closed early once its texts reach this many characters.
CHUNK_CHARS = 1_000_000
#: Consecutive records that each kill a worker before the run is given up as broken.
MAX_CONSECUTIVE_CRASHES = 3


class RunError(Exception):
    """The run itself failed (not one record): workers cannot start or keep dying."""


class Engine(Protocol):
    """Something that runs chunks of records, somewhere, and hands back futures."""

    workers: int
    crash_errors: tuple[type[BaseException], ...]

    def submit(self, chunk: list[InputRecord]) -> "Future[list[Result]]": ...

    def restart(self) -> None: ...

    def close(self, cancel: bool = False) -> None: ...


class SequentialEngine:
    """Runs chunks in this process, at once (one pipeline, loaded on first use)."""

    crash_errors: tuple[type[BaseException], ...] = ()

    def __init__(self, options: RecordOptions) -> None:
        self.options, self.workers = options, 1
        if "numpy" not in sys.modules:  # else too late to take effect
            for key, value in (("OPENBLAS_NUM_THREADS", "1"), ("OMP_NUM_THREADS", "1")):
                os.environ.setdefault(key, value)
        try:
            get_pipeline(options)
        except Exception as exc:
            raise RunError(f"the pipeline cannot be loaded: {type(exc).__name__}: {exc}") from exc

    def submit(self, chunk: list[InputRecord]) -> "Future[list[Result]]":
        future: Future[list[Result]] = Future()
        future.set_result(process_chunk(chunk, self.options))
        return future

    def restart(self) -> None:  # pragma: no cover - nothing to restart
        pass

    def close(self, cancel: bool = False) -> None:
        pass


class PoolEngine:
    """A pool of ``workers`` spawned processes, each with its own pipeline."""

    crash_errors: tuple[type[BaseException], ...] = (BrokenProcessPool,)

    def __init__(self, options: RecordOptions, workers: Optional[int] = None) -> None:
        self.options = options
        self.workers = workers or os.cpu_count() or 1
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        """A new pool, once a first worker has loaded its pipeline (else :class:`RunError`)."""
        from .worker import init_worker

        executor = ProcessPoolExecutor(self.workers,
                                       mp_context=multiprocessing.get_context("spawn"),
                                       initializer=init_worker,
                                       initargs=(self.options, os.getpid()))
        try:
            executor.submit(os.getpid).result()
        except BrokenProcessPool as exc:
            executor.shutdown(wait=True, cancel_futures=True)
            raise RunError("the worker processes could not start: their pipeline failed to "
                           "load (its error is above)") from exc
        return executor

    def submit(self, chunk: list[InputRecord]) -> "Future[list[Result]]":
        return self.executor.submit(process_chunk, chunk, self.options)

    def _terminate(self) -> None:
        terminate = getattr(self.executor, "terminate_workers", None)  # Python >= 3.14
        if terminate is not None:
            terminate()
            return
        for process in list(getattr(self.executor, "_processes", {}).values()):
            if process.is_alive():
                process.terminate()

    def restart(self) -> None:
        self.close(cancel=True)
        self.executor = self._start()

    def close(self, cancel: bool = False) -> None:
        if cancel:
            self._terminate()
        self.executor.shutdown(wait=True, cancel_futures=cancel)


def chunked(records: Iterable[InputRecord], size: int = CHUNK_SIZE,
            max_chars: int = CHUNK_CHARS) -> Iterator[list[InputRecord]]:
    """Lists of up to ``size`` records (fewer once their texts reach ``max_chars``)."""
    chunk: list[InputRecord] = []
    chars = 0
    for record in records:
        chunk.append(record)
        chars += len(record.text) if isinstance(record.text, str) else len(record.raw or b"")
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _isolated(engine: Engine, chunk: list[InputRecord], options: RecordOptions,
              crashes: list[int]) -> list[Result]:
    """A chunk redone one record per task: the record that kills its worker is a crash record."""
    results = []
    for record in chunk:
        try:
            results.extend(engine.submit([record]).result())
            crashes[0] = 0
        except engine.crash_errors as exc:
            crashes[0] += 1
            if crashes[0] >= MAX_CONSECUTIVE_CRASHES:
                raise RunError(f"worker processes keep dying ({type(exc).__name__}: {exc}); "
                               "the last records tried each killed one") from exc
            engine.restart()
            results.append(failed_result(record, "crash", f"the worker process died on this record "
                                                    f"({type(exc).__name__})", dict(record.meta)))
    return results


def ordered_results(engine: Engine, chunks: Iterable[list[InputRecord]],
                    options: RecordOptions, window: Optional[int] = None) -> Iterator[list[Result]]:
    """Results of every chunk, in input order, with at most ``window`` chunks in flight."""
    window = window or max(1, engine.workers * CHUNKS_PER_WORKER)
    pending: deque[tuple[list[InputRecord], Future[list[Result]]]] = deque()
    source = iter(chunks)
    exhausted = False
    crashes = [0]
    while True:
        while not exhausted and len(pending) < window:
            chunk = next(source, None)
            if chunk is None:
                exhausted = True
            else:
                pending.append((chunk, engine.submit(chunk)))
        if not pending:
            return
        try:
            results = pending[0][1].result()
        except engine.crash_errors:
            lost = [chunk for chunk, _ in pending]
            pending.clear()
            engine.restart()
            for chunk in lost:
                yield _isolated(engine, chunk, options, crashes)
            continue
        pending.popleft()
        crashes[0] = 0
        yield results


__all__ = ["Engine", "PoolEngine", "RunError", "SequentialEngine", "chunked", "ordered_results"]
