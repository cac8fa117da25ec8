"""The Dask engine on a real LocalCluster of worker processes equals the local engine."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_batch import MAX_CHARS, TIMEOUT, make_dump, run, trap_pipeline

distributed = pytest.importorskip("distributed")  # the [dask] extra; in the test extra too


def assert_same_records(path: Path, expected: Path) -> None:
    got, want = path.read_bytes().splitlines(), expected.read_bytes().splitlines()
    differing = [(a, b) for a, b in zip(got, want) if a != b]
    assert not differing, differing[0]
    assert len(got) == len(want)


def test_dask_cluster_output_equals_local_output_record_for_record(tmp_path):
    cfg, code = trap_pipeline(tmp_path)
    dump = tmp_path / "dump.jsonl"
    expected = make_dump(dump, 240, broken_every=15)  # every error kind, time-outs included
    common = ("--pipeline", str(cfg), "--code", str(code), "--max-chars", str(MAX_CHARS),
              "--timeout", TIMEOUT, "-q")
    local = tmp_path / "local.jsonl"
    result = run("batch", str(dump), "-o", str(local), "--workers", "2", *common)
    assert result.returncode == 0, result.stderr.decode()

    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        out = tmp_path / "dask.jsonl"
        result = run("batch", str(dump), "-o", str(out), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, *common)
        assert result.returncode == 0, result.stderr.decode()
        assert_same_records(out, local)

        # the library route: a bag of input records -> a bag of JSON lines
        import dask.bag as db

        from rufacts.batch.dask_engine import extract_bag
        from rufacts.io import read_inputs
        from rufacts.batch.worker import RecordOptions

        options = RecordOptions(pipeline=str(cfg), code=(str(code),), max_chars=MAX_CHARS,
                                timeout=float(TIMEOUT))
        with Client(cluster):
            bag = db.from_sequence(list(read_inputs([str(dump)])), npartitions=4)
            lines = extract_bag(bag, options).compute()
        assert "".join(line + "\n" for line in lines).encode("utf-8") == local.read_bytes()
        workers = cluster.scheduler_info["workers"]
        assert len(workers) == 2 and all(w["nthreads"] == 1 for w in workers.values())
    kinds = {kind for _, kind in expected if kind}
    assert {"timeout", "pipeline", "decode", "bad_json"} <= kinds


def test_dask_engine_without_address_starts_its_own_local_cluster(tmp_path):
    dump = tmp_path / "dump.jsonl"
    make_dump(dump, 30, broken_every=10)
    outputs = []
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.jsonl"
        result = run("batch", str(dump), "-o", str(out), "--engine", engine, "--workers", "2")
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(out.read_bytes())
        assert f"{engine} engine, 2 workers" in result.stderr.decode()
    assert outputs[0] == outputs[1] and len(outputs[0].splitlines()) == 30
