"""Past one machine: the same per-record function on a Dask distributed cluster.

``rufacts batch ... --engine dask --scheduler tcp://HOST:8786`` connects to a
running cluster; without ``--scheduler`` a ``LocalCluster`` of ``--workers``
processes (one thread each) is started and stopped with the run. Each chunk of
records becomes a ``dask.bag`` whose partitions run
:func:`rufacts.worker.process_chunk` on the workers; the pipeline is loaded once
per worker process (a worker plugin loads it when the worker starts, the lazy
per-process singleton otherwise). Results come back in input order and are
written by this process, as with the local engine, so ``--resume`` and the
summary work the same.

Workers need rufacts installed (the same version) and, for speed,
``OPENBLAS_NUM_THREADS=1`` in their environment (set here for a LocalCluster).
For dumps already stored where the workers can read them, :func:`extract_bag`
maps a bag of input records to a bag of JSON lines, for ``to_textfiles``.

``on_lines`` (``rufacts batch --engine dask --parquet DIR``): a picklable callable run on
the worker with the JSON lines of each partition it computed, before they are sent back
(``rufacts.index.parts.PartWriter`` writes them as Parquet index parts there).
"""
from __future__ import annotations

import os
from concurrent.futures import Future
from typing import Any, Callable, Iterable, Optional

from ..io.records import InputRecord
from .worker import (
    WORKER_ENV, RecordOptions, Result, get_pipeline, import_code, process_chunk, set_worker_env,
)

try:
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - the [dask] extra is not installed
    _WorkerPlugin = object  # type: ignore[misc,assignment]

PLUGIN_NAME = "rufacts-pipeline"


def _require() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("--engine dask needs dask[bag] and distributed: "
                          "pip install 'rufacts[dask]'") from exc
    return db, Client


LinesHook = Callable[[list[str]], Any]


def process_partition(records: Iterable[InputRecord], options: RecordOptions,
                      on_lines: Optional[LinesHook] = None) -> list[Result]:
    """:func:`rufacts.worker.process_chunk` over one bag partition; ``on_lines`` (when given)
    called here, on the worker, with the partition's JSON lines."""
    results = process_chunk(list(records), options)
    if on_lines is not None:
        on_lines([result.line for result in results])
    return results


class PipelinePlugin(_WorkerPlugin):  # type: ignore[misc,valid-type]
    """A Dask worker plugin that loads the pipeline when a worker starts (once per process)."""

    name = PLUGIN_NAME

    def __init__(self, options: RecordOptions) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        set_worker_env()  # in time unless numpy is already loaded in this worker
        import_code(self.options.code)
        get_pipeline(self.options)

    def teardown(self, worker: Any) -> None:
        pass


def extract_bag(bag: Any, options: RecordOptions = RecordOptions()) -> Any:
    """A bag of :class:`InputRecord` -> a bag of JSON record lines, partition order kept."""
    return bag.map_partitions(process_partition, options).map(lambda result: result.line)


class DaskEngine:
    """Runs chunks as dask bags on a distributed cluster (given, or a LocalCluster)."""

    def __init__(self, options: RecordOptions, scheduler: Optional[str] = None,
                 workers: Optional[int] = None, on_lines: Optional[LinesHook] = None) -> None:
        _, Client = _require()
        from distributed.scheduler import KilledWorker

        self.options, self.on_lines = options, on_lines
        self.crash_errors: tuple[type[BaseException], ...] = (KilledWorker,)
        self.cluster: Any = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=30)
            except (OSError, TimeoutError) as exc:
                from .pool import RunError

                raise RunError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        else:
            from distributed import LocalCluster

            saved = {key: os.environ.get(key) for key in WORKER_ENV}
            os.environ.update(WORKER_ENV)  # inherited by the worker processes
            try:
                self.cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                            threads_per_worker=1, processes=True,
                                            dashboard_address=None)
            finally:
                for key, value in saved.items():
                    if value is None:
                        os.environ.pop(key, None)
                    else:
                        os.environ[key] = value
            self.client = Client(self.cluster)
        try:
            self.client.register_plugin(PipelinePlugin(options), name=PLUGIN_NAME)
        except Exception as exc:
            self.close()
            from .pool import RunError

            raise RunError(f"the Dask workers cannot load the pipeline: "
                           f"{type(exc).__name__}: {exc}") from exc
        self.workers = max(1, sum(self.client.nthreads().values()))

    def submit(self, chunk: list[InputRecord]) -> "Future[list[Result]]":
        db, _ = _require()
        bag = db.from_sequence(chunk, npartitions=max(1, min(len(chunk), self.workers)))
        return self.client.compute(bag.map_partitions(process_partition, self.options,
                                                      self.on_lines))

    def restart(self) -> None:
        pass  # Dask replaces dead workers itself

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
