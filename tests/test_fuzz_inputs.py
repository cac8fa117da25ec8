"""Fuzzing the readers, the worker and the writer (issue 15): random JSON values, random
bytes and deep nesting. Whatever comes in, the run ends, every input record gives
one output record, and every output line is valid JSON in valid UTF-8."""
from __future__ import annotations

import json
import random
import subprocess
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from rufacts.batch.worker import RecordOptions, process_record
from rufacts.io import JsonlWriter, read_inputs

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
# every code point, lone surrogates included
CHARS = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(CHARS, max_size=30))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(CHARS, max_size=6), inner, max_size=4),
                      max_leaves=12)
RECORDS = st.fixed_dictionaries(
    {"id": VALUES, "text": st.one_of(st.text(CHARS, max_size=80), VALUES)},
    optional={"title": VALUES, "date": VALUES, "meta": VALUES})


def strict(line: str):
    def refuse(name):
        raise ValueError(f"{name} in the output")
    return json.loads(line, parse_constant=refuse)


def run_through(path, out) -> tuple[int, list]:
    """Read ``path``, process each record, write it; (records read, output records)."""
    options = RecordOptions(timeout=5)
    n = 0
    with JsonlWriter(str(out)) as writer:
        for record in read_inputs([str(path)]):
            n += 1
            writer.write_lines([process_record(record, options).line])
    lines = out.read_bytes().decode("utf-8").split("\n")  # strict UTF-8
    assert lines[-1] == ""
    return n, [strict(line) for line in lines[:-1]]


@SETTINGS
@given(values=st.lists(st.one_of(RECORDS, VALUES), min_size=1, max_size=8))
def test_random_json_values_one_output_record_each(tmp_path_factory, pipeline, values):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "v.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in values), encoding="ascii")
    n, out = run_through(path, folder / "out.jsonl")
    assert n == len(values) == len(out)
    array = folder / "v.json"
    array.write_text(json.dumps(values), encoding="ascii")
    n, out = run_through(array, folder / "out2.jsonl")
    assert n == len(values) == len(out)


@SETTINGS
@given(data=st.binary(max_size=400), suffix=st.sampled_from(["jsonl", "json", "csv", "tsv", "txt"]))
def test_random_bytes_end_the_run_with_one_record_each(tmp_path_factory, pipeline, data, suffix):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"b.{suffix}"
    path.write_bytes(data)
    n, out = run_through(path, folder / "out.jsonl")
    assert n == len(out)


@SETTINGS
@given(depth=st.integers(1, 120_000), closed=st.booleans(), where=st.sampled_from(["v", "id"]))
def test_deep_nesting_anywhere(tmp_path_factory, pipeline, depth, closed, where):
    folder = tmp_path_factory.mktemp("fuzz")
    nested = "[" * depth + ("]" * depth if closed else "")
    record = ('{"id": "d", "text": "x", "v": ' + nested + "}" if where == "v"
              else '{"id": ' + nested + ', "text": "x"}')
    path = folder / "d.jsonl"
    path.write_text(record + "\n" + '{"id": "g", "text": "Мэр Москвы"}\n', encoding="utf-8")
    n, out = run_through(path, folder / "out.jsonl")
    assert n == len(out) == 2 and out[1]["id"] == "g" and out[1]["error"] is None


def test_hostile_dump_through_the_cli_exits_0_with_one_record_each(tmp_path):
    rng = random.Random(15)
    lines = ['{"id": "b\\ud800", "text": "Мэр Москвы"}'.encode(),
             b'{"id": "n", "text": "x", "v": ' + b"9" * 5000 + b"}",
             b'{"id": "d", "text": "x", "v": ' + b"[" * 900 + b"]" * 900 + b"}",
             b'{"id": "e", "text": "x", "v": ' + b"[" * 100_000,
             b'{"id": "f", "text": "x", "v": NaN}', b'{"id": 1.0, "text": "x"}', b"\x0b"]
    lines += [bytes(rng.randrange(256) for _ in range(60)).replace(b"\n", b" ")
              for _ in range(20)]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    for extra in ([], ["--resume"]):
        proc = subprocess.run([sys.executable, "-m", "rufacts", "batch", str(path), "-o",
                               str(out), "--workers", "1", "-q", *extra],
                              capture_output=True, timeout=600)
        assert proc.returncode == 0, proc.stderr.decode()
        records = [strict(line) for line in out.read_bytes().decode("utf-8").splitlines()]
        assert len(records) == len(lines)
    assert [r["id"] for r in records[:7]] == ["b\ufffd", "n", "d", "e", "f", "1.0",
                                              "hostile.jsonl:7"]
