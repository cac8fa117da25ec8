"""Hostile dumps (issue 15): one bad record never stops the run, no valid record is lost.

Each case was found by fuzzing ``rufacts batch`` the way a damaged or hostile
dump would; the readers and the writer are run for real on files written here.
"""
from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma

import pytest
import zstandard

from rufacts.batch.worker import RecordOptions, process_record
from rufacts.io import Fields, JsonlWriter, read_inputs
from rufacts.io.jsonfmt import read_json_stream

TEXT = "Сергей Собянин открыл технопарк «Мосгормаш» в Москве."
COMPRESS = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress,
            "zst": zstandard.compress}


def read(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def kinds(records):
    return [(r.id, r.error and r.error[0]) for r in records]


def good_lines(n: int, prefix: str = "g") -> bytes:
    return "".join(json.dumps({"id": f"{prefix}{i}", "text": f"{TEXT} {i}"}, ensure_ascii=False)
                   + "\n" for i in range(n)).encode()


def strict_loads(line: str):
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(line, parse_constant=refuse)


def write_through(records, path, pipeline):
    """The records through the worker and the writer, as a run does; the lines read back."""
    with JsonlWriter(str(path)) as writer:
        for record in records:
            writer.write_lines([process_record(record, RecordOptions(timeout=None)).line])
    return [strict_loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]


# ---- a single record stopped the run ----

def test_escaped_lone_surrogate_is_written_as_valid_utf8(tmp_path, pipeline):
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"id": "b\\ud800", "text": "' + TEXT.encode() + b'", "x": "\\udfff"}\n'
                     + good_lines(2))
    out = write_through(read(path), tmp_path / "out.jsonl", pipeline)
    assert [r["id"] for r in out] == ["b\ufffd", "g0", "g1"]
    assert out[0]["meta"]["x"] == "\ufffd" and out[0]["error"] is None


