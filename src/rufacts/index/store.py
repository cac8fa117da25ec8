"""The index in DuckDB: idempotent batch inserts, entities linked across articles, views.

Rows arrive as Arrow record batches (:mod:`rufacts.index.rows`). Re-indexing an article id
deletes its earlier rows first, so an index holds one copy of each article; new articles
append. :meth:`DuckStore.link` (run at the end of every indexing run) gives every entity of
every article its dump-wide id and rebuilds ``entities``; it reads the whole index, so
appending a batch can change which bare surnames join which full names.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

import pyarrow as pa

from .rows import SCHEMAS, TABLES

_TYPES = {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.float64(): "DOUBLE",
          pa.date32(): "DATE", pa.list_(pa.string()): "VARCHAR[]"}
#: Tables and views an analyst reads (internal tables hold the rows they are built from).
PUBLIC = ("articles", "entities", "mentions", "roles", "dates", "amounts", "sector_counts",
          "co_occurrence")
INTERNAL = ("article_entities", "mention_rows", "role_rows", "amount_rows", "entity_keys",
            "entity_links")
MEMORY_LIMIT = "128MB"
#: an amount of money is put to the organization named nearest it, at most this many
#: characters before or after it (``amounts.org_id``; null when none is that near)
ORG_NEAR = 200
#: ids of a new index kept in memory to skip asking it whether a batch replaces articles
FRESH_IDS = 200_000
#: rows (all tables) held before one insert: DuckDB compresses and writes them once
BUFFER_ROWS = 250_000
#: DuckDB writes its write-ahead log into the file (compressing) past this size
CHECKPOINT_EVERY = "1GB"


def _ddl(name: str, schema: pa.Schema) -> str:
    cols = ", ".join(f'"{f.name}" {_TYPES[f.type]}' for f in schema)
    return f"CREATE TABLE IF NOT EXISTS {name} ({cols})"


_LINK = """
INSERT INTO entity_keys
SELECT key, (SELECT coalesce(max(entity_id), 0) FROM entity_keys)
            + row_number() OVER (ORDER BY key)
FROM (SELECT DISTINCT key FROM article_entities) new
WHERE NOT EXISTS (SELECT 1 FROM entity_keys k WHERE k.key = new.key);

CREATE OR REPLACE TABLE _link_base AS
SELECT e.article_id, e.type, e.entity_no, e.key, e.resolve, e.match, k.entity_id,
       CASE WHEN e.type = 'PER' AND e.resolve IS DISTINCT FROM 'surname'
            THEN substr(e.key, 5, 1)
            WHEN e.resolve = 'surname' THEN split_part(e.key, '|', 2) END AS initial
FROM article_entities e JOIN entity_keys k USING (key);

-- a person without a patronymic joins the one patronymic its name has in the dump;
-- an organization without a kind joins the one kind its name has in the dump
CREATE OR REPLACE TABLE _link_one_of AS
SELECT 'middle' AS resolve, split_part(key, '|', 1) AS on_key, min(entity_id) AS target
FROM _link_base WHERE type = 'PER' AND resolve IS NULL AND key LIKE 'PER:%|%'
GROUP BY 2 HAVING count(DISTINCT key) = 1
UNION ALL
SELECT 'kind', 'ORG:' || match || '|', min(entity_id) FROM _link_base
WHERE type = 'ORG' AND resolve IS NULL GROUP BY match HAVING count(DISTINCT key) = 1;

CREATE OR REPLACE TABLE _link_linked AS
SELECT b.*, coalesce(o.target, b.entity_id) AS linked_id
FROM _link_base b LEFT JOIN _link_one_of o ON o.resolve = b.resolve AND o.on_key = b.key;

-- a bare surname joins the one full name with that surname (and initial) in the articles
-- sharing its context: the same article, an organization named in both, the same role
CREATE OR REPLACE TABLE _link_surname_target AS
WITH full_names AS (
    SELECT article_id, entity_no, linked_id AS entity_id, match AS last, initial FROM _link_linked
    WHERE type = 'PER' AND resolve IS DISTINCT FROM 'surname' AND match <> ''),
