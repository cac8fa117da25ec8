"""Hangs and memory (issue 15): every per-record step (decoding, layout, HTML, the
pipeline) runs in the worker under the article's time limit and memory ceiling,
and no step grows without bound on long runs of one thing."""
from __future__ import annotations

import json
import time

from test_batch import make_dump, records_of, run, trap_pipeline

from rufacts.batch.deadline import deadline
from rufacts.batch.worker import RecordOptions, process_record
from rufacts.io import read_inputs
from rufacts.io.html import html_to_text
from rufacts.io.layout import parse_layout

BODY = "Мэр Москвы Сергей Собянин открыл технопарк в Зеленограде."


def test_layout_of_150000_spaces_is_linear():
    text = "Заголовок\n\n05.04.2021" + " " * 150_000 + "x\n\n" + BODY + "\n\nURL:" + " " * 150_000
    start = time.monotonic()
    with deadline(10):  # 74 s before (quadratic date-line and footer regexes)
        layout = parse_layout(text)
    assert time.monotonic() - start < 10 and layout["published"] is None
    assert parse_layout("Заголовок\n\n05.04.2021     14:05\n\n" + BODY)["published"] == "2021-04-05"


def test_deep_html_is_reduced_in_linear_time():
    markup = "<div>" * 100_000 + "Мэр&nbsp;<b>Москвы</b>" + "</div>" * 100_000
    with deadline(20):  # the HTML5 parser alone: about 50 s, quadratic in the depth
        assert html_to_text(markup) == "Мэр Москвы"


def test_plain_text_articles_are_decoded_in_the_worker(tmp_path, pipeline):
    path = tmp_path / "a.txt"
    path.write_bytes(("Заголовок\n\n5 апреля 2021\n\n" + BODY).encode("cp1251"))
    [record] = read_inputs([str(path)], prepared=False)
    assert record.text is None and record.raw is not None  # the reader did not decode it
    data = json.loads(process_record(record, RecordOptions(timeout=None)).line)
    assert data["meta"]["title"] == "Заголовок" and data["meta"]["encoding"] == "cp1251"
    assert data["meta"]["published"] == "2021-04-05" and data["persons"]


def test_html_reduction_is_under_the_time_limit(pipeline):
    from rufacts.io import InputRecord

    markup = "<p>" + "<div>" * 80_000 + "текст" + "</div>" * 80_000  # seconds to reduce
    start = time.monotonic()
    result = process_record(InputRecord("h", markup, {}), RecordOptions(timeout=0.05))
    assert result.error == "timeout" and time.monotonic() - start < 5


def test_number_word_runs_are_cut_into_bounded_windows():
    from rufacts.grammars.windows import MAX_TOKENS, windows

    text = "один миллион " * 5_000
    pieces = list(windows(text, lambda i, tokens: (i - 5, i + 9)))
    assert max(len(chunk.split()) for _, chunk in pieces) <= MAX_TOKENS
    assert pieces[0][0] == 0 and pieces[-1][0] + len(pieces[-1][1]) == len(text.rstrip())


def test_ner_input_is_cut_into_bounded_pieces(pipeline):
    from rufacts.components.ner import MAX_WORDS, word_pieces

    words = ("Сергей Собянин открыл завод в Москве .".split()) * 400
    pieces = word_pieces(words)
    assert [w for piece in pieces for w in piece] == words
    assert max(map(len, pieces)) <= MAX_WORDS and all(p[-1] == "." for p in pieces[:-1])
    doc = pipeline.nlp(" ".join(words))
    assert sum(e.label_ == "PER" for e in doc.ents) == 400  # every sentence still tagged


def test_a_record_over_the_memory_ceiling_is_a_memory_record(tmp_path):
    cfg, code = trap_pipeline(tmp_path)
    dump = tmp_path / "dump.jsonl"
    make_dump(dump, 6)
    lines = dump.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[2])
    record["text"] += " EAT-MEMORY"
    lines[2] = json.dumps(record, ensure_ascii=False)
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = run("batch", str(dump), "-o", str(out), "--workers", workers, "--pipeline",
                     str(cfg), "--code", str(code), "--max-memory", "1200")
        assert result.returncode == 0, result.stderr.decode()
        records = records_of(out.read_bytes())
        assert [r["error"]["kind"] if r["error"] else None for r in records] == [
            None, None, "memory", None, None, None]
        assert "error memory: 1" in result.stderr.decode()


def test_extract_takes_the_limits_of_batch(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Заголовок\n\n" + BODY, encoding="utf-8")
    result = run("extract", str(path), "--max-chars", "10")
    assert result.returncode == 1 and json.loads(result.stdout)["error"]["kind"] == "too_large"
    result = run("extract", str(path), "--timeout", "0.001", "--max-memory", "2000")
    assert result.returncode == 1 and json.loads(result.stdout)["error"]["kind"] == "timeout"
    result = run("extract", str(path), "--timeout", "60", "--max-memory", "2000")
    assert result.returncode == 0 and json.loads(result.stdout)["persons"]
