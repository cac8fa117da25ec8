"""The rufacts command, run as users run it: a real process over real files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import rufacts

from conftest import EXAMPLE, SAMPLE_DIR, shared_eval_file


def run(*args: str, input: str | bytes | None = None, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "rufacts", *args], capture_output=True,
                          input=input, text=not isinstance(input, bytes), timeout=600, cwd=cwd)


def test_cli_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"rufacts {rufacts.__version__}"


def test_cli_extract_file_prints_one_valid_record(validate_record):
    result = run("extract", str(EXAMPLE), "--pretty")
    assert result.returncode == 0, result.stderr
    record = validate_record(json.loads(result.stdout))
    assert record["id"] == "lefortovo-technopolis"
    assert record["meta"]["url"].startswith("http://lefortovo.mos.ru/")
    assert result.stdout.startswith("{\n  ")  # --pretty indents


def test_cli_extract_stdin(validate_record):
    result = run("extract", "-", input="Губернатор Андрей Воробьёв посетил Коломну 5 мая 2022 года.")
    assert result.returncode == 0, result.stderr
    record = validate_record(json.loads(result.stdout))
    assert [p["name"] for p in record["persons"]] == ["Андрей Воробьёв"]
    assert [d["value"] for d in record["dates"]] == ["2022-05-05"]


def test_cli_extract_missing_file_is_a_clear_error():
    result = run("extract", "no/such/article.txt")
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_cli_batch_folder_gives_one_record_per_article(tmp_path, validate_record):
    out = tmp_path / "out.jsonl"
    result = run("batch", str(SAMPLE_DIR), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected_ids = sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))
    assert [r["id"] for r in records] == expected_ids
    for record in records:
        validate_record(record)
        assert record["error"] is None
    assert f"read {len(expected_ids)}, written {len(expected_ids)}, errors 0" in result.stderr


def test_cli_batch_jsonl_keeps_ids_and_turns_bad_lines_into_error_records(tmp_path, validate_record):
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": "Сергей Собянин открыл школу в Москве.", "rubric": "city"},
                   ensure_ascii=False),
        "{broken json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "no-text", "title": "x"}),
        json.dumps({"id": 42, "text": ["not", "a", "string"]}),
        "",
        json.dumps({"url": "http://x/2", "text": "«Роснано» вложит 5 млрд рублей."},
                   ensure_ascii=False),
    ]
    dump.write_bytes("\n".join(lines).encode("utf-8") + b"\n" + b'{"id": "bad-bytes", "text": "\xff\xfe"}\n')
    out = tmp_path / "out.jsonl"
    result = run("batch", str(dump), "-o", str(out), "--no-text")
    assert result.returncode == 0, result.stderr
    records = [validate_record(json.loads(line)) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["ok-1", "dump.jsonl:2", "empty", "no-text", "42",
                                          "http://x/2", "bad-bytes"]  # the id it names
    errors = {r["id"]: r["error"]["kind"] for r in records if r["error"]}
    assert errors == {"dump.jsonl:2": "bad_json", "empty": "empty_text", "no-text": "no_text",
                      "42": "no_text", "bad-bytes": "decode"}
    assert records[0]["meta"]["rubric"] == "city"
    assert records[0]["persons"][0]["name"] == "Сергей Собянин"
    assert all(r["text"] is None for r in records)
    assert "errors 5" in result.stderr
    for kind in ("bad_json", "decode", "empty_text", "no_text"):
        assert f"error {kind}:" in result.stderr


def test_cli_batch_to_stdout_and_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Москва. " * 1000, encoding="utf-8")
    result = run("batch", str(EXAMPLE), str(big), "-o", "-", "--max-chars", "6000", "-q")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["lefortovo-technopolis", "big"]
    assert records[0]["error"] is None
    assert records[1]["error"]["kind"] == "too_large"


def test_cli_batch_missing_input_is_a_clear_error(tmp_path):
    result = run("batch", "nowhere", "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 2
    assert "no such input: nowhere" in result.stderr


def _gold_file(tmp_path: Path) -> Path:
    text = "Сергей Собянин приехал в Казань."
    doc = {"id": "toy/1", "text": text, "spans": [
        {"type": "PER", "start": 0, "stop": 14, "text": "Сергей Собянин"},
        {"type": "LOC", "start": 25, "stop": 31, "text": "Казань"},
        {"type": "ORG", "start": 0, "stop": 6, "text": "Сергей"},  # a gold span we will miss
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_cli_eval_runs_the_pipeline_and_scores(tmp_path):
    result = run("eval", str(_gold_file(tmp_path)), "--types", "PER,ORG,LOC", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    micro = report["modes"]["exact"]["micro"]
    assert (micro["tp"], micro["fn"]) == (2, 1)
    assert report["modes"]["exact"]["PER"]["f1"] == 1.0
    assert "clustering" not in report  # the toy gold has no coref layer


def test_cli_eval_scores_given_predictions(tmp_path):
    gold = _gold_file(tmp_path)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "toy/1", "persons": [
        {"name": "Сергей", "mentions": [{"start": 0, "stop": 6, "text": "Сергей"}]}]}) + "\n",
        encoding="utf-8")
    result = run("eval", str(gold), "--pred", str(pred), "--types", "PER")
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    # exact: 0 of 1, partial: 1 of 1
    assert "PER" in lines and lines["PER"].split("|")[1].split()[0] == "0.0"
    assert lines["PER"].split("|")[3].split()[0] == "100.0"


@pytest.mark.slow
def test_cli_eval_on_factru_beats_plain_natasha(tmp_path):
    gold = shared_eval_file("factru-dev.jsonl")
    scores = {}
    for system in ("rufacts", "natasha"):
        result = run("eval", str(gold), "--types", "PER,ORG,LOC", "--json", "--system", system)
        assert result.returncode == 0, result.stderr
        scores[system] = json.loads(result.stdout)["modes"]["partial"]["micro"]["f1"]
    assert scores["rufacts"] > scores["natasha"], scores


def test_cli_eval_scores_clustering_and_roles_on_factru():
    gold = shared_eval_file("factru-dev.jsonl")
    result = run("eval", str(gold), "--limit", "5", "--json", "--system", "natasha")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    everything = report["clustering"]["rows"]["all"]
    # natasha groups nothing: every mention its own entity
    assert everything["muc"]["f1"] == 0.0 and everything["bcubed"]["precision"] == 1.0
    assert report["roles"]["pair"]["pred"] == 0 and report["roles"]["pair"]["gold"] > 0


def test_cli_eval_scores_sector_counts(tmp_path):
    gold = tmp_path / "sectors.jsonl"
    rows = [
        {"id": "s1", "text": "Из 10 компаний 3 работают в сфере микроэлектроники.",
         "sector_counts": [{"count": 3, "object": "компания", "sector": "микроэлектроника",
                            "total": 10}]},
        {"id": "s2", "text": "Губернатор посетил 3 предприятия.", "sector_counts": []},
        {"id": "s3", "text": "Пять строительных компаний вышли на рынок.",
         "sector_counts": [{"count": 5, "object": "компания", "sector": "нефть", "total": None}]},
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    result = run("eval", str(gold), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)["sector_counts"]
    # s1 right; s3's count and object right but its (deliberately wrong) gold sector not
    assert (scores["exact"]["tp"], scores["exact"]["fn"]) == (1, 1)
    assert (scores["count_object"]["tp"], scores["count_object"]["fp"]) == (2, 0)