bare AS (
    SELECT article_id, entity_no, match AS last, initial FROM _link_linked WHERE resolve = 'surname'),
org_ctx AS (SELECT DISTINCT article_id, match AS ctx FROM _link_linked WHERE type = 'ORG'),
role_ctx AS (
    SELECT DISTINCT article_id, entity_no,
           lower(title) || '|' || coalesce(of_match, '') AS ctx FROM role_rows),
full_org AS (SELECT DISTINCT f.last, f.initial, f.entity_id, o.ctx
             FROM full_names f JOIN org_ctx o USING (article_id)),
full_role AS (SELECT DISTINCT f.last, f.initial, f.entity_id, r.ctx
              FROM full_names f JOIN role_ctx r USING (article_id, entity_no)),
candidates AS (
    SELECT b.article_id, b.entity_no, f.entity_id
    FROM bare b JOIN org_ctx o USING (article_id)
    JOIN full_org f ON f.last = b.last AND f.ctx = o.ctx AND (b.initial = '' OR f.initial = b.initial)
    UNION
    SELECT b.article_id, b.entity_no, f.entity_id
    FROM bare b JOIN role_ctx r USING (article_id, entity_no)
    JOIN full_role f ON f.last = b.last AND f.ctx = r.ctx AND (b.initial = '' OR f.initial = b.initial)
    UNION
    SELECT b.article_id, b.entity_no, f.entity_id
    FROM bare b JOIN full_names f ON f.article_id = b.article_id AND f.last = b.last
         AND (b.initial = '' OR f.initial = b.initial))
SELECT article_id, entity_no, min(entity_id) AS target FROM candidates
GROUP BY article_id, entity_no HAVING count(DISTINCT entity_id) = 1;

CREATE OR REPLACE TABLE entity_links AS
SELECT b.article_id, b.type, b.entity_no, coalesce(s.target, b.linked_id) AS entity_id,
       b.entity_id AS own_id
FROM _link_linked b
LEFT JOIN _link_surname_target s
       ON b.resolve = 'surname' AND s.article_id = b.article_id AND s.entity_no = b.entity_no;

-- the most frequent name and kind; of two names as frequent, the longest, then the one of the
-- earliest article (file, line) and entity: the same whatever order a route stored the rows in
CREATE OR REPLACE TABLE entities AS
SELECT l.entity_id, any_value(l.type) AS type,
       coalesce(mode(e.name ORDER BY length(e.name) DESC, a.source_file, a.line, e.entity_no)
                    FILTER (WHERE e.resolve IS NULL),
                mode(e.name ORDER BY length(e.name) DESC, a.source_file, a.line, e.entity_no)
                    FILTER (WHERE e.resolve <> 'surname'),
                mode(e.name ORDER BY length(e.name) DESC, a.source_file, a.line, e.entity_no)) AS name,
       mode(e.kind ORDER BY a.source_file, a.line, e.entity_no) AS kind,
       any_value(k.key) AS key,
       min(a.published) AS first_seen, max(a.published) AS last_seen,
       count(DISTINCT l.article_id) AS article_count, CAST(sum(e.mentions) AS BIGINT) AS mention_count
FROM entity_links l
JOIN article_entities e USING (article_id, type, entity_no)
JOIN articles a USING (article_id)
LEFT JOIN entity_keys k ON k.entity_id = l.entity_id
GROUP BY l.entity_id;

DROP TABLE _link_base; DROP TABLE _link_one_of; DROP TABLE _link_linked;
DROP TABLE _link_surname_target;
"""

_VIEWS = """
CREATE OR REPLACE VIEW mentions AS
SELECT m.article_id, l.entity_id, m.type, m.entity_no, m.start, m.stop, m.text, m.form
FROM mention_rows m
LEFT JOIN entity_links l USING (article_id, type, entity_no);

CREATE OR REPLACE VIEW roles AS
SELECT r.article_id, l.entity_id AS person_id, r.title, r.of, o.entity_id AS of_id,
       r.text, r.start, r.stop
