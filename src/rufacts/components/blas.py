"""One BLAS thread around the slovnet models (NER, syntax).

slovnet runs its CNNs as many small numpy matrix products. With OpenBLAS's default of
one thread per core, each product wakes the other threads for a few microseconds of
work: on factRuEval dev that doubled the CPU time of the whole pipeline and, on a
busy machine, its wall time too (slovnet issue 11). Batch workers start with
``OPENBLAS_NUM_THREADS=1`` (:data:`rufacts.batch.worker.WORKER_ENV`); in a library
user's process numpy is usually loaded already, so the limit is set around each model
call with threadpoolctl and the user's own numpy work keeps its threads.

>>> with one_blas_thread():
...     pass
"""
from __future__ import annotations

from contextlib import nullcontext
from functools import lru_cache
from typing import ContextManager

__all__ = ["one_blas_thread"]


@lru_cache(maxsize=1)
def _controller():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a dependency; without it nothing is limited
        return None
    return ThreadpoolController()


def one_blas_thread() -> ContextManager:
    """A context in which BLAS uses one thread (about 25 µs to enter and leave)."""
    controller = _controller()
    return nullcontext() if controller is None else controller.limit(limits=1,
                                                                     user_api="blas")
