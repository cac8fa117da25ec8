"""``rufacts bench``: how fast rufacts is, and how that compares with plain natasha.

On one set of texts, in one run, each measurement in its own fresh process:

- rufacts, 1 process: load time, articles/s, chars/s, peak RSS;
- natasha (NER + DatesExtractor + MoneyExtractor, :func:`rufacts.baseline.natasha_record`),
  1 process, the same figures; the two processes take their passes in turn (rufacts,
  natasha, rufacts, ...), so that a slow spell of the machine (other jobs, a VM's stolen
  time) slows both and their ratio stays put;
- rufacts, N worker processes (the batch command's process pool): wall time
  from the first text to the last (pool start and model loading excluded, as
  reported separately), and the peak RSS of the largest worker.

Each timing is the best of ``repeat`` passes over the texts (other load on
the machine can only slow a pass down); load times are single measurements. The
single-process runs also report their CPU time (``time.process_time``, all threads of
the process), the best of the same passes: on a shared machine wall time swings with
the other load, CPU time much less, so the report gives the ratio to natasha both ways. The report
gives the machine's load average at the start and the end, and flags its ratios as
unreliable on fewer than :data:`MIN_ARTICLES` articles or :data:`MIN_CHARS` characters.

The texts default to the factRuEval dev set in ``../shared/eval/`` where
present, else the bundled sample dump (``data/sample``).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Optional

from ..batch.worker import RecordOptions, peak_rss_mb, set_worker_env

_ROOT = Path(__file__).resolve().parents[3]
#: Below this many articles or characters a speed ratio is noise (load, caches, warm-up):
#: the report flags it as unreliable.
MIN_ARTICLES = 50
MIN_CHARS = 100_000


@dataclass
class Measure:
    """One measured configuration."""

    system: str
    processes: int
    articles: int
    chars: int
    load_s: float
    seconds: float
    peak_rss_mb: float
    cpu_seconds: Optional[float] = None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0

    @property
    def articles_per_cpu_s(self) -> Optional[float]:
        return self.articles / self.cpu_seconds if self.cpu_seconds else None

    def as_json(self) -> dict[str, Any]:
        per_cpu = self.articles_per_cpu_s
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 2),
                "chars_per_s": round(self.chars_per_s),
                "articles_per_cpu_s": round(per_cpu, 2) if per_cpu else None}


def default_input() -> Optional[Path]:
    """The factRuEval dev texts where present, else the bundled sample folder, else None."""
    for candidate in (Path.cwd().parent / "shared" / "eval" / "factru-dev.jsonl",
                      _ROOT.parent / "shared" / "eval" / "factru-dev.jsonl",
                      _ROOT / "data" / "sample"):
        if candidate.exists():
            return candidate
    return None


def load_texts(path: str, limit: Optional[int] = None) -> list[tuple[str, str]]:
    """(id, text) pairs of every readable record of an input (any format ``batch`` reads)."""
    from ..io import read_inputs

    texts = [(r.id, r.text) for r in read_inputs([path]) if r.error is None and r.text]
    return texts[:limit] if limit else texts


def _best(run: Any, repeat: int) -> tuple[float, float]:
    """The shortest wall time and the smallest CPU time of ``repeat`` calls of ``run``
    (other load on the machine only adds to either)."""
    best, best_cpu = float("inf"), float("inf")
    for _ in range(max(1, repeat)):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return best, best_cpu


def _serve(system: str, texts: list[tuple[str, str]], conn: Any) -> None:
    """Child process: load one system, send its load time, then time one pass over the texts
    for each ``True`` received (sending wall and CPU seconds); on ``False`` send the peak RSS."""
    set_worker_env()
    start = time.perf_counter()
    if system == "rufacts":
        from ..io.records import InputRecord
        from ..batch.worker import get_pipeline, process_record

        options = RecordOptions(timeout=None)
        get_pipeline(options)
        records = [InputRecord(id, text, {}) for id, text in texts]

        def one_pass() -> None:
            for record in records:
                process_record(record, options)
    else:
        from .baseline import load, natasha_record

        load()

        def one_pass() -> None:
            for _, text in texts:
                natasha_record(text)
    conn.send(time.perf_counter() - start)
    while conn.recv():
        wall, cpu = time.perf_counter(), time.process_time()
        one_pass()
        conn.send((time.perf_counter() - wall, time.process_time() - cpu))
    conn.send(peak_rss_mb())


def _interleaved(systems: list[str], texts: list[tuple[str, str]], repeat: int) -> list[Measure]:
    """One process per system, loaded one after the other, then their passes in turn
    (rufacts, natasha, rufacts, ...): a slow spell of the machine falls on both, so their
    ratio holds better than that of two runs minutes apart. Best pass of each."""
    context = multiprocessing.get_context("spawn")
    children = []
    for system in systems:
        conn, child_conn = context.Pipe()
        process = context.Process(target=_serve, args=(system, texts, child_conn))
        process.start()
        children.append((system, process, conn, conn.recv()))
    best = {system: [float("inf"), float("inf")] for system in systems}
    for _ in range(max(1, repeat)):
        for system, _, conn, _ in children:
            conn.send(True)
            wall, cpu = conn.recv()
            best[system] = [min(best[system][0], wall), min(best[system][1], cpu)]
    measures = []
    for system, process, conn, load_s in children:
        conn.send(False)
        peak = conn.recv()
        process.join()
        measures.append(Measure(system, 1, len(texts), sum(len(t) for _, t in texts), load_s,
                                best[system][0], peak, best[system][1]))
    return measures


def _pid_after(seconds: float) -> int:
    """Pool task: this worker's pid, after holding the worker for ``seconds``."""
    time.sleep(seconds)
    return os.getpid()


