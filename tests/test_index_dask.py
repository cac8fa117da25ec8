"""rufacts batch --engine dask --parquet DIR: the workers of a real LocalCluster write the
index as Parquet parts, the client links them; the tables equal `rufacts index`'s."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_batch import run

pytest.importorskip("distributed")  # the [dask] extra
duckdb = pytest.importorskip("duckdb")

SAMPLE = Path(__file__).parent.parent / "data" / "sample"
TABLES = ("articles", "entities", "mentions", "roles", "dates", "amounts", "sector_counts",
          "co_occurrence")


def _rows(con, folder: Path, table: str) -> str:
    files = (folder / table / "*.parquet").as_posix()
    columns = "* EXCLUDE (source_file, line)" if table == "articles" else "*"
    return f"SELECT {columns} FROM read_parquet('{files}')"


def test_dask_workers_write_the_parquet_index_the_cli_would_build(tmp_path):
    out, parts = tmp_path / "out.jsonl", tmp_path / "facts"
    result = run("batch", str(SAMPLE), "-o", str(out), "--engine", "dask", "--workers", "1",
                 "--parquet", str(parts))
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    articles = len(out.read_bytes().splitlines())
    assert articles == len(list(SAMPLE.glob("*.txt")))
    assert f"took in {articles} articles written by the workers" in stderr
    assert not (parts / "_parts").exists()  # taken in
    plain = tmp_path / "plain"
    result = run("index", str(out), "--parquet", str(plain), "-q")
    assert result.returncode == 0, result.stderr.decode()
    con = duckdb.connect()
    for table in TABLES:
        got, want = _rows(con, parts, table), _rows(con, plain, table)
        assert con.execute(f"SELECT count(*) FROM ({got})").fetchall()[0][0] > 0, table
        for a, b in ((got, want), (want, got)):
            assert con.execute(f"SELECT count(*) FROM ({a} EXCEPT ALL {b})"
                               ).fetchall()[0][0] == 0, table
    # the parts were written by the worker process, not by this run's client
    sources = con.execute(f"SELECT DISTINCT source_file FROM read_parquet("
                          f"'{(parts / 'articles' / '*.parquet').as_posix()}')").fetchall()
    assert all(s.startswith("part ") for (s,) in sources), sources
    dd = pytest.importorskip("dask.dataframe")
    entities = dd.read_parquet(str(parts / "entities")).compute()
    assert len(entities) == con.execute(
        f"SELECT count(*) FROM ({_rows(con, plain, 'entities')})").fetchall()[0][0]


def test_parquet_parts_need_the_dask_engine(tmp_path):
    result = run("batch", str(SAMPLE), "-o", str(tmp_path / "out.jsonl"), "--parquet",
                 str(tmp_path / "facts"))
    assert result.returncode == 2
    assert "--parquet DIR is written by the workers of --engine dask" in result.stderr.decode()
    assert not (tmp_path / "out.jsonl").exists()
