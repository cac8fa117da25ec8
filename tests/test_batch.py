"""``rufacts batch`` as users run it: real dumps, real worker processes, real signals.

A trap component (imported with ``--code``, added by a pipeline config) fails,
stalls or kills its worker on marker words, so component failures, time-outs
and crashes happen for real, on chosen records.
"""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path


from rufacts.pipeline import config_path

TRAP_CODE = '''
import os
import time

from spacy.language import Language


@Language.component("rufacts_test_trap")
def rufacts_test_trap(doc):
    if "FAIL-COMPONENT" in doc.text:
        raise RuntimeError("the trap component failed on purpose")
    if "SLOW-COMPONENT" in doc.text:
        end = time.monotonic() + 300
        while time.monotonic() < end:  # small sleeps: interruptible by any time limit
            time.sleep(0.01)
    if "CRASH-COMPONENT" in doc.text:
        os._exit(3)
    if "EAT-MEMORY" in doc.text:  # address space only (calloc): no page is touched
        doc.user_data["block"] = bytearray(8 << 30)
    return doc
'''

GOOD = ("Мэр Москвы Сергей Собянин {i} мая открыл технопарк в Зеленограде.",
        "Губернатор Андрей Воробьёв посетил Коломну, сообщает пресс-служба ({i}).",
        "Компания «Роснано» вложит {i} млрд рублей в завод в Казани.")
KINDS = ("bad_json", "no_text", "empty_text", "not_a_string", "decode", "too_large",
         "pipeline", "timeout")
MAX_CHARS = 2000
TIMEOUT = "2"


def run(*args: str, input: bytes | None = None, timeout: float = 300):
    return subprocess.run([sys.executable, "-m", "rufacts", *args], capture_output=True,
                          input=input, timeout=timeout)