def _pool(workers: int, texts: list[tuple[str, str]], repeat: int, queue: Any) -> None:
    """Child process: the batch process pool over the texts; the largest worker's peak RSS."""
    import resource

    from ..io.records import InputRecord
    from ..batch.pool import PoolEngine, chunked, ordered_results

    options = RecordOptions(timeout=None)
    records = [InputRecord(id, text, {}) for id, text in texts]
    start = time.perf_counter()
    engine = PoolEngine(options, workers)
    # tasks that hold their worker a moment, until every worker has answered: all loaded
    seen: set[int] = set()
    while len(seen) < workers:
        tasks = [engine.executor.submit(_pid_after, 0.2) for _ in range(workers)]
        seen.update(task.result() for task in tasks)
    load_s = time.perf_counter() - start
    counts: list[int] = []
    seconds, _ = _best(lambda: counts.append(sum(
        len(results) for results in ordered_results(engine, chunked(records, 4), options))),
        repeat)
    count = counts[-1]
    engine.close()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    queue.put(Measure("rufacts", workers, count, sum(len(t) for _, t in texts), load_s, seconds,
                      peak))


def _measure(target: Any, *args: Any) -> Measure:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def _loadavg() -> Optional[float]:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # pragma: no cover - not on this platform
        return None


def reliability(articles: int, chars: int) -> Optional[str]:
    """Why a speed figure over ``articles`` texts of ``chars`` characters is unreliable, or
    None when the input is big enough."""
    if articles >= MIN_ARTICLES and chars >= MIN_CHARS:
        return None
    return (f"UNRELIABLE: only {articles} articles and {chars:,} characters; a speed figure "
            f"needs at least {MIN_ARTICLES} articles and {MIN_CHARS:,} characters")


def run(path: str, workers: Optional[int] = None, limit: Optional[int] = None,
        natasha: bool = True, repeat: int = 3) -> dict[str, Any]:
    """Every measurement over the texts of ``path``; a JSON-ready report."""
    texts = load_texts(path, limit)
    if not texts:
        raise ValueError(f"{path}: no readable texts to benchmark")
    workers = workers or os.cpu_count() or 1
    load_before = _loadavg()
    single, *others = _interleaved(["rufacts"] + (["natasha"] if natasha else []), texts,
                                   repeat)
    base = others[0] if others else None
    pool = _measure(_pool, workers, texts, repeat)
    report: dict[str, Any] = {
        "input": str(path), "articles": len(texts), "chars": sum(len(t) for _, t in texts),
        "cpu_count": os.cpu_count(), "repeat": repeat,
        "load_average_at_start": load_before,
        "runs": [m.as_json() for m in (single, base, pool) if m],
        "speedup_workers": round(pool.articles_per_s / single.articles_per_s, 2),
        "load_average_at_end": _loadavg(),
    }
    report["unreliable"] = reliability(report["articles"], report["chars"])
    if base is not None:
        report["ratio_vs_natasha"] = round(single.articles_per_s / base.articles_per_s, 2)
        report["ratio_vs_natasha_cpu"] = round(base.cpu_seconds / single.cpu_seconds, 2)
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as a Markdown table plus the ratios."""
    lines = [f"{report['articles']} articles, {report['chars']} characters from {report['input']}; "
             f"best of {report['repeat']} passes",
             "",
             "| system | processes | load s | articles/s | articles/CPU-s | chars/s "
             "| peak RSS MB/process |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for m in report["runs"]:
        per_cpu = m.get("articles_per_cpu_s")
        lines.append(f"| {m['system']} | {m['processes']} | {m['load_s']:.2f} | "
                     f"{m['articles_per_s']:.1f} | {f'{per_cpu:.1f}' if per_cpu else '-'} | "
                     f"{m['chars_per_s']:,} | {m['peak_rss_mb']:.0f} |")
    lines.append("")
    unreliable = report.get("unreliable")
    flag = f" ({unreliable})" if unreliable else ""
    if "ratio_vs_natasha" in report:
        lines.append(f"rufacts / natasha, articles/s per process: "
                     f"{report['ratio_vs_natasha']:.2f}{flag}")
        if report.get("ratio_vs_natasha_cpu"):
            lines.append(f"rufacts / natasha, articles per CPU-second per process: "
                         f"{report['ratio_vs_natasha_cpu']:.2f}{flag}")
    pool = report["runs"][-1]
    lines.append(f"{pool['processes']} workers / 1 process: {report['speedup_workers']:.2f}x{flag}")
    start, end = report.get("load_average_at_start"), report.get("load_average_at_end")
    if start is not None:
        lines.append(f"machine: {report['cpu_count']} cores, 1-minute load average {start:.2f} "
                     f"at the start" + (f", {end:.2f} at the end" if end is not None else ""))
    busy = max(x for x in (start, end, 0.0) if x is not None)
    if busy > 0.5 * (report["cpu_count"] or 1):
        lines.append(f"note: the machine was busy (load average {busy:.1f} on "
                     f"{report['cpu_count']} cores): other processes may have taken CPU time "
                     "from these runs")
    return "\n".join(lines)


def main(path: Optional[str], workers: Optional[int], limit: Optional[int], natasha: bool,
         as_json: bool, repeat: int = 3) -> int:
    """The ``bench`` command; prints the report."""
    if path is None:
        found = default_input()
        if found is None:
            raise ValueError("no benchmark input given and none found "
                             "(../shared/eval/factru-dev.jsonl or data/sample)")
        path = str(found)
    report = run(path, workers=workers, limit=limit, natasha=natasha, repeat=repeat)
    print(json.dumps(report, indent=2) if as_json else format_report(report))
    return 0