def test_a_number_of_5000_digits_is_one_bad_json_record(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_bytes(b'{"id": "n", "text": "x", "v": ' + b"7" * 5000 + b"}\n" + good_lines(2))
    assert kinds(read(path)) == [("n", "bad_json"), ("g0", None), ("g1", None)]


def test_nesting_900_deep_is_one_bad_record_and_100000_deep_one_bad_json(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"id": "d9", "text": "x", "v": ' + b"[" * 900 + b"]" * 900 + b"}\n"
                     + b'{"id": "d1", "text": "x", "v": ' + b"[" * 100_000 + b"\n"
                     + good_lines(1))
    assert kinds(read(path)) == [("d9", "bad_record"), ("d1", "bad_json"), ("g0", None)]
    array = tmp_path / "d.json"
    array.write_bytes(b'[{"id": "a", "text": "x", "v": ' + b"[" * 100_000 + b"]" * 100_000
                      + b'}, {"id": "b", "text": "y"}]')
    assert kinds(read(array)) == [("a", "bad_json"), ("b", None)]


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_compressed_input_damaged_in_its_first_bytes_is_an_io_record(tmp_path, suffix):
    data = COMPRESS[suffix](good_lines(3))
    cut = tmp_path / f"cut.jsonl.{suffix}"
    cut.write_bytes(data[:len(data) - 9])
    records = read(cut)
    assert records[-1].error[0] == "io" and all(r.error is None for r in records[:-1])
    bad = tmp_path / f"bad.jsonl.{suffix}"
    bad.write_bytes(data[:10] + bytes(b ^ 0x5A for b in data[10:40]) + data[40:])
    records = read(bad)  # never a traceback; zstd frames carry no checksum: garbled lines
    assert records and all(r.error is None or r.error[0] in ("io", "bad_json", "decode")
                           for r in records)


# ---- valid records lost without a word ----

def test_json_array_one_broken_element_is_one_error_record(tmp_path):
    items = [json.dumps({"id": f"e{i}", "text": f"{TEXT} {i}"}, ensure_ascii=False)
             for i in range(1000)]
    items[10] = '{"id": "e10", "text": "unclosed, "x": 1}'
    items[500] = '{"id": "e500", "text": NaNa}'
    path = tmp_path / "a.json"
    path.write_text("[" + ",".join(items) + "]", encoding="utf-8")
    records = read(path)
    assert len(records) == 1000
    assert [r.id for r in records] == [f"e{i}" for i in range(1000)]
    assert [r.id for r in records if r.error] == ["e10", "e500"]
    assert all(r.error[0] == "bad_json" for r in records if r.error)
    # and across small buffers: elements cut by refills
    stream = read_json_stream(io.StringIO(path.read_text(encoding="utf-8")), "a.json", "a.json",
                              Fields(), chunk_chars=50)
    assert [r.id for r in stream] == [f"e{i}" for i in range(1000)]


def test_tsv_reads_quotes_literally_unless_asked(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text('id\ttext\n1\t"Роснано" вложит\n2\tкавычка " не закрыта\n3\tтретья\n',
                    encoding="utf-8")
    assert [(r.id, r.text) for r in read(path)] == [
        ("1", '"Роснано" вложит'), ("2", 'кавычка " не закрыта'), ("3", "третья")]
    quoted = tmp_path / "q.tsv"
    quoted.write_text('id\ttext\n1\t"a\tb"\n', encoding="utf-8")
    assert [r.text for r in read(quoted, quoting=True)] == ["a\tb"]


def test_csv_unclosed_quote_is_reported_and_the_next_rows_kept(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,первая\n2,"не закрыта\n3,третья\n', encoding="utf-8")
    assert kinds(read(path)) == [("1", None), ("c.csv:2", "bad_record"), ("3", None)]
    many = tmp_path / "m.csv"
    rows = "".join(f"{i},строка {i}\n" for i in range(3, 3000))
    many.write_text('id,text\n1,"открыта\n' + rows + '2,"конец"\n', encoding="utf-8")
    records = read(many)
    assert records[0].error[0] == "bad_record" and "not closed" in records[0].error[1]
    assert [r.id for r in records[1:4]] == ["3", "4", "5"]
    assert len(records) >= 2990
    multi = tmp_path / "ok.csv"  # a quoted field with line breaks is still one field
    multi.write_text('id,text\n1,"абзац\nвторой абзац"\n2,x\n', encoding="utf-8")
    assert [(r.id, r.text) for r in read(multi)] == [("1", "абзац\nвторой абзац"), ("2", "x")]


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
@pytest.mark.parametrize("damage", ["truncated", "garbage_tail"])
def test_damaged_compressed_dump_keeps_the_records_before_and_ends_with_one_io(
        tmp_path, suffix, damage):
    lines = [json.dumps({"id": f"r{i}", "text": f"{TEXT} {i} " + "слово " * (i % 50)},
                        ensure_ascii=False) for i in range(3000)]
    data = COMPRESS[suffix](("\n".join(lines) + "\n").encode())
    data = data[: len(data) * 2 // 3] if damage == "truncated" else data + b"garbage" * 50
    path = tmp_path / f"d.jsonl.{suffix}"
    path.write_bytes(data)
    records = read(path)
    *good, last = records
    assert last.error[0] == "io" and "stopped after line" in last.error[1]
    assert all(r.error is None for r in good)
    assert [r.id for r in good] == [f"r{i}" for i in range(len(good))]
    if damage == "garbage_tail":
        assert len(good) == 3000
    elif suffix != "bz2":  # bz2 decodes whole 900 kB blocks: a cut block gives nothing
        assert len(good) > 100


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_truncated_compressed_article_is_an_io_record(tmp_path, suffix):
    data = COMPRESS[suffix]((TEXT + "\n") .encode() * 500)
    path = tmp_path / f"a.txt.{suffix}"
    path.write_bytes(data[:-12])
    [record] = read(path)
    assert record.error[0] == "io" and record.text is None


def test_jsonl_records_end_at_newline_only(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_bytes(b'{"id": "a",\r "text": "x"}\r\n'
                     + "".join(f"{c}\n" for c in "\x0b\x0c\x1c\x85\u2028\u2029").encode()
                     + b'\n  \t\r\n{"id": "b", "text": "y"}\n')
    records = read(path)
    assert kinds(records) == [("a", None)] + [(f"n.jsonl:{n}", "bad_json") for n in range(2, 8)] \
        + [("b", None)]


def test_ids_are_json_text_and_nan_never_reaches_the_output(tmp_path, pipeline):
    path = tmp_path / "i.jsonl"
    path.write_bytes(b'{"id": true, "text": "x", "v": NaN, "w": [Infinity, -Infinity, 1e999]}\n'
                     b'{"id": 1.0, "text": "y"}\n{"id": 7, "text": "z"}\n')
    records = read(path)
    assert [r.id for r in records] == ["true", "1.0", "7"]
    out = write_through(records, tmp_path / "out.jsonl", pipeline)
    assert out[0]["meta"]["v"] is None and out[0]["meta"]["w"] == [None, None, None]


def test_output_that_is_an_input_is_refused_before_writing(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "dump.jsonl"
    path.write_bytes(good_lines(3))
    os.link(path, tmp_path / "hard.jsonl")
    os.symlink(path, tmp_path / "soft.jsonl")
    for out in ("dump.jsonl", "hard.jsonl", "soft.jsonl", "./sub/../dump.jsonl"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        proc = subprocess.run([sys.executable, "-m", "rufacts", "batch", str(path), "-o",
                               str(tmp_path / out), "--workers", "1"],
                              capture_output=True, timeout=300)
        assert proc.returncode == 2 and b"rufacts: error:" in proc.stderr
        assert b"is the input" in proc.stderr
        assert path.read_bytes() == good_lines(3)


def test_byte_order_mark_in_the_middle_of_jsonl_is_dropped(tmp_path):
    path = tmp_path / "cat.jsonl"  # two files concatenated, both saved with a BOM
    path.write_bytes(b"\xef\xbb\xbf" + good_lines(2) + b"\xef\xbb\xbf" + good_lines(2, "h"))
    assert kinds(read(path)) == [("g0", None), ("g1", None), ("h0", None), ("h1", None)]


def test_cp1251_article_with_one_nul_byte_is_decoded_without_it(tmp_path):
    path = tmp_path / "a.txt"
    data = ("Заголовок\n\n" + TEXT + " Он сказал, что завод откроется весной.").encode("cp1251")
    path.write_bytes(data[:30] + b"\x00" + data[30:])
    [record] = read(path)
    assert record.error is None and "\x00" not in record.text
    assert record.text == data.decode("cp1251") and record.meta["encoding"] == "cp1251"


def test_readme_lists_every_error_kind():
    import re
    from pathlib import Path

    from rufacts.batch import worker

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("**Nothing is lost**"):readme.index("**Resuming**")]
    listed = set(re.findall(r"`([a-z_]+)`", section))
    kinds = set(re.findall(r"``([a-z_]+)``", worker.__doc__.split("Error kinds:")[1]))
    assert {"io", "memory", "decode", "crash"} <= kinds <= listed
