"""Limits on one article: :func:`deadline` raises :class:`ArticleTimeout` inside it after a
time; :func:`memory_ceiling` makes allocations past a size raise ``MemoryError``.

In a process's main thread (the sequential engine, process-pool workers) the
limit is a ``SIGALRM`` interval timer; elsewhere (Dask runs tasks in worker
threads) a timer thread raises the exception asynchronously in the working
thread. Both interrupt pure-Python work between bytecodes; a single call that
stays in C code longer is interrupted when it returns.
"""
from __future__ import annotations

import ctypes
import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterator, Optional


class ArticleTimeout(Exception):
    """An article took longer than its time limit."""


def _main_thread_deadline_possible() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def on_alarm(signum: int, frame: object) -> None:
        raise ArticleTimeout(f"over the time limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _AsyncDeadline:
    """Raise :class:`ArticleTimeout` in the current thread after ``seconds``."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.active = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _set_exc(self, exc: Optional[type]) -> None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(self.thread_id), ctypes.py_object(exc) if exc else ctypes.c_void_p(0))

    def _fire(self) -> None:
        with self.lock:
            if self.active:
                self._set_exc(ArticleTimeout)

    def __enter__(self) -> None:
        self.active = True
        self.timer.start()

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.active = False
            self.timer.cancel()
            self._set_exc(None)  # drop an exception that fired but was not raised yet


@contextmanager
def deadline(seconds: Optional[float]) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the block after ``seconds`` (``None``/0: no limit).

    >>> import time
    >>> try:
    ...     with deadline(0.05):
    ...         while True:
    ...             pass
    ... except ArticleTimeout:
    ...     print("timed out")
    timed out
    """
    if not seconds or seconds <= 0:
        yield
    elif _main_thread_deadline_possible():
        with _alarm(seconds):
            yield
    else:
        with _AsyncDeadline(seconds):
            yield


#: Room always left above what the process already maps when a ceiling is set.
MIN_HEADROOM = 256 << 20


def _mapped_bytes() -> Optional[int]:
    """The address space this process maps now (Linux), or None where unknown."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def memory_ceiling(max_bytes: Optional[int]) -> Iterator[None]:
    """Inside the block, allocations that would take this process's address space past
    ``max_bytes`` fail with ``MemoryError`` (``RLIMIT_AS``; at least :data:`MIN_HEADROOM`
    above what is mapped already); the previous limit comes back after it.

    Only in a process's main thread (the limit is per process; Dask's threaded workers
    get none) and where ``resource`` exists (not on Windows). ``None``/0: no ceiling.

    >>> with memory_ceiling(512 << 20):
    ...     try:
    ...         block = bytearray(1 << 31)
    ...     except MemoryError:
    ...         print("over the ceiling")
    over the ceiling
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        resource = None  # type: ignore[assignment]
    if not max_bytes or resource is None or \
            threading.current_thread() is not threading.main_thread():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    mapped = _mapped_bytes() or 0
    limit = max(max_bytes, mapped + MIN_HEADROOM)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY:
        limit = min(limit, soft)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
