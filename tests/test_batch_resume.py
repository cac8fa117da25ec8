"""Interruptions: a run killed with SIGKILL or stopped with Ctrl-C, then ``--resume``.

The resumed output must equal a clean run's output byte for byte: the same
records, the same ids in the same order, none twice, none missing.
"""
from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from rufacts.io import resume_state

from test_batch import make_dump, popen, run

N = 1000


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, bytes]:
    """A dump and the output of an uninterrupted run over it."""
    directory = tmp_path_factory.mktemp("resume")
    dump = directory / "dump.jsonl"
    make_dump(dump, N, broken_every=50)
    out = directory / "clean.jsonl"
    result = run("batch", str(dump), "-o", str(out), "--workers", "2", "-q")
    assert result.returncode == 0, result.stderr.decode()
    data = out.read_bytes()
    assert len(data.splitlines()) == N
    return dump, data


def wait_for_lines(path: Path, at_least: int, process) -> int:
    """Poll until ``path`` holds ``at_least`` lines (the run still going); their count."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        lines = path.read_bytes().count(b"\n") if path.exists() else 0
        if lines >= at_least:
            return lines
        assert process.poll() is None, process.stderr.read().decode()
        time.sleep(0.02)
    raise AssertionError(f"{path} never reached {at_least} lines")


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_sigkill_mid_run_then_resume_gives_exactly_the_clean_output(tmp_path, clean):
    dump, expected = clean
    out = tmp_path / "out.jsonl"
    process = popen("batch", str(dump), "-o", str(out), "--workers", "2", "-q")
    wait_for_lines(out, 64, process)
    workers = children_of(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()
    done = out.read_bytes()
    assert done.count(b"\n") < N  # killed mid-way, not after the end
    assert expected.startswith(done[: done.rfind(b"\n") + 1])  # whole records, in order
    # the orphaned workers notice and exit by themselves
    end = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < end:
        time.sleep(0.1)
    assert workers and not any(alive(pid) for pid in workers)
    with out.open("ab") as file:  # as if the kill had cut a record in half
        file.write(b'{"id":"rec-0')
    result = run("batch", str(dump), "-o", str(out), "--workers", "2", "--resume")
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_bytes() == expected
    resumed = done.count(b"\n")
    assert f"read {N - resumed}, written {N - resumed}," in result.stderr.decode()
    assert f"resumed after {resumed} records already written" in result.stderr.decode()
    ids = [json.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert len(ids) == len(set(ids)) == N


def test_ctrl_c_stops_cleanly_and_resume_completes(tmp_path, clean):
    dump, expected = clean
    out = tmp_path / "out.jsonl"
    # as from a terminal: Ctrl-C not ignored, even where this test runs in a background job
    # (a non-interactive shell starts those with SIGINT ignored, and children inherit it)
    process = popen("batch", str(dump), "-o", str(out), "--workers", "2",
                    start_new_session=True,
                    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    wait_for_lines(out, 32, process)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr.decode()
    assert b"interrupted" in stderr and b"--resume" in stderr
    assert b"Traceback" not in stderr
    done = out.read_bytes()
    assert done.endswith(b"\n") and expected.startswith(done) and len(done) < len(expected)
    result = run("batch", str(dump), "-o", str(out), "--workers", "1", "--resume", "-q")
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_bytes() == expected


def test_resume_state_cuts_a_partial_last_line_and_reads_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    head = b'{"id":"a","schema_version":"1.1","x":1}\n{"id":"b\\"q","schema_version":"1","x":2}\n'
    out.write_bytes(head + b'{"id":"d","schema_ver')
    assert resume_state(str(out)) == ["a", 'b"q']
    assert out.read_bytes() == head
    assert resume_state(str(tmp_path / "missing.jsonl")) == []


def test_resume_refuses_a_file_that_is_not_rufacts_output(tmp_path):
    from rufacts.io import OutputError

    out = tmp_path / "gold.jsonl"  # JSON records with ids, but not rufacts output
    data = b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n{"id": "c"'
    out.write_bytes(data)
    with pytest.raises(OutputError, match="not rufacts output"):
        resume_state(str(out))
    assert out.read_bytes() == data  # not even its cut last line is touched
    make_dump(tmp_path / "in.jsonl", 3)
    result = run("batch", str(tmp_path / "in.jsonl"), "-o", str(out), "--resume")
    assert result.returncode == 2 and b"rufacts: error:" in result.stderr
    assert b"not rufacts output" in result.stderr and out.read_bytes() == data


def test_two_runs_cannot_write_one_output(tmp_path):
    from rufacts.io import JsonlWriter, OutputError

    make_dump(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with JsonlWriter(str(out)) as first:
        first.write({"id": "x", "schema_version": "1.1"})
        with pytest.raises(OutputError, match="another run"):
            JsonlWriter(str(out))
        result = run("batch", str(tmp_path / "in.jsonl"), "-o", str(out), "--overwrite")
        assert result.returncode == 2 and b"being written by another run" in result.stderr
        assert out.read_bytes() == b'{"id":"x","schema_version":"1.1"}\n'  # not emptied
    with JsonlWriter(str(out)):  # free again once the first is done
        pass


def test_resume_of_a_finished_run_writes_nothing_more(tmp_path, clean):
    dump, expected = clean
    out = tmp_path / "out.jsonl"
    out.write_bytes(expected)
    result = run("batch", str(dump), "-o", str(out), "--workers", "1", "--resume")
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_bytes() == expected
    assert "read 0, written 0" in result.stderr.decode()
