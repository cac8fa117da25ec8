"""The per-record function every engine runs, and the setup of a worker process.

:func:`process_record` turns one :class:`~rufacts.io.InputRecord` into one
JSON line, whatever happens: a record that cannot be processed becomes an
error record. The sequential engine, the process pool and Dask all call it
(through :func:`process_chunk`), over the lazy per-process pipeline
:func:`rufacts.pipeline.shared`, so they give the same output record for record.

A text that decodes but looks mis-decoded (mostly letters of neither Cyrillic nor Latin
script, or replacement characters) is processed, with a ``decode`` warning in
``meta["warnings"]`` and in the run's summary.

Everything done for one record -- decoding a plain-text article and reading its
layout, reducing HTML, the pipeline -- runs under the record's time limit
(``timeout``) and memory ceiling (``max_memory``).

Error kinds: ``decode``, ``bad_json``, ``bad_record``, ``no_text``, ``io``
(from the readers), ``empty_text``, ``too_large``, ``timeout``, ``memory`` (the
record went over the memory ceiling), ``pipeline`` (a component raised) and
``crash`` (the worker process died on the record).
"""
from __future__ import annotations

import gc
import importlib.util
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple, Optional

from .deadline import ArticleTimeout, deadline, memory_ceiling
from ..facts import Article
from ..io.encoding import doubtful_decoding, has_undecodable
from ..io.html import HTML_BASIS, TEXT_BASIS_KEY, html_to_text, looks_like_html
from ..io.readers import prepare
from ..io.records import InputRecord
from ..io.writer import dumps

#: Longer "articles" are almost always broken dumps.
MAX_CHARS = 1_000_000
#: Default time limit on one article, in seconds.
TIMEOUT = 60.0
#: Default memory ceiling of a process working on one article, in MB.
MAX_MEMORY_MB = 1536
#: Environment every worker process gets: one BLAS thread (slovnet#11: many-fold slowdown else).
WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class RecordOptions:
    """How records are processed; picklable, sent once to every worker."""

    pipeline: str = "default"  # bundled config name or a .cfg path
    keep_text: bool = True  # False: records carry "text": null
    max_chars: int = MAX_CHARS  # longer texts become too_large error records
    timeout: Optional[float] = TIMEOUT  # seconds per article; None or 0: no limit
    max_memory: Optional[int] = MAX_MEMORY_MB  # MB a process may map; None or 0: no ceiling
    html: bool = True  # reduce HTML-looking texts to plain text first
    code: tuple[str, ...] = ()  # Python files to import first (custom components)


class Result(NamedTuple):
    """One output record: its id, its JSON line (no newline), its error kind or None, and
    the kinds of its warnings (``decode``: the text looks mis-decoded)."""

    id: str
    line: str
    error: Optional[str]
    warnings: tuple[str, ...] = ()


def add_warning(meta: dict[str, Any], kind: str, message: str) -> None:
    """Note a doubt about a record in ``meta["warnings"]`` (a list of {kind, message})."""
    meta["warnings"] = [*meta.get("warnings", ()), {"kind": kind, "message": message}]


_LOCK = threading.Lock()
_IMPORTED: set[str] = set()
_WARM: set[str] = set()
#: Run once per process before any article: it loads what every extractor loads on first use
#: (the syntax model for count sentences, the ОКВЭД tables, the name lexicons) so that no
#: article pays for it on its clock. Unloaded, a first article with a count took 1.7 s more
#: (2 s limit under load: a time-out), and a load longer than the limit never completed.
WARM_UP = ("Мэр Москвы Сергей Собянин 5 мая 2022 года открыл в Зеленограде завод «Ангстрем». "
           "В технопарке работают около 40 компаний, из них 12 — в сфере микроэлектроники, ещё "
           "пять выпускают лекарства, а две пекарни и 3 IT-компании открылись годом ранее. "
           "Как сообщил министр Антон Силуанов, инвестиции составили 3,5 млрд рублей, площадь "
           "— 12 тыс. кв. м; треть предприятий — малые. Глава компании «Сибур» Михаил Карисалов "
           "и посол Японии Акира Кагэяма встретились с Йоханом Нильссоном в Казани.")


