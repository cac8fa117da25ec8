"""The slovnet models run with one BLAS thread, whatever the caller's process set.

Many-threaded OpenBLAS on slovnet's small matrix products doubled the pipeline's CPU
time in a library user's process (batch workers get OPENBLAS_NUM_THREADS=1 anyway)."""
from __future__ import annotations

import numpy  # noqa: F401  (OpenBLAS loaded, as in any user's process)
from threadpoolctl import threadpool_info

import rufacts
from rufacts.components.blas import one_blas_thread
from rufacts.components.syntax import load_slovnet_syntax


def _blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


def test_one_blas_thread_inside_and_the_callers_threads_after():
    before = _blas_threads()
    with one_blas_thread():
        assert _blas_threads() == {1}
    assert _blas_threads() == before


def test_ner_and_syntax_models_see_one_blas_thread(monkeypatch):
    from rufacts.components import ner as ner_module

    seen = []
    syntax = load_slovnet_syntax()
    real = syntax.infer.process  # spy on the real model calls, which still run
    monkeypatch.setattr(syntax.infer, "process", lambda inputs, real=real: (
        seen.append(_blas_threads()), real(inputs))[1])
    scores = ner_module.tag_scores  # the NER model's forward pass (rufacts' own, on its weights)
    monkeypatch.setattr(ner_module, "tag_scores", lambda *args, real=scores: (
        seen.append(_blas_threads()), real(*args))[1])
    record = rufacts.extract("Из 20 резидентов технопарка 12 компаний работают в сфере "
                             "микроэлектроники, сообщил Сергей Собянин в Москве.")
    assert record.persons and record.sector_counts  # both models ran on the text
    assert len(seen) >= 2 and all(threads == {1} for threads in seen), seen
