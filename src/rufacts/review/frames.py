"""A batch output (JSONL, compressed too) as pandas DataFrames, one row per fact.

:func:`load` reads ``rufacts batch`` output; :func:`from_records` takes records (dicts or
:class:`rufacts.Article`) already in memory. Both give a :class:`Review`:

- ``articles``: one row per article: id, title, published, url, source, the number of
  facts of each type, the error (kind, message) of an article that failed;
- ``persons``, ``organizations``, ``locations``: one row per *mention*, with the entity's
  normal form (``name``), its number in the article (``entity``), the mention ``text`` and
  its ``start``/``stop`` offsets;
- ``dates``, ``amounts``, ``sector_counts``: one row per fact with its offsets and values;
- ``mentions``: every highlightable span of every type in one frame (``type``, ``normal``).

Every fact row carries ``article_id``, ``title`` and ``published`` (a pandas datetime, NaT
where the article has none), so a filter on facts leads straight back to articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Union

import pandas as pd

from ..facts import Article
from ..io.compressed import open_text, read_json_objects  # noqa: F401  (open_text: public API)
from .record import Record, as_record, display_facts, title_of
from .render import ArticleView

ARTICLE = ["article_id", "title", "published"]
COLUMNS: dict[str, list[str]] = {
    "articles": ["id", "title", "published", "url", "source", "chars", "persons",
                 "organizations", "locations", "dates", "amounts", "sector_counts",
                 "error_kind", "error_message"],
    "persons": ARTICLE + ["entity", "name", "first", "middle", "last", "roles",
                          "text", "start", "stop"],
    "organizations": ARTICLE + ["entity", "name", "kind", "text", "start", "stop"],
    "locations": ARTICLE + ["entity", "name", "text", "start", "stop"],
    "dates": ARTICLE + ["text", "start", "stop", "value", "year", "month", "day"],
    "amounts": ARTICLE + ["text", "start", "stop", "kind", "value", "unit", "qualifier",
                          "value_min", "value_max"],
    "sector_counts": ARTICLE + ["text", "start", "stop", "count", "object", "sector", "total",
                                "okved", "okved_sections"],
    "mentions": ARTICLE + ["type", "key", "normal", "text", "start", "stop"],
}
_INTEGERS = {"start", "stop", "entity", "chars", "year", "month", "day", "count", "total"}
_FLOATS = {"amounts": {"value", "value_min", "value_max"}}  # amounts: numbers for plots, filters


#: Keys every record of a batch output has (the JSON record of docs/design.md).
RECORD_KEYS = ("id", "schema_version", "persons", "organizations", "locations", "dates")


def read_records(path: Union[str, Path]) -> Iterator[Record]:
    """The JSON records of a JSONL file, in order; blank lines skipped, a broken line is an
    error naming the file and line, and so is a line that is not a rufacts record (an input
    dump given instead of the batch output)."""
    for n, record in enumerate(read_json_objects(path), 1):
        missing = [key for key in RECORD_KEYS if key not in record]
        if missing:
            raise ValueError(
                f"{path}: record {n} is not a rufacts record (no {', '.join(missing)}): "
                f"this looks like an input dump, not the output of 'rufacts batch'; "
                f"run 'rufacts batch {path} -o OUT.jsonl' and review OUT.jsonl")
        yield record


def _frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS[name])
    for column in frame.columns:
        if column == "published":
            frame[column] = pd.to_datetime(frame[column], errors="coerce", format="ISO8601")
        elif column in _INTEGERS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
        elif column in _FLOATS.get(name, ()):
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    return frame


def _article_row(record: Record) -> dict[str, Any]:
    meta = record.get("meta") or {}
    error = record.get("error") or {}
    row = {"id": record.get("id"), "title": title_of(record), "published": meta.get("published"),
           "url": meta.get("url"), "source": meta.get("source"),
           "chars": len(record["text"]) if record.get("text") is not None else None,
           "error_kind": error.get("kind"), "error_message": error.get("message")}
    for group in ("persons", "organizations", "locations", "dates", "amounts", "sector_counts"):
        row[group] = len(record.get(group) or ())
    return row


def _fact_rows(record: Record, rows: dict[str, list[dict[str, Any]]]) -> None:
    base = {"article_id": record.get("id"), "title": title_of(record),
            "published": (record.get("meta") or {}).get("published")}
    for group in ("persons", "organizations", "locations"):
        for i, entity in enumerate(record.get(group) or ()):
            fields = {key: entity.get(key) for key in COLUMNS[group]
                      if key in entity and key != "mentions"}
            if group == "persons":
                fields["roles"] = "; ".join(r.get("text") or r.get("title") or ""
                                            for r in entity.get("roles") or ())
            for mention in entity.get("mentions") or ():
                rows[group].append({**base, **fields, "entity": i, "text": mention.get("text"),
                                    "start": mention.get("start"), "stop": mention.get("stop")})
    for group in ("dates", "amounts", "sector_counts"):
        for item in record.get(group) or ():
            row = {**base, **{k: item.get(k) for k in COLUMNS[group] if k in item}}
            if group == "sector_counts":  # ОКВЭД 2 codes as "26, 32" and their sections "C"
                codes = item.get("okved") or ()
                row["okved"] = ", ".join(c.get("code", "") for c in codes)
                row["okved_sections"] = ", ".join(dict.fromkeys(
                    c.get("section") or c.get("code", "") for c in codes))
            rows[group].append(row)
    for fact in display_facts(record):
        for start, stop, text in fact.spans:
            rows["mentions"].append({**base, "type": fact.type, "key": fact.key,
                                     "normal": fact.normal, "text": text,
                                     "start": start, "stop": stop})


@dataclass
class Review:
    """The records of a dump and their DataFrames (see the module docstring for columns)."""

    records: list[Record]
    articles: pd.DataFrame
    persons: pd.DataFrame
    organizations: pd.DataFrame
    locations: pd.DataFrame
    dates: pd.DataFrame
    amounts: pd.DataFrame
    sector_counts: pd.DataFrame
    mentions: pd.DataFrame

    def record(self, id: str) -> Record:
        """The JSON record of the article ``id`` (KeyError if there is none)."""
        for record in self.records:
            if record.get("id") == id:
                return record
        raise KeyError(f"no article with id {id!r}")

    def show(self, id: str) -> ArticleView:
        """The highlighted view of the article ``id``."""
        return ArticleView(self.record(id))

    def articles_mentioning(self, name: str, type: str | None = None) -> pd.DataFrame:
        """Rows of ``articles`` with a fact whose normal form contains ``name`` (any case),
        of one ``type`` (PER, ORG, LOC, ROLE, DATE, AMOUNT, SECTOR) or of any."""
        facts = self.mentions if type is None else self.mentions[self.mentions.type == type]
        hit = facts[facts.normal.str.contains(name, case=False, regex=False)]
        return self.articles[self.articles.id.isin(set(hit.article_id))]

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name} {len(getattr(self, name))}" for name in COLUMNS)
        return f"<Review: {sizes}>"


def from_records(records: Iterable[Union[Mapping[str, Any], Article]]) -> Review:
    """A :class:`Review` of records already in memory (dicts or Articles)."""
    plain = [as_record(r) for r in records]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for record in plain:
        rows["articles"].append(_article_row(record))
        _fact_rows(record, rows)
    frames = {name: _frame(name, rows[name]) for name in COLUMNS}
    return Review(records=plain, **frames)


def load(path: Union[str, Path]) -> Review:
    """A :class:`Review` of a batch output: JSONL, or .jsonl.gz / .bz2 / .xz / .zst."""
    return from_records(read_records(path))
