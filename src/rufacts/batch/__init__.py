"""The batch runner: inputs to JSONL outputs through a local process pool or Dask, with the
worker, per-article time limits and progress.

May import: ``io``, ``facts``, ``pipeline`` (inside the worker). Never ``evaluation`` or
``review``.
"""
from .run import process, run_batch

__all__ = ["process", "run_batch"]
