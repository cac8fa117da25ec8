"""The batch job: input records in, one JSON record out for every one of them.

Records that cannot be processed become error records (their id, empty fact
lists, ``error`` filled); the run goes on and the summary counts them by kind.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator, Optional

from .facts import Article
from .io import InputRecord, JsonlWriter
from .pipeline import Pipeline, shared

MAX_CHARS = 1_000_000  # longer "articles" are almost always broken dumps


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        rate = self.read / self.seconds if self.seconds else 0.0
        out = [f"read {self.read}, written {self.written}, errors {sum(self.errors.values())}, "
               f"{self.seconds:.1f} s ({rate:.1f} articles/s)"]
        out += [f"  error {kind}: {n}" for kind, n in sorted(self.errors.items())]
        return out


def _checked(record: InputRecord, max_chars: int) -> InputRecord:
    if record.error is None and not record.text.strip():
        record.error = ("empty_text", "the text is empty or only whitespace")
    elif record.error is None and len(record.text) > max_chars:
        record.error = ("too_large", f"{len(record.text)} characters, over the limit of {max_chars}")
    return record


def process(records: Iterable[InputRecord], pipeline: Pipeline, batch_size: int = 16,
            max_chars: int = MAX_CHARS) -> Iterator[Article]:
    """One Article per input record, in input order; failures become error records."""
    batch: list[InputRecord] = []

    def flush() -> Iterator[Article]:
        good = [r for r in batch if r.error is None]
        try:
            done = {id(r): a for r, a in zip(good, pipeline.pipe((r.id, r.text, r.meta) for r in good))}
        except Exception:  # isolate the record that failed, keep the others
            done = {}
            for r in good:
                try:
                    done[id(r)] = pipeline.extract(r.text, id=r.id, **r.meta)
                except Exception as exc:  # noqa: BLE001 - any failure is data here
                    r.error = ("pipeline", f"{type(exc).__name__}: {exc}")
        for r in batch:
            if r.error is not None:
                yield Article.failed(r.id, r.error[0], r.error[1], meta=r.meta)
            else:
                yield done[id(r)]
        batch.clear()

    for record in records:
        batch.append(_checked(record, max_chars))
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


class Progress:
    """Plain progress lines on stderr every ``every`` seconds."""

    def __init__(self, stream: Optional[IO[str]] = sys.stderr, every: float = 5.0) -> None:
        self.stream, self.every = stream, every
        self.start = self.last = time.monotonic()

    def update(self, summary: Summary) -> None:
        now = time.monotonic()
        if self.stream is not None and now - self.last >= self.every:
            self.last = now
            rate = summary.read / (now - self.start)
            print(f"rufacts: {summary.read} articles ({rate:.1f}/s), "
                  f"{sum(summary.errors.values())} errors", file=self.stream, flush=True)


def run_batch(inputs: Iterable[InputRecord], out: str, pipeline: Optional[Pipeline] = None,
              keep_text: bool = True, max_chars: int = MAX_CHARS,
              progress: Optional[Progress] = None,
              on_record: Optional[Callable[[Article], None]] = None) -> Summary:
    """Process ``inputs`` and write one JSONL record each to ``out`` (``-``: stdout)."""
    pipeline = pipeline or shared()
    summary = Summary()
    start = time.monotonic()
    with JsonlWriter(out) as writer:
        for article in process(inputs, pipeline, max_chars=max_chars):
            summary.read += 1
            if article.error is not None:
                summary.errors[article.error.kind] += 1
            record = article.as_json()
            if not keep_text:
                record["text"] = None
            writer.write(record)
            summary.written += 1
            if on_record:
                on_record(article)
            if progress:
                progress.update(summary)
    summary.seconds = time.monotonic() - start
    return summary
