"""Benchmark (not a test): index a synthetic batch output of N records, report records/s and
peak RSS. Run from the repository root:

    python tests/bench_index.py OUT.jsonl [N] [--parquet] [--no-text]

OUT.jsonl is a batch output to draw records from (``rufacts batch data/sample -o OUT.jsonl``).
The synthetic file is written first (not timed); the indexing runs in a child process whose
peak RSS (ru_maxrss) is reported. ``--no-text``: records without their texts, as
``rufacts batch --no-text`` writes them.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_dump import write_synthetic  # noqa: E402

CHILD = """
import sys, time, resource
from rufacts.index import index_files
t, c = time.perf_counter(), time.process_time()
if sys.argv[3] == "parquet":
    s = index_files([sys.argv[1]], parquet=sys.argv[2])
else:
    s = index_files([sys.argv[1]], sys.argv[2])
dt, cpu = time.perf_counter() - t, time.process_time() - c
print(s.read, s.articles, s.entities, dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, cpu)
"""


def main() -> None:
    source, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 100_000
    parquet = "--parquet" in sys.argv
    records = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
    if "--no-text" in sys.argv:
        records = [{**record, "text": None} for record in records]
    with tempfile.TemporaryDirectory() as tmp:
        dump = write_synthetic(Path(tmp) / "synthetic.jsonl", records, n)
        size = dump.stat().st_size
        target = str(Path(tmp) / ("pq" if parquet else "facts.duckdb"))
        out = subprocess.run([sys.executable, "-c", CHILD, str(dump), target,
                              "parquet" if parquet else "duckdb"],
                             capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"indexing failed:\n{out.stderr}")
        out = out.stdout.splitlines()[-1].split()
        read, articles, entities, seconds, rss_kb, cpu = out
        print(f"{'parquet' if parquet else 'duckdb'}: {read} records ({size / 1e6:.0f} MB JSONL) "
              f"-> {articles} articles, {entities} entities in {float(seconds):.1f} s: "
              f"{int(read) / float(seconds):,.0f} records/s, peak RSS {int(rss_kb) / 1024:.0f} MB; "
              f"CPU {float(cpu):.1f} s (all threads): {int(read) / float(cpu):,.0f} records "
              f"per CPU-second; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