def import_code(paths: tuple[str, ...]) -> None:
    """Import Python files (once per process) that register custom spaCy components."""
    with _LOCK:
        for path in paths:
            resolved = str(Path(path).resolve())
            if resolved in _IMPORTED:
                continue
            name = f"rufacts_user_code_{len(_IMPORTED)}"
            spec = importlib.util.spec_from_file_location(name, resolved)
            if spec is None or spec.loader is None:
                raise ImportError(f"cannot import {path}")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
            _IMPORTED.add(resolved)


def get_pipeline(options: RecordOptions) -> Any:
    """The process's pipeline for ``options`` (loaded on first use, once per process)."""
    import_code(options.code)
    from ..pipeline import shared

    with _LOCK:  # Dask may run tasks in several threads of one process
        pipeline = shared(options.pipeline)
        if options.pipeline not in _WARM:  # first calls build caches: not on an article's clock
            pipeline.extract(WARM_UP)
            preload()
            _WARM.add(options.pipeline)
            gc.set_threshold(*GC_THRESHOLD)
            _freeze()
        return pipeline


#: The packages whose lazy loaders :func:`preload` calls (the pipeline's own code).
PRELOAD_PACKAGES = ("rufacts.components.", "rufacts.grammars.", "rufacts.entities.")


def lazy_loaders() -> Iterator[Callable[[], Any]]:
    """Every lazy loader -- a module-level function without arguments cached by
    ``functools.lru_cache`` (a lexicon, a table, a model) -- of the pipeline's modules
    (:data:`PRELOAD_PACKAGES`), all imported first: some are imported by a rule on first use."""
    import importlib
    import inspect
    import pkgutil

    for package in PRELOAD_PACKAGES:
        for info in pkgutil.iter_modules(importlib.import_module(package[:-1]).__path__, package):
            importlib.import_module(info.name)
    for name, module in list(sys.modules.items()):
        if not name.startswith(PRELOAD_PACKAGES) or module is None:
            continue
        for value in list(vars(module).values()):
            if not hasattr(value, "cache_info") or getattr(value, "__module__", None) != name:
                continue
            try:
                if inspect.signature(value).parameters:
                    continue
            except (TypeError, ValueError):
                continue
            yield value


def preload() -> int:
    """Call every :func:`lazy_loaders` loader, so that none loads during an article, under its
    time limit: an interrupted load starts again on the next article, and one longer than the
    limit never completes. The warm-up text cannot reach every rule's lexicon. Returns the
    number of loaders called."""
    called = 0
    for loader in lazy_loaders():
        loader()
        called += 1
    return called


#: Records between two :func:`_freeze` calls.
FREEZE_EVERY = 64
#: The garbage collector's thresholds in a process that runs articles (Python's: 700, 10, 10).
#: An article makes thousands of container objects (spans, parses, chart states) that reference
#: counting frees; at 700 the youngest generation was collected ~3 times an article and the
#: next ~once in four, 2.5% of the CPU time over factRuEval dev; at 10,000, 1% (mostly the
#: full collections of :func:`_freeze`). Cyclic garbage waits a little longer (a few MB).
GC_THRESHOLD = (10_000, 10, 10)
_SINCE_FREEZE = [0]


def _freeze() -> None:
    """Collect, then move every object left (the models, vocabularies, lexicons and the
    caches filled so far: ~300k objects that live as long as the process) out of the
    garbage collector's reach: its full passes walked them all, 0.17 s CPU per pass over
    factRuEval dev (5%). Collecting first leaves no garbage frozen; once frozen, a
    collection walks only what was made since, so doing it every :data:`FREEZE_EVERY`
    records is cheap and keeps the growing caches out too."""
    _SINCE_FREEZE[0] = 0
    gc.collect()
    gc.freeze()


def failed_result(record: InputRecord, kind: str, message: str, meta: dict[str, Any]) -> Result:
    """The error record of ``record``: its id, no facts, ``error`` = (kind, message)."""
    try:
        line = dumps(Article.failed(record.id, kind, message, meta=meta).as_json())
    except Exception:  # noqa: BLE001 - meta that cannot be written: keep its source only
        source = meta.get("source") if isinstance(meta, dict) else None
        line = dumps(Article.failed(str(record.id), kind, message,
                                    meta={"source": str(source)}).as_json())
    return Result(record.id, line, kind)


