"""``rufacts bench`` runs every configuration on the same texts and reports them.

No timing is asserted: only that every run saw every text and the report adds up."""
from __future__ import annotations

import json
import subprocess
import sys

from rufacts.evaluation.bench import format_report


def test_bench_reports_rufacts_natasha_and_the_pool_on_the_same_texts(tmp_path):
    dump = tmp_path / "texts.jsonl"
    texts = ["Мэр Москвы Сергей Собянин 5 мая 2022 года открыл завод.",
             "Компания «Роснано» вложит 5 млрд рублей в Казани.",
             "Губернатор Андрей Воробьёв посетил Коломну."] * 4
    dump.write_text("".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)) + '{"id": "broken"}\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "rufacts", "bench", str(dump), "--workers", "2",
                             "--json"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["articles"] == 12 and report["chars"] == sum(len(t) for t in texts)
    runs = {(r["system"], r["processes"]): r for r in report["runs"]}
    assert set(runs) == {("rufacts", 1), ("natasha", 1), ("rufacts", 2)}
    for run in runs.values():
        assert run["articles"] == 12
        assert run["seconds"] > 0 and run["load_s"] > 0
        assert 50 < run["peak_rss_mb"] < 4000
    assert report["ratio_vs_natasha"] == round(
        runs["rufacts", 1]["articles_per_s"] / runs["natasha", 1]["articles_per_s"], 2)
    # the single-process runs also give their CPU time (steadier than wall time under load)
    for key in (("rufacts", 1), ("natasha", 1)):
        assert 0 < runs[key]["cpu_seconds"] and runs[key]["articles_per_cpu_s"] > 0
    assert runs["rufacts", 2]["cpu_seconds"] is None
    assert report["ratio_vs_natasha_cpu"] == round(
        runs["natasha", 1]["cpu_seconds"] / runs["rufacts", 1]["cpu_seconds"], 2)
    table = format_report(report)
    assert "| rufacts | 2 |" in table and "| natasha | 1 |" in table
    assert "rufacts / natasha" in table and "2 workers / 1 process" in table
    assert "articles per CPU-second per process" in table
    # 12 short texts: every ratio is flagged, and the machine's load is printed
    assert report["unreliable"].startswith("UNRELIABLE: only 12 articles")
    ratio_lines = [line for line in table.splitlines() if "rufacts / natasha" in line
                   or "workers / 1 process" in line]
    assert all("UNRELIABLE" in line for line in ratio_lines), table
    assert "machine: " in table and "load average" in table and report["load_average_at_end"] >= 0


def test_bench_ratio_on_a_big_enough_input_is_not_flagged():
    from rufacts.evaluation.bench import MIN_ARTICLES, MIN_CHARS, reliability

    run = {"system": "rufacts", "processes": 1, "load_s": 1.0, "articles_per_s": 10.0,
           "chars_per_s": 10000, "peak_rss_mb": 300.0}
    report = {"articles": MIN_ARTICLES, "chars": MIN_CHARS, "input": "x", "repeat": 1,
              "cpu_count": 2, "runs": [run, dict(run, system="natasha"), dict(run, processes=2)],
              "ratio_vs_natasha": 1.0, "speedup_workers": 1.0, "load_average_at_start": 0.1,
              "load_average_at_end": 0.2, "unreliable": reliability(MIN_ARTICLES, MIN_CHARS)}
    table = format_report(report)
    assert report["unreliable"] is None and "UNRELIABLE" not in table
    assert "machine: 2 cores, 1-minute load average 0.10 at the start, 0.20 at the end" in table
    assert reliability(MIN_ARTICLES - 1, 10 * MIN_CHARS) and reliability(500, MIN_CHARS - 1)


def test_bench_missing_input_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "rufacts", "bench", str(tmp_path / "nope")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no such input" in result.stderr
