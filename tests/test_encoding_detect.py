"""Encoding detection prefers Cyrillic encodings for text that decodes as Russian, and a text
that still looks mis-decoded gets a ``decode`` warning in meta and in the summary (issue 14)."""
from __future__ import annotations

import json

import pytest

from rufacts.batch.run import run_batch
from rufacts.batch.worker import RecordOptions, process_record
from rufacts.io import InputRecord, read_text_file
from rufacts.io.encoding import detect_encoding

from conftest import EXAMPLE

CYRILLIC = ("koi8_r", "cp1251", "cp866", "mac_cyrillic", "iso8859_5")
SHORT = "Путин прилетел в Казань."


def test_a_short_koi8_file_is_read_as_koi8(tmp_path, pipeline):
    path = tmp_path / "short.txt"
    path.write_bytes(SHORT.encode("koi8_r"))
    record = read_text_file(path)
    assert record.text == SHORT
    assert record.meta["encoding"] == "koi8-r"
    article = pipeline.extract(record.text)
    assert [loc.name for loc in article.locations] == ["Казань"]


@pytest.mark.parametrize("encoding", CYRILLIC)
def test_cyrillic_encodings_are_told_apart_on_short_and_long_texts(encoding):
    body = EXAMPLE.read_text(encoding="utf-8")
    texts = [SHORT, "Завод открыт", "Привет", "ПУТИН ПРИЛЕТЕЛ В КАЗАНЬ"]
    texts += [body[start:start + size] for start in (0, 500, 1500) for size in (20, 60, 400)]
    wrong = []
    for text in texts:
        data = text.encode(encoding, "replace")
        found = detect_encoding(data)
        if found is None or data.decode(found) != data.decode(encoding):
            wrong.append((text, found))
    assert wrong == []


def test_latin_text_is_not_taken_for_cyrillic():
    data = "Müller und Söhne gründen eine Fabrik in München.".encode("cp1252")
    assert detect_encoding(data) not in {"cp1251", "koi8-r", "cp866", "mac-cyrillic", "iso8859-5"}


MOJIBAKE = SHORT.encode("koi8_r").decode("shift_jis", "replace") + " Это было вчера."


def test_doubtful_decoding():
    from rufacts.io.encoding import doubtful_decoding

    assert doubtful_decoding(EXAMPLE.read_text(encoding="utf-8")) is None
    assert doubtful_decoding("Breaking news from London, 5 May 2021.") is None
    assert "neither Cyrillic nor Latin" in doubtful_decoding(MOJIBAKE)
    assert "replacement" in doubtful_decoding("Завод \ufffd\ufffd открыт" * 6)


def test_a_doubtful_text_gets_a_decode_warning_in_meta_and_summary(tmp_path):
    good = InputRecord("good", "Мэр Москвы Сергей Собянин открыл завод.", {})
    bad = InputRecord("bad", MOJIBAKE, {})
    result = process_record(bad, RecordOptions())
    assert result.error is None and result.warnings == ("decode",)
    meta = json.loads(result.line)["meta"]
    assert meta["warnings"][0]["kind"] == "decode"
    out = tmp_path / "out.jsonl"
    summary = run_batch([good, bad], str(out), RecordOptions(), workers=1)
    assert summary.warnings == {"decode": 1}
    assert any("warning decode: 1" in line for line in summary.lines())
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "warnings" not in records[0]["meta"] and records[1]["meta"]["warnings"]
