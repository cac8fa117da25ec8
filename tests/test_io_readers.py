"""Readers on real files: every format, compression and encoding; fields; errors as records."""
from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
from pathlib import Path

import pytest
import zstandard

from rufacts.io import Fields, InputError, normalize_date, read_inputs
from rufacts.io.encoding import detect_encoding, text_stream
from rufacts.io.jsonfmt import read_json_stream

ARTICLE = ("Губернатор Андрей Воробьёв посетил Коломну\n\n05.05.2022\n\n"
           "Губернатор Подмосковья осмотрел новый завод.\n\nАдрес страницы: http://mosreg.ru/1\n")
TEXT = "Сергей Собянин открыл технопарк «Мосгормаш» в Москве."
PLAIN = "Сергей Собянин открыл технопарк \"Мосгормаш\" в Москве."  # koi8-r has no «»

COMPRESS = {
    ".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


def read(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def jsonl(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_text_file_is_decoded_in_its_own_encoding(tmp_path, encoding):
    path = tmp_path / "kolomna.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    [record] = read(path)
    assert record.error is None
    assert record.text == ARTICLE
    assert record.id == "kolomna"
    assert record.meta["title"] == "Губернатор Андрей Воробьёв посетил Коломну"
    assert record.meta["published"] == "2022-05-05"
    assert record.meta["url"] == "http://mosreg.ru/1"
    if encoding in ("cp1251", "koi8-r"):
        assert record.meta["encoding"] == encoding.replace("-", "_").replace("koi8_r", "koi8-r")


def test_folder_mixes_encodings_and_compression_with_relative_ids(tmp_path):
    (tmp_path / "2015" / "12").mkdir(parents=True)
    (tmp_path / "2015" / "12" / "a.txt").write_bytes(TEXT.encode("cp1251"))
    (tmp_path / "2015" / "b.txt.gz").write_bytes(gzip.compress(PLAIN.encode("koi8-r")))
    (tmp_path / "c.txt").write_bytes(TEXT.encode("utf-8"))
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    records = read(tmp_path)
    assert [(r.id, r.text, r.error) for r in records] == [
        ("2015/12/a", TEXT, None), ("2015/b", PLAIN, None), ("c", TEXT, None)]


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_compressed_jsonl_is_streamed(tmp_path, suffix):
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(COMPRESS[suffix](jsonl([{"id": f"r{i}", "text": TEXT} for i in range(3)])))
    assert [(r.id, r.text) for r in read(path)] == [(f"r{i}", TEXT) for i in range(3)]


def test_compression_is_recognized_by_content_whatever_the_name(tmp_path):
    path = tmp_path / "dump.jsonl"  # gzip inside, no .gz
    path.write_bytes(gzip.compress(jsonl([{"id": "x", "text": TEXT}])))
    assert [r.text for r in read(path)] == [TEXT]


def test_jsonl_fields_meta_and_dates(tmp_path):
    path = tmp_path / "gazeta.ndjson"
    path.write_bytes(jsonl([
        {"url": "http://g.ru/1", "title": "Заголовок", "body": TEXT, "date": "2019/01/05",
         "topic": "Экономика", "tags": ["a", "b"]},
        {"id": 7, "content": TEXT, "published": "05.01.2019 10:00"},
        {"id": "t", "text": TEXT, "date": "вчера"},
    ]))
    first, second, third = read(path)
    assert first.id == "http://g.ru/1" and first.text == TEXT
    assert first.meta == {"url": "http://g.ru/1", "title": "Заголовок", "date": "2019/01/05",
                          "published": "2019-01-05", "topic": "Экономика", "tags": ["a", "b"],
                          "source": str(path)}
    assert second.id == "7" and second.meta["published"] == "2019-01-05"
    assert second.meta["published_raw"] == "05.01.2019 10:00"  # the raw value is kept
    assert third.meta["published"] is None and third.meta["date"] == "вчера"


def test_field_options_choose_text_id_title_and_date(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_bytes(jsonl([{"doc": "d1", "lead": "Вводка", "article": TEXT, "headline": "H",
                             "ts": "2013-02-24 12:30:00", "text": "not this one"}]))
    fields = Fields.parse(text="article", id="doc", title="headline", date="ts")
    [record] = read(path, fields=fields)
    assert (record.id, record.text) == ("d1", TEXT)
    assert record.meta["title"] == "H" and record.meta["published"] == "2013-02-24"
    assert record.meta["text"] == "not this one" and record.meta["lead"] == "Вводка"


def test_jsonl_bad_lines_become_error_records_in_place(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(jsonl([{"id": "a", "text": TEXT}])  # a UTF-8 dump with a damaged line
                     + b'{broken\n\n[1, 2]\n{"id": "b"}\n'
                     b'{"id": "c", "text": "\xff\xfe"}\n{"id": "d", "text": 5}\n')
    records = read(path)
    assert [(r.id, r.error and r.error[0]) for r in records] == [
        ("a", None), ("dump.jsonl:2", "bad_json"), ("dump.jsonl:4", "bad_record"),
        ("b", "no_text"), ("c", "decode"), ("d", "no_text")]  # c: the id a broken line names


def test_json_array_streams_element_by_element(tmp_path):
    items = [{"id": f"e{i}", "text": f"{TEXT} {i}"} for i in range(50)]
    data = json.dumps(items, ensure_ascii=False, indent=1)
    records = list(read_json_stream(io.StringIO(data), "a.json", "a.json", Fields(),
                                    chunk_chars=7))  # elements cut across many refills
    assert [(r.id, r.text) for r in records] == [(i["id"], i["text"]) for i in items]
    path = tmp_path / "array.json"
    path.write_text(data, encoding="utf-8")
    assert [r.id for r in read(path)] == [i["id"] for i in items]


def test_json_array_broken_tail_is_one_error_record(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[{"id": "a", "text": "x"}, {"id": "b", "text": "y"}, {"id": "c", "te',
                    encoding="utf-8")
    records = read(path)
    assert [(r.id, r.error and r.error[0]) for r in records] == [
        ("a", None), ("b", None), ("c", "bad_json")]  # c: the id the cut element names


def test_lenta_csv_with_huge_fields_in_cp1251_bz2(tmp_path):
    big = TEXT + " " + "Москва. " * 40_000  # over the csv module's default field limit
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["url", "title", "text", "topic", "tags", "date"])
    writer.writerow(["https://lenta.ru/1", "Заголовок", big, "Россия", "Общество", "2019/12/14"])
    writer.writerow(["https://lenta.ru/2", "Второй", "Строка с \"кавычками\",\nи переносом",
                     "Мир", "", "2019/12/15"])
    path = tmp_path / "lenta-ru-news.csv.bz2"
    path.write_bytes(bz2.compress(buffer.getvalue().encode("cp1251")))
    first, second = read(path)
    assert first.id == "https://lenta.ru/1" and first.text == big
    assert first.meta["topic"] == "Россия" and first.meta["published"] == "2019-12-14"
    assert second.text == "Строка с \"кавычками\",\nи переносом"


def test_taiga_metadata_csv_is_tab_separated_and_tsv_too(tmp_path):
    rows = "textid\tdate\tsource\ttextname\ttext\n1\t2013-02-24\thttp://x\tИмя\t" + TEXT + "\n"
    for name in ("newmetadata.csv", "dump.tsv"):
        path = tmp_path / name
        path.write_text(rows, encoding="utf-8")
        [record] = read(path, fields=Fields.parse(id="textid", title="textname"))
        assert (record.id, record.text, record.meta["title"]) == ("1", TEXT, "Имя")
        assert record.meta["published"] == "2013-02-24"
        assert record.meta["source"] == "http://x"  # the input's own field wins


def test_csv_rows_without_text_or_with_bad_bytes_are_error_records(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_bytes("id,text\n1,".encode() + TEXT.encode() + b"\n2,\n3,\xff\xfe\xfd bad\n")
    records = read(path)
    assert [(r.id, r.error and r.error[0]) for r in records] == [
        ("1", None), ("2", "no_text"), ("rows.csv:3", "decode")]


def test_unknown_suffix_is_sniffed_and_format_can_be_forced(tmp_path):
    path = tmp_path / "dump.data"
    path.write_bytes(jsonl([{"id": "x", "text": TEXT}]))
    assert [r.id for r in read(path)] == ["x"]
    path.write_text("id;text\ny;" + TEXT + "\n", encoding="utf-8")
    assert [r.id for r in read(path, fmt="csv")] == ["y"]


def test_binary_file_is_a_decode_error_record(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 8)
    [record] = read(path)
    assert record.error[0] == "decode" and record.text is None


def test_oversized_text_file_is_not_read_whole(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * 50_000)
    [record] = read(path, max_chars=1000)
    assert record.error[0] == "too_large"


def test_truncated_gzip_gives_an_io_error_record_after_the_good_ones(tmp_path):
    data = gzip.compress(jsonl([{"id": f"r{i}", "text": TEXT * 20} for i in range(200)]))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = read(path)
    assert records[-1].error[0] == "io"
    assert all(r.error is None for r in records[:-1]) and len(records) > 2


def test_unopenable_input_raises(tmp_path):
    with pytest.raises(InputError):
        read(tmp_path / "missing.jsonl")


def test_encoding_detection_prefers_utf8_for_a_few_damaged_bytes():
    sample = ("Мэр Москвы Сергей Собянин. " * 20).encode() + b"\xff\xfe"
    assert detect_encoding(sample) == "utf-8"
    text = "Губернатор Подмосковья осмотрел новый завод в Коломне. " * 3
    stream, encoding = text_stream(io.BufferedReader(io.BytesIO(text.encode("koi8-r"))))
    assert encoding == "koi8-r" and stream.read() == text


@pytest.mark.parametrize("value, expected", [
    ("2019-01-05", "2019-01-05"), ("2019/1/5", "2019-01-05"), ("05.01.2019", "2019-01-05"),
    ("2019-01-05T23:10:00+03:00", "2019-01-05"), ("2019-01-05 23:10:00", "2019-01-05"),
    ("5 января 2019 г.", "2019-01-05"), ("2019-02-30", None), ("", None), (20190105, None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_readers_keep_no_file_open(tmp_path):
    paths = []
    for i in range(30):
        path = Path(tmp_path / f"d{i}.jsonl.gz")
        path.write_bytes(gzip.compress(jsonl([{"id": str(i), "text": TEXT}])))
        paths.append(path)
    import os

    before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else None
    assert len(read(*paths)) == 30
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) == before