def process_record(record: InputRecord, options: RecordOptions = RecordOptions()) -> Result:
    """One input record -> one JSON record line; never raises for a bad record."""
    _SINCE_FREEZE[0] += 1
    if _SINCE_FREEZE[0] >= FREEZE_EVERY:
        _freeze()
    try:
        return _process_record(record, options)
    except KeyboardInterrupt:
        raise
    except MemoryError:
        return failed_result(record, "memory", _over_memory(options), {
            "source": record.meta.get("source")})
    except RecursionError as exc:
        return failed_result(record, "bad_record", f"RecursionError: {exc}", {
            "source": record.meta.get("source")})


def _over_memory(options: RecordOptions) -> str:
    return f"over the memory ceiling of {options.max_memory} MB per process"


def _limits(seconds: Optional[float], options: RecordOptions) -> Any:
    from contextlib import ExitStack

    stack = ExitStack()
    stack.enter_context(memory_ceiling((options.max_memory or 0) << 20))
    stack.enter_context(deadline(seconds))
    return stack


def _prepared(record: InputRecord, options: RecordOptions) -> "Result | tuple[str, dict]":
    """(text, meta) ready for the pipeline, or the record's error result."""
    record = prepare(record)  # a plain-text article: decoded, meta from its layout
    meta = dict(record.meta)
    if record.error is not None:
        return failed_result(record, record.error[0], record.error[1], meta)
    text = record.text
    if not isinstance(text, str):
        return failed_result(record, "no_text", "the text is not a string", meta)
    if has_undecodable(text):
        return failed_result(record, "decode", "the text holds undecodable bytes", meta)
    if len(text) > options.max_chars:
        return failed_result(record, "too_large",
                             f"{len(text)} characters, over the limit of {options.max_chars}", meta)
    if options.html and looks_like_html(text):
        text = html_to_text(text)
        meta[TEXT_BASIS_KEY] = HTML_BASIS
    if not text.strip():
        return failed_result(record, "empty_text", "the text is empty or only whitespace", meta)
    doubt = doubtful_decoding(text)
    if doubt is not None:
        add_warning(meta, "decode", doubt)
    return text, meta


def _process_record(record: InputRecord, options: RecordOptions) -> Result:
    if record.error is not None:
        return failed_result(record, record.error[0], record.error[1], dict(record.meta))
    timeout = options.timeout if options.timeout and options.timeout > 0 else None
    start = time.monotonic()
    meta = dict(record.meta)
    try:
        with _limits(timeout, options):
            prepared = _prepared(record, options)
    except ArticleTimeout:
        return failed_result(record, "timeout",
                             f"over the time limit of {options.timeout:g} s per article", meta)
    except MemoryError:
        return failed_result(record, "memory", _over_memory(options), meta)
    if isinstance(prepared, Result):
        return prepared
    text, meta = prepared
    pipeline = get_pipeline(options)  # a pipeline that cannot load fails the run, not a record
    left = None if timeout is None else max(0.001, timeout - (time.monotonic() - start))
    try:
        with _limits(left, options):
            article = next(iter(pipeline.pipe([(record.id, text, meta)])))
    except ArticleTimeout:
        return failed_result(record, "timeout",
                             f"over the time limit of {options.timeout:g} s per article", meta)
    except MemoryError:
        return failed_result(record, "memory", _over_memory(options), meta)
    except Exception as exc:  # noqa: BLE001 - a component failure is data here
        return failed_result(record, "pipeline", f"{type(exc).__name__}: {exc}", meta)
    data = article.as_json()
    if not options.keep_text:
        data["text"] = None
    return Result(record.id, dumps(data), None,
                  tuple(w["kind"] for w in meta.get("warnings", ())))


def process_chunk(records: list[InputRecord], options: RecordOptions) -> list[Result]:
    """:func:`process_record` over a chunk, in order (the unit of work of every engine)."""
    return [process_record(record, options) for record in records]


def set_worker_env() -> None:
    """One BLAS/OpenMP thread, before numpy is imported in this process."""
    for key, value in WORKER_ENV.items():
        os.environ[key] = value


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """Daemon thread: end this worker when its parent process is gone (e.g. killed -9)."""
    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="rufacts-parent-watch", daemon=True).start()


def init_worker(options: RecordOptions, parent: Optional[int] = None) -> None:
    """Set up a pool worker: its environment, Ctrl-C left to the parent, the pipeline loaded."""
    set_worker_env()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run cleanly
    if parent is not None:
        _exit_with_parent(parent)
    get_pipeline(options)


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB (Linux and macOS)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
