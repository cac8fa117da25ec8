"""CLI paths a new user takes that used to fail silently (issue 14): empty or unreadable
inputs, an existing output, a dump given to ``report``, an HTML page or a folder given to
``extract``, and ``extract --help``."""
from __future__ import annotations

import json

from test_cli import run

from conftest import EXAMPLE

PAGE = ("<!DOCTYPE html><html><head><title>Собянин открыл завод</title>"
        "<script>var x = 1;</script></head><body><h1>Собянин открыл завод</h1>"
        "<p>Мэр&nbsp;Москвы <b>Сергей Собянин</b> 11.12.2015 открыл завод.</p></body></html>")


def test_batch_over_an_empty_folder_says_so(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "pdfs"
    other.mkdir()
    (other / "a.pdf").write_bytes(b"%PDF-1.4 ...")
    for folder in (empty, other):
        out = tmp_path / "out.jsonl"
        result = run("batch", str(folder), "-o", str(out), "--workers", "1")
        assert result.returncode == 2, result.stderr
        assert f"no articles in {folder}" in result.stderr
        assert not out.exists()


def test_batch_with_no_readable_file_says_so(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "a.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "b.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    result = run("batch", str(folder), "-o", str(tmp_path / "out.jsonl"), "--workers", "1")
    assert result.returncode == 1, result.stderr
    assert "none of the 2 records could be read" in result.stderr


def test_batch_refuses_an_existing_output_without_resume_or_overwrite(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "precious"}\n', encoding="utf-8")
    result = run("batch", str(EXAMPLE), "-o", str(out), "--workers", "1")
    assert result.returncode == 2
    assert "already exists" in result.stderr and "--overwrite" in result.stderr
    assert out.read_text(encoding="utf-8") == '{"id": "precious"}\n'
    result = run("batch", str(EXAMPLE), "-o", str(out), "--workers", "1", "--overwrite", "-q")
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "lefortovo-technopolis"


def test_report_on_an_input_dump_says_so(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "1", "text": "Путин прилетел в Казань."},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("report", str(dump), "-o", str(tmp_path / "r.html"))
    assert result.returncode == 2
    assert "not a rufacts record" in result.stderr and "rufacts batch" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_extract_reduces_html_like_batch(tmp_path, validate_record):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run("extract", str(page))
    assert result.returncode == 0, result.stderr
    record = validate_record(json.loads(result.stdout))
    assert "<" not in record["text"] and "var x" not in record["text"]
    assert record["meta"]["text_basis"] == "text reduced from the input's HTML"
    assert [p["name"] for p in record["persons"]] == ["Сергей Собянин"]
    out = tmp_path / "out.jsonl"
    assert run("batch", str(page), "-o", str(out), "--workers", "1", "-q").returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == record


def test_extract_says_when_a_text_looks_mis_decoded(tmp_path):
    page = tmp_path / "odd.txt"
    page.write_text("東京で国際会議が開かれた。参加者は百人を超えた。", encoding="utf-8")
    result = run("extract", str(page))
    assert result.returncode == 0, result.stderr
    assert "warning decode" in result.stderr
    assert json.loads(result.stdout)["meta"]["warnings"][0]["kind"] == "decode"


def test_extract_on_a_folder_points_to_batch(tmp_path):
    result = run("extract", str(tmp_path))
    assert result.returncode == 2
    assert "is a folder" in result.stderr and f"rufacts batch {tmp_path}" in result.stderr


def test_extract_help_has_a_description():
    result = run("extract", "--help")
    assert result.returncode == 0
    assert "JSON record of one article" in result.stdout
