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
    table = format_report(report)
    assert "| rufacts | 2 |" in table and "| natasha | 1 |" in table
    assert "rufacts / natasha" in table and "2 workers / 1 process" in table


def test_bench_missing_input_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "rufacts", "bench", str(tmp_path / "nope")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no such input" in result.stderr
