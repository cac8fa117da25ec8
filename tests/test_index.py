"""rufacts index: batch outputs as DuckDB / Parquet tables, entities linked across articles.

Counts are checked against the JSONL they come from; linking on records written to show
each rule; bad input (error records, broken and truncated lines, schema 1 and 1.1 mixed)
indexed with a message per record and nothing lost."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb", reason="rufacts index needs duckdb")
pytest.importorskip("pyarrow", reason="rufacts index needs pyarrow")

from rufacts.index import index_files  # noqa: E402

from conftest import SAMPLE_DIR  # noqa: E402
from synthetic_dump import write_synthetic  # noqa: E402

TABLES = ("articles", "entities", "mentions", "roles", "dates", "amounts", "sector_counts",
          "co_occurrence")


def write_jsonl(path: Path, records, tail: str = "") -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.write(tail)
    return path


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def expected_counts(records) -> dict[str, int]:
    groups = ("persons", "organizations", "locations")
    return {
        "articles": len(records),
        "mentions": sum(len(e["mentions"]) for r in records for g in groups for e in r[g]),
        "roles": sum(len(p["roles"]) for r in records for p in r["persons"]),
        "dates": sum(len(r["dates"]) for r in records),
        "amounts": sum(len(r["amounts"]) for r in records),
        "sector_counts": sum(len(r["sector_counts"]) for r in records),
        "entity_rows": sum(len(r[g]) for r in records for g in groups),
    }


@pytest.fixture(scope="module")
def synthetic(records, tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic") / "synthetic.jsonl"
    write_synthetic(path, records, 2000)
    return path, [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def indexed(synthetic, tmp_path_factory):
    path, _ = synthetic
    db = tmp_path_factory.mktemp("index") / "facts.duckdb"
    summary = index_files([path], db)
    return db, summary


def test_every_table_holds_what_the_jsonl_holds(synthetic, indexed):
    _, records = synthetic
    db, summary = indexed
    want = expected_counts(records)
    assert summary.read == summary.indexed == 2000 and not summary.messages
    with duckdb.connect(str(db), read_only=True) as con:
        got = counts(con)
        for table in ("articles", "mentions", "roles", "dates", "amounts", "sector_counts"):
            assert got[table] == want[table], table
        entity_rows, linked_mentions, linked_articles, pairs = con.execute(
            "SELECT (SELECT count(*) FROM entity_links), (SELECT sum(mention_count) FROM entities),"
            " (SELECT sum(article_count) FROM entities),"
            " (SELECT count(DISTINCT (article_id, entity_id)) FROM entity_links)").fetchall()[0]
        assert entity_rows == want["entity_rows"]
        assert linked_mentions == want["mentions"]  # every mention counted by one entity
        assert linked_articles == pairs
        assert 0 < got["entities"] < want["entity_rows"]  # linked across articles
        assert con.execute("SELECT count(*) FROM mentions WHERE entity_id IS NULL"
                           ).fetchall()[0][0] == 0


def test_an_article_indexed_twice_leaves_one_copy(synthetic, tmp_path):
    path, records = synthetic
    db = tmp_path / "facts.duckdb"
    index_files([path], db)
    with duckdb.connect(str(db), read_only=True) as con:
        first = counts(con)
    changed = copy.deepcopy(records[:3])
    for record in changed:
        record["persons"] = record["persons"][:1]
        record["dates"] = []
    again = write_jsonl(tmp_path / "again.jsonl", changed)
    summary = index_files([path, again], db)  # everything again, then three changed ones
    assert summary.replaced == 2000 + 3
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles"
                           ).fetchall()[0] == (2000, 2000)
        assert counts(con)["dates"] == first["dates"] - sum(len(r["dates"]) for r in records[:3])
        persons = con.execute("SELECT article_id, count(*) FROM article_entities "
                              "WHERE type = 'PER' AND article_id IN ('synth/000001', "
                              "'synth/000002', 'synth/000003') GROUP BY 1").fetchall()
        assert sorted(persons) == [(r["id"], 1) for r in changed]


def test_new_batches_append_and_keep_entity_ids(synthetic, tmp_path):
    path, records = synthetic
    db = tmp_path / "facts.duckdb"
    index_files([write_jsonl(tmp_path / "a.jsonl", records[:1000])], db)
    with duckdb.connect(str(db), read_only=True) as con:
        before = dict(con.execute("SELECT key, entity_id FROM entity_keys").fetchall())
    index_files([write_jsonl(tmp_path / "b.jsonl", records[1000:])], db)
    with duckdb.connect(str(db), read_only=True) as con:
        assert counts(con)["articles"] == 2000
        after = dict(con.execute("SELECT key, entity_id FROM entity_keys").fetchall())
    assert all(after[key] == value for key, value in before.items())


def assert_both_paths_agree(path, tmp_path, sql: bool = True):
    """Index ``path`` on every route (the whole file by DuckDB, the default; chunks by
    DuckDB; chunks by Arrow; line by line): every table holds the same rows. The default
    index stays at ``tmp_path / "fast.duckdb"``. ``sql``: whether each route but the last
    must have taken every record itself (no fallback)."""
    default = index_files([path], tmp_path / "fast.duckdb")
    chunks = index_files([path], tmp_path / "sql.duckdb", route="sql")
    arrow = index_files([path], tmp_path / "arrow.duckdb", route="arrow")
    assert set(arrow.paths) <= {"arrow", "lines"}, arrow.paths
    if sql:  # each route took every record
        assert default.paths == {"duckdb": default.read}, default.paths
        assert chunks.paths == {"sql": chunks.read}, chunks.paths
        assert arrow.paths == {"arrow": arrow.read}, arrow.paths
    slow = index_files([path], tmp_path / "slow.duckdb", fast=False)
    assert slow.paths == {"lines": slow.read}
    for summary in (chunks, arrow, slow):  # the same counts and messages
        assert (summary.read, summary.indexed, summary.errors, summary.schemas,
                summary.messages) == (default.read, default.indexed, default.errors,
                                      default.schemas, default.messages)
    with duckdb.connect(str(tmp_path / "fast.duckdb")) as con:
        for other in ("slow", "arrow", "sql"):
            con.execute(f"ATTACH '{tmp_path / other}.duckdb' AS {other}")
            for table in TABLES + ("article_entities", "entity_links", "entity_keys"):
                for a, b in ((table, f"{other}.{table}"), (f"{other}.{table}", table)):
                    diff = con.execute(f"SELECT count(*) FROM (SELECT * FROM {a} EXCEPT ALL "
                                       f"SELECT * FROM {b})").fetchall()[0][0]
                    assert diff == 0, (a, b)
    return default


def test_fast_and_line_by_line_paths_give_the_same_tables(synthetic, tmp_path):
    path, records = synthetic
    small = write_jsonl(tmp_path / "small.jsonl", records[:300])
    assert_both_paths_agree(small, tmp_path)


@pytest.mark.parametrize("change", ["fraction", "boolean", "no_object"])
def test_chunks_the_sql_route_cannot_take_go_another_way_with_the_same_rows(
        synthetic, tmp_path, change):
    """A fraction where an integer belongs (DuckDB would round it), a JSON boolean where a
    string belongs (DuckDB would write 'true'), a date that is no object: the SQL route leaves
    the chunk to the other paths, and the tables are theirs."""
    _, records = synthetic
    some = copy.deepcopy(records[:60])
    odd = some[10]
    if change == "fraction":
        odd["persons"][0]["mentions"][0]["start"] = 1.5
    elif change == "boolean":
        odd["meta"]["title"] = True
    else:
        odd["dates"].append("tomorrow")
    path = write_jsonl(tmp_path / f"{change}.jsonl", some)
    summary = assert_both_paths_agree(path, tmp_path, sql=False)
    assert "duckdb" not in summary.paths and summary.read == 60, summary.paths


def test_parquet_tables_hold_the_same_rows(synthetic, indexed, tmp_path):
    path, _ = synthetic
    db, _ = indexed
    out = tmp_path / "pq"
    index_files([path], parquet=out)
    index_files([path], parquet=out)  # again: replaced, not doubled
    with duckdb.connect(str(db), read_only=True) as con:
        want = counts(con)
    for table in TABLES:
        files = str(out / table / "*.parquet")
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{files}')").fetchall()[0][0] \
            == want[table], table
    assert not (out / ".rufacts-index.duckdb").exists()


# ---- linking across articles ----

def person(name, first=None, last=None, roles=(), middle=None):
    return {"name": name, "first": first, "middle": middle, "last": last, "roles": list(roles),
            "mentions": [{"start": 0, "stop": len(name), "text": name}]}


def org(name, kind=None):
    return {"name": name, "kind": kind, "mentions": [{"start": 0, "stop": len(name),
                                                      "text": name}]}


def loc(name):
    return {"name": name, "mentions": [{"start": 0, "stop": len(name), "text": name}]}


def article(id, persons=(), orgs=(), locs=(), published="2020-01-01", schema="1"):
    return {"id": id, "schema_version": schema, "meta": {"published": published},
            "text": None, "persons": list(persons), "organizations": list(orgs),
            "locations": list(locs), "dates": [], "amounts": [], "sector_counts": [],
            "error": None}


def entity_of(con, article_id, type, entity_no=0):
    return con.execute("SELECT entity_id FROM entity_links WHERE article_id = ? AND type = ? "
                       "AND entity_no = ?", [article_id, type, entity_no]).fetchall()[0][0]


def test_linking_rules(tmp_path):
    mayor = {"title": "мэр", "of": "Москва", "text": "мэр Москвы", "start": 0, "stop": 1}
    records = [
        article("a1", [person("Сергей Собянин", "Сергей", "Собянин", [mayor])],
                [org("ООО «Ромашка»", "компания")], [loc("Москва")]),
        article("a2", [person("Сергей Семёнович Собянин", "Сергей", "Собянин",
                              middle="Семёнович")], [org("Ромашка")], [loc("Москва")]),
        # a bare surname in an article sharing an organization with exactly one Собянин
        article("a3", [person("Собянин", None, "Собянин")], [org("Ромашка")]),
        # a bare surname sharing nothing: its own entity
        article("a4", [person("Собянин", None, "Собянин")], [org("Лютик")]),
        # two Ивановы share the context of a6: the bare one stays apart
        article("a5", [person("Иван Иванов", "Иван", "Иванов"),
                       person("Пётр Иванов", "Пётр", "Иванов")], [org("Газпром")]),
        article("a6", [person("Иванов", None, "Иванов")], [org("Газпром")]),
        # the same role links a bare surname too
        article("a7", [person("Собянин", None, "Собянин", [mayor])]),
        # organizations of two kinds with one name stay apart; kind-less joins neither
        article("a8", orgs=[org("Спартак", "клуб"), org("Спартак", "компания")]),
        article("a9", orgs=[org("Спартак")]),
        # a first name alone never links
        article("b1", [person("Владимир", "Владимир", None)]),
        article("b2", [person("Владимир", "Владимир", None)]),
    ]
    db = tmp_path / "facts.duckdb"
    index_files([write_jsonl(tmp_path / "out.jsonl", records)], db)
    with duckdb.connect(str(db), read_only=True) as con:
        sobyanin = entity_of(con, "a1", "PER")
        assert entity_of(con, "a2", "PER") == sobyanin  # patronymic aside, ё as е
        assert entity_of(con, "a3", "PER") == sobyanin  # shared organization
        assert entity_of(con, "a4", "PER") != sobyanin
        assert entity_of(con, "a7", "PER") == sobyanin  # shared role
        assert entity_of(con, "a6", "PER") not in {entity_of(con, "a5", "PER", 0),
                                                   entity_of(con, "a5", "PER", 1)}
        assert entity_of(con, "a2", "ORG") == entity_of(con, "a1", "ORG")  # legal form aside
        assert entity_of(con, "a2", "LOC") == entity_of(con, "a1", "LOC")
        spartak = {entity_of(con, "a8", "ORG", 0), entity_of(con, "a8", "ORG", 1)}
        assert len(spartak) == 2 and entity_of(con, "a9", "ORG") not in spartak
        assert entity_of(con, "b1", "PER") != entity_of(con, "b2", "PER")
        row = con.execute("SELECT name, article_count, first_seen FROM entities "
                          "WHERE entity_id = ?", [sobyanin]).fetchall()[0]
        assert row[1] == 4 and str(row[2]) == "2020-01-01"
        assert row[0] in {"Сергей Собянин", "Сергей Семёнович Собянин"}
        roles = con.execute("SELECT person_id, title, of, of_id FROM roles WHERE "
                            "article_id = 'a1'").fetchall()
        assert roles == [(sobyanin, "мэр", "Москва", entity_of(con, "a1", "LOC"))]


def test_bad_input_is_indexed_with_a_message_per_record(tmp_path):
    ok = article("ok-1", [person("Сергей Собянин", "Сергей", "Собянин")])
    newer = article("new-1", orgs=[org("Роснано", "компания")], schema="1.1")
    newer["sector_counts"] = [{"start": 0, "stop": 5, "text": "5 компаний", "count": 5,
                               "object": "компания", "sector": "фармацевтика", "total": None,
                               "okved": [{"code": "21", "name": "Производство лекарственных "
                                          "средств"}]}]
    newer["dates"] = [{"start": 0, "stop": 4, "text": "2020", "value": "2020", "year": 2020,
                       "month": None, "day": None, "kind": "point", "precision": "year"}]
    failed = {"id": "bad-1", "schema_version": "1", "meta": {"source": "x.txt"}, "text": None,
              "persons": [], "organizations": [], "locations": [], "dates": [], "amounts": [],
              "sector_counts": [], "error": {"kind": "decode", "message": "undecodable bytes"}}
    path = write_jsonl(tmp_path / "out.jsonl", [ok, failed, newer],
                       tail='not json at all\n{"id": "cut-1", "schema_version": "1", "me')
    db = tmp_path / "facts.duckdb"
    summary = index_files([path], db)
    assert summary.read == 5 and summary.indexed == 5
    assert summary.errors == {"decode": 1, "bad_line": 2}
    assert summary.schemas["1"] == 2 and summary.schemas["1.1"] == 1
    text = "\n".join(summary.messages)
    assert f"{path}:2: bad-1: error record (decode: undecodable bytes)" in text
    assert f"{path}:4: not a JSON record" in text
    assert f"{path}:5: truncated last line" in text and "'cut-1'" in text
    lines = "\n".join(summary.lines())
    assert "read 5, indexed 5" in lines and "error bad_line: 2" in lines
    with duckdb.connect(str(db), read_only=True) as con:
        rows = dict(con.execute("SELECT article_id, error_kind FROM articles").fetchall())
        assert rows == {"ok-1": None, "bad-1": "decode", "new-1": None,
                        f"{path}:4": "bad_line", "cut-1": "bad_line"}
        okved = con.execute("SELECT okved, okved_sections FROM sector_counts").fetchall()
        assert okved == [(["21"], ["C"])]
        kind, precision, extra = con.execute("SELECT kind, precision, extra FROM dates"
                                             ).fetchall()[0]
        assert (kind, precision, extra) == ("point", "year", None)  # 1.1 fields are columns


@pytest.mark.parametrize("tail", ["", 'not json at all\n{"id": "cut-1", "schema_version": "1", "me'])
def test_every_route_gives_the_same_tables_and_messages_on_bad_input(synthetic, tmp_path, tail):
    """Error records, schema 1 and 1.1 mixed, an unknown version; with and without a broken
    and a truncated last line. Without them the whole-file DuckDB route takes the file itself;
    with them it leaves it to the chunk routes; either way every route gives the same tables,
    counts and messages, and nothing is lost."""
    _, records = synthetic
    some = copy.deepcopy(records[:40])
    for i, record in enumerate(some):
        record["schema_version"] = ("1", "1.1", "2")[i % 3] if i % 7 else "1"
        if i % 5 == 0:
            record["error"] = {"kind": "timeout", "message": f"slow {i}"}
            for group in ("persons", "organizations", "locations", "dates", "amounts",
                          "sector_counts"):
                record[group] = []
    path = write_jsonl(tmp_path / "mixed.jsonl", some, tail=tail)
    summary = assert_both_paths_agree(path, tmp_path, sql=not tail)
    bad = 2 if tail else 0
    assert summary.read == summary.indexed == 40 + bad
    assert summary.errors == {"timeout": 8, **({"bad_line": 2} if tail else {})}
    assert sum(summary.schemas.values()) == 40 + bad and summary.schemas["2"] > 0
    assert len(summary.messages) == 8 + summary.schemas["2"] + bad
    if tail:
        assert "duckdb" not in summary.paths
        assert any(f"{path}:42: truncated last line" in m for m in summary.messages)


def test_cli_index_and_batch_index(tmp_path, sample_out):
    db = tmp_path / "facts.duckdb"
    result = subprocess.run([sys.executable, "-m", "rufacts", "index", str(sample_out), "-o",
                             str(db)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    n = len(list(SAMPLE_DIR.glob("*.txt")))
    assert f"read {n}, indexed {n}" in result.stderr
    page = tmp_path / "index.html"
    report = subprocess.run([sys.executable, "-m", "rufacts", "report", str(db), "-o", str(page)],
                            capture_output=True, text=True, timeout=600)
    assert report.returncode == 0, report.stderr
    markup = page.read_text(encoding="utf-8")
    assert markup.count("data:image/png;base64,") == 5 and f"<b>{n}</b> articles" in markup
    assert "Сбербанк" in markup  # named in several sample articles: among the top entities
    missing = subprocess.run([sys.executable, "-m", "rufacts", "index", "no/such.jsonl"],
                             capture_output=True, text=True, timeout=600)
    assert missing.returncode == 2 and "no such input" in missing.stderr
    # batch --index: the same tables as indexing the output afterwards
    out, live = tmp_path / "out.jsonl", tmp_path / "live.duckdb"
    result = subprocess.run([sys.executable, "-m", "rufacts", "batch", str(SAMPLE_DIR), "-o",
                             str(out), "--workers", "1", "--index", str(live)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"read {n}, indexed {n}" in result.stderr
    with duckdb.connect(str(db), read_only=True) as a, duckdb.connect(str(live),
                                                                       read_only=True) as b:
        assert counts(a) == counts(b)
        names = "SELECT type, name, article_count FROM entities ORDER BY ALL"
        assert a.execute(names).fetchall() == b.execute(names).fetchall()


def test_linking_against_hand_judged_pairs(pipeline, tmp_path):
    """tests/gold/entity_pairs.tsv: pairs across articles of ../shared/eval judged by hand.
    The dump here is the articles the pairs name, through the real pipeline."""
    from conftest import shared_eval_file
    from rufacts.batch.run import process
    from rufacts.index.linkeval import load_pairs, score
    from rufacts.io import read_inputs

    files = [shared_eval_file("factru-dev.jsonl"), shared_eval_file("nerel-dev.jsonl")]
    pairs = load_pairs(Path(__file__).parent / "gold" / "entity_pairs.tsv")
    assert len(pairs) >= 100 and {p.same for p in pairs} == {True, False}
    wanted = {p.article_a for p in pairs} | {p.article_b for p in pairs}
    inputs = [r for r in read_inputs([str(f) for f in files]) if r.id in wanted]
    assert {r.id for r in inputs} == wanted
    out = write_jsonl(tmp_path / "out.jsonl",
                      [a.as_json() for a in process(inputs, pipeline)])
    index_files([out], tmp_path / "facts.duckdb")
    result = score(pairs, out, tmp_path / "facts.duckdb")
    assert result["precision"] >= 0.95, result["false_links"]
    assert result["recall"] >= 0.7, result["missed"]


@pytest.mark.parametrize("name, source", [
    ("entity_pairs.tsv", ("factru-dev.jsonl", "nerel-dev.jsonl")),
    ("entity_pairs-2.tsv", ("factru-dev.jsonl", "nerel-dev.jsonl")),
    ("entity_pairs-blind.tsv", ("nerel-train.jsonl",)),
    ("entity_pairs-blind-3.tsv", ("nerel-train.jsonl",)),
    ("entity_pairs-blind-4.tsv", ("nerel-train.jsonl",))])
def test_pair_files_name_words_their_articles_hold(name, source):
    """Every gold pair file (scored by ``python -m rufacts.index.linkeval``; the README gives
    the figures): both labels, and each side's words occur in its article's text."""
    from conftest import shared_eval_file
    from rufacts.index.linkeval import load_pairs
    from rufacts.io import read_inputs

    pairs = load_pairs(Path(__file__).parent / "gold" / name)
    assert len(pairs) >= 40 and {p.same for p in pairs} == {True, False}
    assert {p.type for p in pairs} <= {"PER", "ORG", "LOC"}
    files = [str(shared_eval_file(f)) for f in source]
    wanted = {p.article_a for p in pairs} | {p.article_b for p in pairs}
    texts = {r.id: r.text for r in read_inputs(files) if r.id in wanted}
    assert set(texts) == wanted
    for p in pairs:
        assert p.text_a in texts[p.article_a] and p.text_b in texts[p.article_b], p


def test_parts_written_by_dask_partitions_make_one_index(synthetic, indexed, tmp_path):
    """index_bag: each partition of a bag of JSON lines writes its rows as Parquet parts
    where it runs; taking them in gives the tables `rufacts index` gives."""
    db = pytest.importorskip("dask.bag", reason="needs the dask extra")
    import dask

    from rufacts.index.parts import index_bag

    path, _ = synthetic
    lines = path.read_text(encoding="utf-8").splitlines()[:600]
    lines[10] = lines[10][:50]  # a broken line inside a partition
    out = tmp_path / "pq"
    with dask.config.set(scheduler="synchronous"):
        summary = index_bag(db.from_sequence(lines, npartitions=4), out)
        again = index_bag(db.from_sequence(lines[:100], npartitions=2), out)  # replaced
    assert summary.read == 600 and summary.errors == {"bad_line": 1}
    assert any(":11: not a JSON record" in m for m in summary.messages)
    assert again.articles == 600 and not (out / "_parts").exists()
    plain = tmp_path / "plain"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    index_files([plain], tmp_path / "plain.duckdb")
    with duckdb.connect(str(tmp_path / "plain.duckdb"), read_only=True) as con:
        want = counts(con)
        names = con.execute("SELECT type, name, article_count FROM entities ORDER BY ALL"
                            ).fetchall()
    for table in TABLES:
        files = str(out / table / "*.parquet")
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{files}')").fetchall()[0][0] \
            == want[table], table
    got = duckdb.sql(f"SELECT type, name, article_count FROM read_parquet('{out}/entities/*."
                     "parquet') ORDER BY ALL").fetchall()
    assert got == names


def test_newer_fields_take_the_fast_path_and_keep_their_values(synthetic, tmp_path):
    """Schema 1.1 records (fields the index does not know in dates and amounts, ОКВЭД codes,
    a new entity field) give the same tables on both paths, the unknown fields in `extra`."""
    from rufacts.index.fast import parse_block

    _, records = synthetic
    newer = copy.deepcopy(records[:200])
    for i, record in enumerate(newer):
        record["schema_version"] = "1.1"
        for date in record["dates"]:
            date.update(kind="point", precision="day" if i % 2 else "month",
                        start_value=None if i % 3 else "2020-01-01")
        for count in record["sector_counts"]:
            count["okved"] = [{"code": "26.11", "name": "Производство элементов электроники"}]
        for org in record["organizations"]:
            org["category"] = "company"
    path = write_jsonl(tmp_path / "newer.jsonl", newer)
    assert parse_block(path.read_bytes()) is not None
    assert_both_paths_agree(path, tmp_path)
    with duckdb.connect(str(tmp_path / "fast.duckdb")) as con:
        extras = [json.loads(e) for (e,) in con.execute("SELECT DISTINCT extra FROM dates"
                                                        ).fetchall() if e]
        assert {"start_value": "2020-01-01"} in extras, extras
        assert con.execute("SELECT count(*) FROM dates WHERE precision = 'month'"
                           ).fetchall()[0][0] > 0  # a schema-1.1 field is a column
        assert con.execute("SELECT DISTINCT okved_sections FROM sector_counts").fetchall() \
            == [(["C"],)]