FROM role_rows r
LEFT JOIN entity_links l ON l.article_id = r.article_id AND l.type = 'PER'
                        AND l.entity_no = r.entity_no
LEFT JOIN (SELECT e.article_id, e.match, min(l2.entity_id) AS entity_id
           FROM article_entities e JOIN entity_links l2 USING (article_id, type, entity_no)
           WHERE e.type IN ('ORG', 'LOC') GROUP BY e.article_id, e.match) o
       ON o.article_id = r.article_id AND o.match = r.of_match;

CREATE OR REPLACE VIEW amounts AS
WITH near AS (
    SELECT a.article_id, a.amount_no,
           -- the nearest; of two as near, the smaller id (the same whatever the rows' order)
           arg_min(l.entity_id, (greatest(a.start - m.stop, m.start - a.stop), l.entity_id))
               AS org_id
    FROM amount_rows a
    JOIN mention_rows m ON m.article_id = a.article_id AND m.type = 'ORG'
    JOIN entity_links l ON l.article_id = m.article_id AND l.type = 'ORG'
                       AND l.entity_no = m.entity_no
    WHERE a.kind = 'money'
      AND greatest(a.start - m.stop, m.start - a.stop) BETWEEN 0 AND ORG_NEAR
    GROUP BY a.article_id, a.amount_no)
SELECT a.article_id, a.amount_no, a.start, a.stop, a.text, a.kind, a.value, a.unit,
       a.qualifier, a.value_min, a.value_max, a.duration, near.org_id, a.extra
FROM amount_rows a LEFT JOIN near USING (article_id, amount_no);

CREATE OR REPLACE VIEW co_occurrence AS
WITH pairs AS (SELECT DISTINCT article_id, entity_id FROM entity_links)
SELECT x.entity_id AS entity_a, y.entity_id AS entity_b, count(*) AS articles
FROM pairs x JOIN pairs y ON x.article_id = y.article_id AND x.entity_id < y.entity_id
GROUP BY x.entity_id, y.entity_id;
"""


class DuckStore:
    """An index in a DuckDB file (created when missing, appended to when present)."""

    def __init__(self, path: Union[str, Path], memory_limit: str = MEMORY_LIMIT,
                 threads: Optional[int] = None) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._settings = [f"SET memory_limit = '{memory_limit}'",
                          "SET preserve_insertion_order = false",
                          # each checkpoint costs more as the file grows: few of them
                          f"SET checkpoint_threshold = '{CHECKPOINT_EVERY}'"]
        if threads:
            self._settings.append(f"SET threads = {int(threads)}")
        self._connect()
        for name in TABLES:
            self.con.execute(_ddl(name, SCHEMAS[name]))
        self.con.execute("CREATE TABLE IF NOT EXISTS entity_keys (key VARCHAR, entity_id BIGINT)")
        self.con.execute("CREATE TABLE IF NOT EXISTS entity_links (article_id VARCHAR, "
                         "type VARCHAR, entity_no BIGINT, entity_id BIGINT, own_id BIGINT)")
        self.con.execute("CREATE TABLE IF NOT EXISTS entities (entity_id BIGINT, type VARCHAR, "
                         "name VARCHAR, kind VARCHAR, key VARCHAR, first_seen DATE, "
                         "last_seen DATE, article_count BIGINT, mention_count BIGINT)")
        self.con.execute(_VIEWS.replace("ORG_NEAR", str(ORG_NEAR)))
        # ids written by this run, when the index was empty at the start (else None)
        self._held: dict[str, list[pa.RecordBatch]] = {}  # rows not inserted yet
        self._held_rows = 0
        self._held_ids: set[str] = set()
        self._written = False
        self._fresh: Optional[set[str]] = set() if self.count("articles") == 0 else None

    def _connect(self) -> None:
        import duckdb

        self.con = duckdb.connect(self.path)
        for setting in self._settings:
            self.con.execute(setting)
        try:  # never a progress bar on our stdout (in Jupyter DuckDB cannot change it)
            self.con.execute("SET enable_progress_bar = false")
        except duckdb.Error:
            pass

    def count(self, table: str) -> int:
        self.flush()
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    def write(self, batches: dict[str, pa.RecordBatch]) -> int:
        """Take one batch of rows of each table; returns how many of its articles replaced
        articles the index already held (their old rows are deleted first). An index that was
        empty when opened is checked against the ids written since. Batches of new articles
        are held until :data:`BUFFER_ROWS` rows, then inserted in one transaction (DuckDB
        writes big inserts compressed, once)."""
        ids = batches["articles"].column("article_id").to_pylist()
        if self._fresh is not None and len(self._fresh) > FRESH_IDS:
            self._fresh = None  # memory stays bounded: ask the index from here on
        if self._fresh is not None:
            replaced = sum(1 for i in ids if i in self._fresh)
            self._fresh.update(ids)
        else:
            if not self._held_ids.isdisjoint(ids):
                self.flush()  # an article held is replaced: insert what is held first
            self.con.register("_batch_ids", batches["articles"].select(["article_id"]))
            replaced = self.con.execute(
                "SELECT count(*) FROM articles WHERE article_id IN "
                "(SELECT article_id FROM _batch_ids)").fetchall()[0][0]
            self.con.unregister("_batch_ids")
        if replaced:
            self.flush()
            self._insert(batches, delete=True)
            return replaced
        for name in TABLES:
            if batches[name].num_rows:
                self._held.setdefault(name, []).append(batches[name])
                self._held_rows += batches[name].num_rows
        self._held_ids.update(ids)
        if self._held_rows >= BUFFER_ROWS:
            self.flush()
        return 0

    def replaced(self, ids: list[str]) -> int:
        """How many of ``ids`` the index holds already (for rows inserted by SQL,
        :mod:`rufacts.index.sql`; :meth:`wrote` them after)."""
        if self._fresh is not None and len(self._fresh) > FRESH_IDS:
            self._fresh = None
        if self._fresh is not None:
            return sum(1 for i in ids if i in self._fresh)
        self.con.register("_batch_ids", pa.table({"article_id": pa.array(ids, pa.string())}))
        try:
            return self.con.execute("SELECT count(*) FROM articles WHERE article_id IN "
                                    "(SELECT article_id FROM _batch_ids)").fetchall()[0][0]
        finally:
            self.con.unregister("_batch_ids")

    def wrote(self, ids: list[str]) -> None:
        """Rows of ``ids`` were inserted by SQL."""
        self._written = True
        if self._fresh is not None:
            self._fresh.update(ids)

    def flush(self) -> None:
        """Insert the batches held."""
        if self._held:
            held = {name: pa.Table.from_batches(batches, schema=SCHEMAS[name])
                    for name, batches in self._held.items()}
            self._held, self._held_rows, self._held_ids = {}, 0, set()
            self._insert(held, delete=False)

    def _insert(self, batches: dict, delete: bool) -> None:
        self._written = True
        self.con.execute("BEGIN TRANSACTION")
        try:
            if delete:
                self.con.register("_batch_ids", batches["articles"].select(["article_id"]))
                for name in TABLES:
                    self.con.execute(f"DELETE FROM {name} WHERE article_id IN "
                                     "(SELECT article_id FROM _batch_ids)")
                self.con.unregister("_batch_ids")
            for name in TABLES:
                batch = batches.get(name)
                if batch is not None and batch.num_rows:
                    self.con.register("_rows", batch)
                    self.con.execute(f"INSERT INTO {name} SELECT * FROM _rows")
                    self.con.unregister("_rows")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def link(self) -> None:
        """Dump-wide entity ids for every entity of every article, and ``entities``."""
        self.flush()
        if self.path != ":memory:" and self._written:
            # open the file anew: the rows this connection wrote stay in its memory
            self.con.close()
            self._connect()
        self.con.execute("SET threads = 1")  # within the memory limit on 100,000 articles
        self.con.execute(_LINK)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.con.close()