def popen(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "rufacts", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


def trap_pipeline(directory: Path) -> tuple[Path, Path]:
    """A pipeline config with the trap component last, and the code file registering it."""
    code = directory / "trap_component.py"
    code.write_text(TRAP_CODE, encoding="utf-8")
    config = config_path("default").read_text(encoding="utf-8")
    config = re.sub(r'(?m)^(pipeline = \[.*)\]\s*$', r'\1, "rufacts_test_trap"]', config)
    config += '\n[components.rufacts_test_trap]\nfactory = "rufacts_test_trap"\n'
    cfg = directory / "trap.cfg"
    cfg.write_text(config, encoding="utf-8")
    return cfg, code


def make_dump(path: Path, n: int, broken_every: int = 0) -> list[tuple[str, str | None]]:
    """A JSONL dump of ``n`` records, every ``broken_every``-th one broken (kinds in turn).

    Returns the expected (id, error kind) of every record, in order.
    """
    lines: list[bytes] = []
    expected: list[tuple[str, str | None]] = []
    broken = 0
    for i in range(n):
        rid = f"rec-{i:05d}"
        kind = None
        if broken_every and i % broken_every == broken_every // 2:
            kind = KINDS[broken % len(KINDS)]
            broken += 1
        text = GOOD[i % len(GOOD)].format(i=i + 1)
        record: dict = {"id": rid, "text": text, "rubric": "test"}
        if kind == "bad_json":
            lines.append(b'{"id": "' + rid.encode() + b'", "text": oops')
            expected.append((rid, "bad_json"))  # a broken line keeps the id it names
            continue
        if kind == "decode":
            lines.append(b'{"id": "' + rid.encode() + b'", "text": "\xff\xfe\xfd"}')
            expected.append((rid, "decode"))
            continue
        if kind == "no_text":
            del record["text"]
        elif kind == "empty_text":
            record["text"] = "  \n "
        elif kind == "not_a_string":
            record["text"] = {"not": "a string"}
        elif kind == "too_large":
            record["text"] = text + " " + "Москва." * MAX_CHARS
        elif kind == "pipeline":
            record["text"] = text + " FAIL-COMPONENT"
        elif kind == "timeout":
            record["text"] = text + " SLOW-COMPONENT"
        lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        expected.append((rid, {"not_a_string": "no_text"}.get(kind, kind)))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return expected


def records_of(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def test_mixed_dump_of_1000_records_gives_1000_records_and_the_right_errors(
        tmp_path, validate_record):
    cfg, code = trap_pipeline(tmp_path)
    dump = tmp_path / "dump.jsonl"
    expected = make_dump(dump, 1000, broken_every=20)
    out = tmp_path / "out.jsonl"
    result = run("batch", str(dump), "-o", str(out), "--workers", "2", "--pipeline", str(cfg),
                 "--code", str(code), "--max-chars", str(MAX_CHARS), "--timeout", TIMEOUT)
    assert result.returncode == 0, result.stderr.decode()
    records = records_of(out.read_bytes())
    assert [(r["id"], r["error"] and r["error"]["kind"]) for r in records] == expected
    counts = Counter(kind for _, kind in expected if kind)
    assert sum(counts.values()) == 50 and set(counts) == {
        "bad_json", "no_text", "empty_text", "decode", "too_large", "pipeline", "timeout"}
    stderr = result.stderr.decode()
    assert "read 1000, written 1000, errors 50," in stderr
    for kind, n in counts.items():
        assert f"error {kind}: {n}\n" in stderr
    for record in records:
        validate_record(record)
        if record["error"] is None:
            assert record["meta"] == {"rubric": "test", "source": str(dump)}
            assert record["persons"] or record["organizations"], record["text"]
        else:
            assert not (record["persons"] or record["locations"] or record["dates"])


def test_one_worker_and_a_pool_write_the_same_records(tmp_path):
    dump = tmp_path / "dump.jsonl"
    make_dump(dump, 120, broken_every=10)
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = run("batch", str(dump), "-o", str(out), "--workers", workers, "-q",
                     "--max-chars", str(MAX_CHARS))
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 120


def test_compressed_stdin_to_stdout(tmp_path):
    dump = tmp_path / "dump.jsonl"
    expected = make_dump(dump, 40)
    result = run("batch", "-", "-o", "-", "--workers", "2",
                 input=gzip.compress(dump.read_bytes()))
    assert result.returncode == 0, result.stderr.decode()
    records = records_of(result.stdout)
    assert [r["id"] for r in records] == [rid for rid, _ in expected]
    assert records[0]["persons"][0]["name"] == "Сергей Собянин"
    assert "read 40, written 40, errors 0" in result.stderr.decode()


def test_plain_text_stdin_is_one_article():
    result = run("batch", "-", "-o", "-", "--workers", "1",
                 input="Мэр Москвы Сергей Собянин открыл завод.".encode())
    assert result.returncode == 0, result.stderr.decode()
    [record] = records_of(result.stdout)
    assert record["id"] == "stdin" and record["persons"][0]["name"] == "Сергей Собянин"


def test_cp1251_folder_gzip_csv_and_html_inputs(tmp_path, validate_record):
    folder = tmp_path / "texts"
    folder.mkdir()
    article = ("Собянин открыл завод\n\n11.12.2015\n\n"
               "Мэр Москвы Сергей Собянин открыл завод «Ангстрем».\n")
    (folder / "win.txt").write_bytes(article.encode("cp1251"))
    (folder / "koi.txt.gz").write_bytes(gzip.compress(
        article.replace("«Ангстрем»", "Ангстрем").encode("koi8-r")))
    csv_path = tmp_path / "lenta.csv.gz"
    csv_path.write_bytes(gzip.compress(
        "url,title,text,topic,date\nhttps://lenta.ru/1,T,\"Губернатор Андрей Воробьёв посетил "
        "Коломну.\",Россия,2019/12/14\n".encode("cp1251")))
    html = tmp_path / "ria.jsonl"
    html.write_text(json.dumps({"id": "ria-1", "text": "<p>Москва, 31 янв - РИА Новости.</p>"
                                "<p>Мэр&nbsp;Москвы <b>Сергей Собянин</b> открыл завод.</p>"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(folder), str(csv_path), str(html), "-o", str(out), "--workers", "2")
    assert result.returncode == 0, result.stderr.decode()
    records = {r["id"]: validate_record(r) for r in records_of(out.read_bytes())}
    assert list(records) == ["koi", "win", "https://lenta.ru/1", "ria-1"]
    assert records["win"]["text"] == article
    assert records["win"]["meta"]["encoding"] == "cp1251"
    assert records["win"]["meta"]["published"] == "2015-12-11"
    assert records["koi"]["meta"]["encoding"] == "koi8-r"
    for rid in ("win", "koi", "ria-1"):
        assert [p["name"] for p in records[rid]["persons"]] == ["Сергей Собянин"]
    lenta = records["https://lenta.ru/1"]
    assert lenta["meta"]["published"] == "2019-12-14" and lenta["meta"]["topic"] == "Россия"
    assert [p["name"] for p in lenta["persons"]] == ["Андрей Воробьёв"]
    ria = records["ria-1"]
    assert ria["text"] == "Москва, 31 янв - РИА Новости.\n\nМэр Москвы Сергей Собянин открыл завод."
    assert ria["meta"]["text_basis"] == "text reduced from the input's HTML"


def test_a_record_that_kills_its_worker_becomes_a_crash_record(tmp_path):
    cfg, code = trap_pipeline(tmp_path)
    dump = tmp_path / "dump.jsonl"
    make_dump(dump, 30)
    lines = dump.read_text(encoding="utf-8").splitlines()
    for i in (7, 19):
        record = json.loads(lines[i])
        record["text"] += " CRASH-COMPONENT"
        lines[i] = json.dumps(record, ensure_ascii=False)
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(dump), "-o", str(out), "--workers", "2", "--pipeline", str(cfg),
                 "--code", str(code))
    assert result.returncode == 0, result.stderr.decode()
    records = records_of(out.read_bytes())
    assert [r["id"] for r in records] == [f"rec-{i:05d}" for i in range(30)]
    assert [i for i, r in enumerate(records) if r["error"]] == [7, 19]
    assert {r["error"]["kind"] for r in records if r["error"]} == {"crash"}
    assert "error crash: 2" in result.stderr.decode()


def test_run_failures_exit_2_with_a_clear_message(tmp_path):
    dump = tmp_path / "dump.jsonl"
    make_dump(dump, 3)
    result = run("batch", str(dump), "-o", "-", "--resume")
    assert result.returncode == 2 and b"--resume needs an output file" in result.stderr
    result = run("batch", str(dump), "-o", str(tmp_path / "o.jsonl"), "--pipeline", "nope")
    assert result.returncode == 2 and b"no bundled pipeline config 'nope'" in result.stderr
    broken = tmp_path / "broken.cfg"  # names a component no code registers
    broken.write_text(trap_pipeline(tmp_path)[0].read_text(encoding="utf-8"), encoding="utf-8")
    for workers in ("1", "2"):
        result = run("batch", str(dump), "-o", str(tmp_path / "o.jsonl"), "--workers", workers,
                     "--pipeline", str(broken))
        assert result.returncode == 2, result.stderr.decode()
        assert b"rufacts: error:" in result.stderr and b"rufacts_test_trap" in result.stderr
    other = tmp_path / "other.jsonl"
    other.write_text('{"id":"someone-else","schema_version":"1"}\n', encoding="utf-8")
    result = run("batch", str(dump), "-o", str(other), "--resume", "--workers", "1")
    assert result.returncode == 2 and b"cannot resume" in result.stderr
    assert other.read_text(encoding="utf-8") == '{"id":"someone-else","schema_version":"1"}\n'


def test_progress_lines_when_not_a_terminal(tmp_path):
    dump = tmp_path / "dump.jsonl"
    make_dump(dump, 40)
    result = run("batch", str(dump), "-o", str(tmp_path / "o.jsonl"), "--workers", "1",
                 "--progress-every", "0", "--chunk-size", "8")
    assert result.returncode == 0, result.stderr.decode()
    progress = re.findall(r"rufacts: (\d+) articles \([0-9.]+/s\), (\d+) errors",
                          result.stderr.decode())
    assert [int(n) for n, _ in progress] == [8, 16, 24, 32, 40]
    assert "\r" not in result.stderr.decode()  # no bar off a terminal


def test_progress_bar_on_a_terminal_shows_errors():
    import io

    from rufacts.batch.progress import Progress

    stream = io.StringIO()
    progress = Progress(stream=stream, bar=True)
    progress.update(10, 0)
    progress.update(25, 3)
    progress.close()
    shown = stream.getvalue()
    assert "25" in shown and "errors=3" in shown and "articles" in shown
